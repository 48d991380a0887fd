// The discord.js client: Guilds intent only (no privileged intents), no mentions, REST optionally elsewhere.
import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
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

export function createClient(opts: ClientFactoryOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      globalRequestsPerSecond: INTERACTION_REST_PER_SECOND,
      ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
      ...opts.rest,
    },
  });
}
