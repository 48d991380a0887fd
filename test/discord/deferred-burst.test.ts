// 100 deferred answers at once: discord.js's REST layer used to queue webhook edits behind its own 50-per-second
// global limit (Discord exempts interaction webhooks), so the last edit waited about a second. The client's REST options
// now lift that ceiling (src/discord/client.ts); the control run with the old limit shows the test can tell them apart.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/discord/bot.ts';
import { INTERACTION_REST_PER_SECOND } from '../../src/discord/client.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { slashCommand } from '../fake-discord/payloads.ts';
import { FakeDiscord } from '../fake-discord/server.ts';
import { realEngine } from './helpers/engine.ts';
import { TOKEN } from './helpers/harness.ts';
import { slowCommand } from './helpers/slow-commands.ts';

const BURST = 100;
let fake: FakeDiscord | null = null;
let bot: Bot | null = null;

afterEach(async () => {
  await bot?.stop(3000);
  await fake?.close();
  bot = null;
  fake = null;
});

/** Send BURST slow commands at once; return ms between the first and the last webhook edit arriving. */
async function editSpread(rest?: { globalRequestsPerSecond: number }): Promise<number> {
  fake = await new FakeDiscord().start();
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  bot = await startBot({
    config: { token: TOKEN, apiUrl: fake.apiUrl, cooldown: { max: 0, windowMs: 10_000 } },
    engine: await realEngine(),
    logger: createLogger({ level: 'silent', destination: quiet }),
    commands: new Map([['slow', slowCommand()]]),
    ...(rest ? { rest } : {}),
    readyTimeoutMs: 10_000,
  });
  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId };
  const payloads = Array.from({ length: BURST }, () => slashCommand('slow', [], who));
  const f = fake;
  const edits = payloads.map((p) => f.webhookFor(p.token, 10_000));
  for (const p of payloads) f.dispatchInteraction(p);
  const recs = await Promise.all(edits);
  expect(recs.every((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'))).toBe(true);
  const at = recs.map((r) => r.at);
  return Math.max(...at) - Math.min(...at);
}

describe('deferred answers in a burst', () => {
  it('uses REST options that do not hold interaction webhooks to the 50/s global limit', () => {
    expect(INTERACTION_REST_PER_SECOND).toBeGreaterThan(LIMITS.globalRequestsPerSecond * 20);
  });

  it(`sends ${BURST} deferred edits together with the default client options`, async () => {
    const spread = await editSpread();
    expect(bot!.client.rest.options.globalRequestsPerSecond).toBe(INTERACTION_REST_PER_SECOND);
    // All edits become ready within a few ms of each other (the slow command sleeps the same time for each).
    expect(spread).toBeLessThan(400);
  }, 20_000);

  it('control: with discord.js’s own 50/s limit the last edit waits about a second', async () => {
    const spread = await editSpread({ globalRequestsPerSecond: LIMITS.globalRequestsPerSecond });
    expect(spread).toBeGreaterThan(700);
  }, 20_000);
});
