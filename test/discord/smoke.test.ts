import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeEngine } from './helpers/fake-engine.ts';
import { startHarness, type Harness } from './helpers/harness.ts';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fakeEngine());
});
afterAll(async () => {
  await h?.stop();
});

it('answers /ask', async () => {
  const body = await h.send(slashCommand('ask', [stringOption('question', 'talibans')], h.who()));
  console.log(JSON.stringify(body, null, 1));
  expect(body.type).toBe(4);
});
