// Buttons keep working after a restart: their state is in the custom id, not in the memory of the process that sent
// them. A real bot process (what `npm start` runs: the compiled JavaScript) answers a search, stops on SIGINT (exit 0, in-flight work done),
// a new process starts, and the buttons of the first process's message are pressed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { button, slashCommand, stringOption } from '../fake-discord/payloads.ts';
import { TOKEN, type CallbackBody } from './helpers/harness.ts';
import { cleanEnv, ROOT, spawnBot, type BotProcess } from './helpers/spawn.ts';

let fake: FakeDiscord;
const bots: BotProcess[] = [];

beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  for (const b of bots) b.kill();
  await fake?.close();
});

async function startBot(): Promise<BotProcess> {
  const bot = spawnBot(
    'dist/src/discord/main.js',
    cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', COOLDOWN_MAX: '0' }),
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

async function send(payload: { id: string }): Promise<CallbackBody> {
  const reply = fake.callbackFor(payload.id, 10_000);
  fake.dispatchInteraction(payload);
  return (await reply).body as CallbackBody;
}

it('is what npm start runs', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(pkg.scripts.start).toBe(
    'node --conditions=bundled --max-semi-space-size=1 dist/src/discord/main.js',
  );
});

it('a button pressed after the bot restarted (new process) still pages and shows the context', async () => {
  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId, locale: 'fr' };
  const first = await startBot();
  const answer = await send(slashCommand('search', [stringOption('query', 'talibans')], who));
  const buttons = answer.data!.components![0]!.components;
  const next = buttons.find((b) => b.label === 'Suivant ▶')!;
  const context = buttons.find((b) => b.label === 'Contexte')!;
  expect(next).toBeDefined();

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(first.lines().find((l) => l.event === 'shutdown')).toMatchObject({ signal: 'SIGINT' });
  expect(first.lines().some((l) => l.event === 'stopped')).toBe(true);

  // The engine (index, autocomplete tables) is built once, before logging in: never per interaction.
  const events = first.lines().map((l) => l.event);
  expect(events.filter((e) => e === 'engine-ready')).toHaveLength(1);
  expect(events.indexOf('engine-ready')).toBeLessThan(events.indexOf('ready'));

  const second = await startBot();
  expect(fake.identifies).toHaveLength(2);
  const page2 = await send(button(next.custom_id, answer.data!, who));
  expect(page2.type).toBe(7);
  expect(page2.data!.embeds![0]!.footer!.text).toMatch(/ 2\/\d+$/);
  expect(page2.data!.embeds![0]!.title).toBe(answer.data!.embeds![0]!.title);
  expect(page2.data!.allowed_mentions).toEqual({ parse: [] });
  const ctx = await send(button(context.custom_id, answer.data!, who));
  expect(ctx.type).toBe(4);
  expect(ctx.data!.flags).toBe(64);
  expect(ctx.data!.embeds![0]!.title).toMatch(/^Paragraphe \d+$/);

  // The second process answered them, and says so in its structured logs (shard 0); the token is nowhere.
  await expect
    .poll(() => second.lines().filter((l) => l.event === 'interaction' && l.shard === 0).length)
    .toBe(2);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  for (const b of bots) expect(JSON.stringify(b.out())).not.toContain(TOKEN);
}, 60_000);
