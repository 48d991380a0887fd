// Start the fake Discord and the real bot (real discord.js client) in this process; helpers to send interactions.
import { Writable } from 'node:stream';
import type { ArticleLibrary } from '../../../src/library/library.ts';
import type { Engine } from '../../../src/search/types.ts';
import { startBot, type Bot } from '../../../src/discord/bot.ts';
import type { Command } from '../../../src/discord/command.ts';
import { createLogger } from '../../../src/discord/logger.ts';
import { FakeDiscord, type FakeDiscordOptions, type RecordedRequest } from '../../fake-discord/server.ts';
import type { Who } from '../../fake-discord/payloads.ts';

export const TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GfakeX.fake-token-for-tests-only-abcdefghijk';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  logs: string[];
  who(locale?: string, userId?: string): Who;
  /** Dispatch an interaction and return the body of its callback. */
  send(payload: { id: string; guild_id?: unknown }, timeoutMs?: number): Promise<CallbackBody>;
  stop(): Promise<void>;
}

export interface CallbackBody {
  type: number;
  data?: {
    content?: string;
    embeds?: Embed[];
    components?: {
      type: number;
      components: { type: number; custom_id: string; label: string; disabled?: boolean }[];
    }[];
    flags?: number;
    allowed_mentions?: { parse: string[] };
    choices?: { name: string; value: string }[];
  };
}

export interface Embed {
  title?: string;
  description?: string;
  author?: { name: string };
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}

export async function startHarness(
  engine: Engine,
  opts: {
    fake?: FakeDiscordOptions;
    cooldown?: { max: number; windowMs: number };
    commands?: ReadonlyMap<string, Command>;
    /** Stored articles (test/discord/article-*.test.ts); without it, the default article everywhere. */
    library?: ArticleLibrary;
  } = {},
): Promise<Harness> {
  const fake = await new FakeDiscord(opts.fake).start();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', shard: 0, secrets: [TOKEN], destination });
  const bot = await startBot({
    config: { token: TOKEN, apiUrl: fake.apiUrl, cooldown: opts.cooldown ?? { max: 0, windowMs: 10_000 } },
    engine,
    logger,
    ...(opts.commands ? { commands: opts.commands } : {}),
    ...(opts.library ? { library: opts.library } : {}),
    rest: { globalRequestsPerSecond: 10_000, retries: 3, timeout: 5000 },
    readyTimeoutMs: 10_000,
  });
  const guildId = fake.guilds[0] as string;
  return {
    fake,
    bot,
    logs,
    who: (locale = 'fr', userId) => ({
      guildId,
      applicationId: fake.applicationId,
      locale,
      ...(userId ? { userId } : {}),
    }),
    async send(payload, timeoutMs = 5000) {
      const reply = fake.callbackFor(payload.id, timeoutMs);
      fake.dispatchInteraction(payload);
      return (await reply).body as CallbackBody;
    },
    async stop() {
      await bot.stop(3000);
      await fake.close();
    },
  };
}

export type { RecordedRequest };

/**
 * Every place the token string shows up in what the bot wrote: log lines, and the body of every REST request it sent
 * (replies, edits, follow-ups, autocomplete results, command registration). Headers are left out: the Authorization
 * header is where the token belongs.
 */
export function tokenLeaks(
  requests: readonly RecordedRequest[],
  logs: readonly string[],
  token = TOKEN,
): string[] {
  const leaks: string[] = [];
  for (const r of requests) {
    const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? '');
    if (body.includes(token)) leaks.push(`${r.method} ${r.path}: ${body.slice(0, 200)}`);
  }
  for (const l of logs) if (l.includes(token)) leaks.push(`log: ${l.slice(0, 200)}`);
  return leaks;
}
