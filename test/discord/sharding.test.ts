// `npm run start:sharded` against the fake Discord recommending 2 shards: ShardingManager spawns two bot processes,
// each IDENTIFYs as its shard, and each receives and answers the interactions of its own guild.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';
import { guildIdForShard } from '../fake-discord/snowflake.ts';
import { cleanEnv, ROOT, spawnBot, type BotProcess } from './helpers/spawn.ts';
import { TOKEN } from './helpers/harness.ts';

let fake: FakeDiscord;
let manager: BotProcess;

beforeAll(async () => {
  fake = await new FakeDiscord({ shards: 2, guilds: [guildIdForShard(0, 2), guildIdForShard(1, 2)] }).start();
  // What `npm run start:sharded` runs (checked below).
  manager = spawnBot(
    'dist/src/discord/sharded.js',
    cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      SHARD_SPAWN_DELAY_MS: '0',
      LOG_LEVEL: 'info',
    }),
  );
});

afterAll(async () => {
  manager?.kill();
  await fake?.close();
});

const lines = () => manager.lines();

it('is what npm run start:sharded runs', async () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(pkg.scripts['start:sharded']).toBe(
    'node --conditions=bundled --max-semi-space-size=1 dist/src/discord/sharded.js',
  );
});

it('runs two shards, each answering its own guild’s interactions, and stops cleanly on SIGTERM', async () => {
  await expect
    .poll(() => lines().some((l) => l.event === 'all-shards-ready'), { timeout: 30_000, interval: 100 })
    .toBe(true)
    .catch((err: Error) => {
      const { stdout, stderr } = manager.out();
      throw new Error(`${err.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    });
  expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  expect(fake.identifies.every((i) => i.intents === 1)).toBe(true);

  const sent = fake.guilds.flatMap((guildId) =>
    Array.from({ length: 3 }, () =>
      slashCommand('said', [stringOption('speaker', 'kortunov')], {
        guildId,
        applicationId: fake.applicationId,
      }),
    ),
  );
  const replies = sent.map((p) => fake.callbackFor(p.id, 10_000));
  const sessions = sent.map((p) => fake.dispatchInteraction(p).shard[0]);
  expect(sessions).toEqual([0, 0, 0, 1, 1, 1]);
  for (const r of await Promise.all(replies)) expect((r.body as { type: number }).type).toBe(4);

  // The log line for each interaction comes from the process of the shard that received it.
  await expect
    .poll(() => sent.every((p) => lines().some((l) => l.event === 'interaction' && l.interaction === p.id)))
    .toBe(true);
  for (const [i, p] of sent.entries()) {
    const line = lines().find((l) => l.event === 'interaction' && l.interaction === p.id)!;
    expect(line.shard).toBe(sessions[i]);
  }
  expect(JSON.stringify(manager.out())).not.toContain(TOKEN);

  manager.child.kill('SIGTERM');
  const code = await Promise.race([
    manager.exited,
    new Promise((r) => setTimeout(() => r('timeout'), 15_000)),
  ]);
  expect(code).toBe(0);
  expect(
    lines()
      .filter((l) => l.event === 'stopped')
      .map((l) => l.shard)
      .sort(),
  ).toEqual([0, 1]);
});
