// Graceful shutdown of the HTTP endpoint: a request in flight finishes (its HTTP answer and its deferred edit), new
// requests get 503 at once, /health turns 503 so a load balancer stops sending work, then the listener closes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.ts';
import { slashCommand } from '../fake-discord/payloads.ts';
import type { CallbackBody } from '../discord/helpers/harness.ts';
import { realEngine } from '../discord/helpers/engine.ts';
import { SLOW_MS, slowCommand } from '../discord/helpers/slow-commands.ts';
import { startHttpHarness, type HttpHarness } from './helpers.ts';

let h: HttpHarness;
beforeAll(async () => {
  const commands = new Map(await loadCommands());
  commands.set('slow', slowCommand());
  h = await startHttpHarness(await realEngine(), { commands });
});
afterAll(async () => {
  await h.fake.close();
});

it('finishes what is in flight, refuses new work with 503, then closes', async () => {
  const who = { guildId: h.fake.guilds[0]!, applicationId: h.fake.applicationId };
  const slow = slashCommand('slow', [], who);
  const inFlight = h.post(slow);
  await new Promise((r) => setTimeout(r, 200));
  const stopped = h.app.stop(SLOW_MS + 4000);

  const refused = await h.post(slashCommand('speakers', [], who));
  expect(refused.status).toBe(503);
  expect((await fetch(`${h.url}/health`)).status).toBe(503);

  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect((answer.body as CallbackBody).type).toBe(5);
  await stopped;
  // The deferred edit went out before stop() returned.
  const edit = h.fake.requests.find((r) =>
    r.path.startsWith(`/webhooks/${h.fake.applicationId}/${slow.token}`),
  );
  expect((edit?.body as { content?: string } | undefined)?.content).toBe('fini');
  await expect(fetch(`${h.url}/health`)).rejects.toThrow();
}, 15_000);
