// The gateway bot as `npm start` runs it (compiled JavaScript) with HEALTH_PORT: /health and /metrics on that port,
// the metrics counting its interactions, and a clean exit on SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';
import { TOKEN } from '../discord/helpers/harness.ts';
import { cleanEnv, spawnBot, type BotProcess } from '../discord/helpers/spawn.ts';

let fake: FakeDiscord;
let bot: BotProcess;
let dir: string;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  dir = mkdtempSync(join(tmpdir(), 'gateway-ops-'));
  bot = spawnBot(
    'dist/src/discord/main.js',
    cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: '0',
      DATABASE_PATH: join(dir, 'bot.sqlite'),
      COOLDOWN_MAX: '0',
    }),
  );
  // expect.poll is for tests only; wait by hand here.
  for (let i = 0; i < 200 && !bot.lines().some((l) => l.event === 'ready'); i++)
    await new Promise((r) => setTimeout(r, 100));
}, 40_000);
afterAll(async () => {
  bot?.kill();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const port = () => bot.lines().find((l) => l.event === 'health-listening')?.port as number;

it('serves /health with the store reachable, and /metrics counting interactions', async () => {
  expect(
    bot.lines().some((l) => l.event === 'ready'),
    JSON.stringify(bot.out()),
  ).toBe(true);
  const health = await fetch(`http://127.0.0.1:${port()}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', ready: true, storage: 'ok' });

  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId };
  const p = slashCommand('ask', [stringOption('question', 'Qui est cité ?')], who);
  const reply = fake.callbackFor(p.id, 10_000);
  fake.dispatchInteraction(p);
  await reply;
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port()}/metrics`)).text(), { timeout: 5000 })
    .toMatch(/article_bot_interactions_total\{kind="command",command="ask",outcome="ok"\} 1/);
  const metrics = await (await fetch(`http://127.0.0.1:${port()}/metrics`)).text();
  expect(metrics).toMatch(/article_bot_article_cache_entries \d+/);
});

it('exits 0 on SIGTERM', async () => {
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
});
