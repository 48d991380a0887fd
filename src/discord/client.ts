// The discord.js client: Guilds intent only (no privileged intents), no mentions, REST optionally elsewhere.
import { Client, GatewayIntentBits, Options, type ClientOptions } from '#discord.js';
import { NO_MENTIONS } from './render/reply.ts';

export interface ClientFactoryOptions {
  /** Another REST base URL (proxy or local fake Discord); the gateway URL follows from its /gateway/bot answer. */
  apiUrl?: string | null;
  /** Extra REST options, e.g. a higher globalRequestsPerSecond against the fake in load tests. */
  rest?: ClientOptions['rest'];
}

/**
 * @discordjs/rest counts every request but interaction callbacks against its own 50-per-second global limit, webhook
 * edits and follow-ups included, though Discord exempts those (LIMITS.globalRequestsPerSecond). This bot's REST traffic
 * is interaction traffic (a call or two at log-in aside), so 100 deferred answers at once made the last wait a second
 * for nothing. The self-imposed ceiling is lifted well above any load one process sees; a real 429 with
 * `global: true` from Discord still stops every request for its retry-after, as @discordjs/rest always does.
 */
export const INTERACTION_REST_PER_SECOND = 10_000;

/**
 * discord.js snake-cases every plain embed, component and autocomplete choice it sends (its default `jsonTransformer`),
 * walking each object again on every reply. What this bot sends is already in Discord's API shape (render/reply.ts
 * types it as APIEmbed and APIActionRowComponent; choices are `{ name, value }`), so it goes out as it is.
 */
export const sendAsIs = <T>(data: T): T => data;

/**
 * What discord.js keeps in memory. The bot reads only what each interaction carries (its member's permissions, the
 * message of a pressed button, the user) and the guild list; by default it would also keep every user and member who
 * ever used a command, every message it saw (200 per channel) and each guild's emojis, stickers and so on, which grows
 * with use and with the number of servers. Guilds, channels and roles stay cached: discord.js needs them (its docs
 * warn that limiting those managers breaks it). The bot's own user and member are kept.
 */
export const CACHE_LIMITS = Options.cacheWithLimits({
  MessageManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (u) => u.id === u.client.user?.id },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user?.id },
  ThreadMemberManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  GuildEmojiManager: 0,
  BaseGuildEmojiManager: 0,
  GuildStickerManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  GuildInviteManager: 0,
  GuildBanManager: 0,
  AutoModerationRuleManager: 0,
  ApplicationCommandManager: 0,
  GuildMessageManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
});

export function createClient(opts: ClientFactoryOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    jsonTransformer: sendAsIs,
    makeCache: CACHE_LIMITS,
    rest: {
      globalRequestsPerSecond: INTERACTION_REST_PER_SECOND,
      ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
      ...opts.rest,
    },
  });
}
