// Helpers for the /article tests: a harness with a real library over a temporary SQLite file, admins and members,
// and sending an interaction whose reply is deferred (the final message is the webhook edit of @original).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type OpenedLibrary } from '../../../src/library/setup.ts';
import type { Engine } from '../../../src/search/types.ts';
import { snowflake } from '../../fake-discord/snowflake.ts';
import { MANAGE_GUILD, type Who } from '../../fake-discord/payloads.ts';
import { startHarness, type CallbackBody, type Harness } from './harness.ts';
import type { MessageData } from './limits-check.ts';

export const EPHEMERAL = 64;

export interface ArticleHarness {
  h: Harness;
  opened: OpenedLibrary;
  dir: string;
  guilds: [string, string, string];
  admin(guildId: string, opts?: Partial<Who>): Who;
  member(guildId: string, opts?: Partial<Who>): Who;
  dm(userId: string, locale?: string): Who;
  /** The callback body, and for a deferred reply (type 5) the edit that followed. */
  send(payload: {
    id: string;
    token: string;
  }): Promise<{ callback: CallbackBody; final: MessageData & { flags?: number } }>;
  stop(): Promise<void>;
}

export async function startArticleHarness(
  engine: Engine,
  limits: Parameters<typeof openLibrary>[0]['limits'] = { loadsPerScopePerMinute: 1000 },
): Promise<ArticleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'article-e2e-'));
  const guilds: [string, string, string] = [snowflake(), snowflake(), snowflake()];
  // The fake's address is known once it runs: the library reads this array when an attachment is fetched.
  const origins: string[] = [];
  const opened = await openLibrary({
    databasePath: join(dir, 'var', 'bot.sqlite'),
    defaultEngine: engine,
    attachmentOrigins: origins,
    limits,
  });
  const h = await startHarness(engine, { library: opened.library, fake: { guilds } });
  origins.push(new URL(h.fake.apiUrl).origin);
  const base = (guildId: string | undefined, opts: Partial<Who>): Who => ({
    applicationId: h.fake.applicationId,
    locale: 'fr',
    userId: '500000000000000001',
    channelId: '600000000000000001',
    ...(guildId ? { guildId } : {}),
    ...opts,
  });
  return {
    h,
    opened,
    dir,
    guilds,
    admin: (g, opts = {}) => base(g, { permissions: MANAGE_GUILD, ...opts }),
    member: (g, opts = {}) => base(g, { userId: '500000000000000002', permissions: '0', ...opts }),
    dm: (userId, locale = 'fr') => base(undefined, { userId, locale }),
    async send(payload) {
      const edit = h.fake.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${h.fake.applicationId}/${payload.token}/`),
        15_000,
      );
      const callback = await h.send(payload, 15_000);
      if (callback.type !== 5) {
        edit.catch(() => undefined);
        return { callback, final: callback.data! };
      }
      const body = (await edit).body as MessageData;
      return { callback, final: { ...body, flags: callback.data?.flags } };
    },
    async stop() {
      await h.stop();
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
