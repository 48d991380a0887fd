// The gateway drops the connection (close 4000) mid-run: the client RESUMEs, the fake replays what was missed,
// and every interaction — before, during and after the drop — gets its answer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';
import { realEngine } from './helpers/engine.ts';
import { startHarness, type Harness } from './helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await realEngine());
});
afterAll(async () => {
  await h?.stop();
});

it('resumes after close 4000 with no interaction lost', async () => {
  const who = h.who('fr');
  const payloads = Array.from({ length: 30 }, (_, i) =>
    i % 2
      ? slashCommand('speakers', [], who)
      : slashCommand('said', [stringOption('speaker', 'kortunov')], who),
  );
  const replies = payloads.map((p) => h.fake.callbackFor(p.id, 10_000));

  for (const p of payloads.slice(0, 10)) h.fake.dispatchInteraction(p);
  h.fake.disconnect(0, 4000);
  // Sent while the bot is disconnected: buffered in the session, replayed on RESUME.
  for (const p of payloads.slice(10, 20)) h.fake.dispatchInteraction(p);
  await expect.poll(() => h.fake.resumes.length, { timeout: 10_000 }).toBe(1);
  for (const p of payloads.slice(20)) h.fake.dispatchInteraction(p);

  const bodies = await Promise.all(replies);
  for (const b of bodies) {
    expect((b.body as { type: number }).type).toBe(4);
  }
  // Each interaction answered exactly once, with a resume rather than a fresh identify.
  for (const p of payloads)
    expect(h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${p.id}/`))).toHaveLength(1);
  expect(h.fake.identifies).toHaveLength(1);
  expect(h.logs.some((l) => l.includes('"shard-resumed"'))).toBe(true);
});
