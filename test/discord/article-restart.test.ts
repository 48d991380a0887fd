// Loaded articles survive a restart: a real bot process (what `npm start` runs: the compiled JavaScript) loads a page from a link, answers
// from it, stops on SIGTERM; a new process over the same DATABASE_PATH answers from the same article without
// loading it again, and another server still gets the default article.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { MANAGE_GUILD, slashCommand, stringOption, subcommand } from '../fake-discord/payloads.ts';
import { snowflake } from '../fake-discord/snowflake.ts';
import { TOKEN, type CallbackBody } from './helpers/harness.ts';
import { PORT_PAGE, startPageServer, type PageServer } from './helpers/pages.ts';
import { cleanEnv, spawnBot, type BotProcess } from './helpers/spawn.ts';

let fake: FakeDiscord;
let pages: PageServer;
let dir: string;
const bots: BotProcess[] = [];
const G1 = snowflake();
const G2 = snowflake();

beforeAll(async () => {
  fake = await new FakeDiscord({ guilds: [G1, G2] }).start();
  pages = await startPageServer();
  dir = mkdtempSync(join(tmpdir(), 'article-restart-'));
});
afterAll(async () => {
  for (const b of bots) b.kill();
  await fake?.close();
  await pages?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startBot(): Promise<BotProcess> {
  const bot = spawnBot(
    'dist/src/discord/main.js',
    cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
      COOLDOWN_MAX: '0',
      DATABASE_PATH: join(dir, 'var', 'bot.sqlite'),
      ARTICLE_FETCH_ALLOW_PRIVATE: '1',
    }),
  );
  bots.push(bot);
  await expect
    .poll(() => bot.lines().some((l) => l.event === 'ready'), { timeout: 20_000, interval: 100 })
    .toBe(true)
    .catch((err: Error) => {
      throw new Error(`${err.message}\n${JSON.stringify(bot.out())}`);
    });
  return bot;
}

/** The final message: the callback, or the edit of @original after a deferral. */
async function send(payload: { id: string; token: string }): Promise<NonNullable<CallbackBody['data']>> {
  const edit = fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(`/${payload.token}/`),
    20_000,
  );
  const reply = fake.callbackFor(payload.id, 10_000);
  fake.dispatchInteraction(payload);
  const body = (await reply).body as CallbackBody;
  if (body.type !== 5) {
    edit.catch(() => undefined);
    return body.data!;
  }
  return (await edit).body as NonNullable<CallbackBody['data']>;
}

const who = (guildId: string) => ({
  guildId,
  applicationId: fake.applicationId,
  locale: 'fr',
  permissions: MANAGE_GUILD,
});
const QUESTION = 'Qui a dit que les chalutiers partiront vers d’autres ports ?';

it('an article loaded before a restart answers after it; other servers keep the default', async () => {
  const first = await startBot();
  const loaded = await send(
    slashCommand('article', [subcommand('load', [stringOption('url', pages.url('/port.html'))])], who(G1)),
  );
  expect(loaded.embeds![0]!.title).toBe(PORT_PAGE.title);
  const before = await send(slashCommand('ask', [stringOption('question', QUESTION)], who(G1)));
  expect(before.embeds![0]!.footer!.text).toContain(PORT_PAGE.title);

  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(first.lines().some((l) => l.event === 'article-loaded')).toBe(true);

  const second = await startBot();
  const after = await send(slashCommand('ask', [stringOption('question', QUESTION)], who(G1)));
  expect(after.embeds![0]!.footer!.text).toContain(PORT_PAGE.title);
  expect(after.embeds![0]!.description).toBe(before.embeds![0]!.description);
  const info = await send(slashCommand('article', [subcommand('info')], who(G1)));
  expect(info.embeds![0]!.title).toBe(PORT_PAGE.title);
  const other = await send(slashCommand('article', [subcommand('info')], who(G2)));
  expect(other.embeds![0]!.title).not.toBe(PORT_PAGE.title);
  // Read from the database, not loaded again.
  expect(second.lines().some((l) => l.event === 'article-loaded')).toBe(false);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  for (const b of bots) expect(JSON.stringify(b.out())).not.toContain(TOKEN);
}, 90_000);
