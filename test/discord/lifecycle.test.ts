// Cooldown, slow commands (deferred before the 3-second deadline) and graceful shutdown, against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.ts';
import { autocomplete, slashCommand, stringOption, subcommand } from '../fake-discord/payloads.ts';
import { realEngine } from './helpers/engine.ts';
import { startHarness, type Harness } from './helpers/harness.ts';
import { slowCommand, slowFailingCommand } from './helpers/slow-commands.ts';

const EPHEMERAL = 64;

let h: Harness;
beforeAll(async () => {
  const commands = new Map(await loadCommands());
  commands.set('slow', slowCommand());
  commands.set('slowboom', slowFailingCommand());
  h = await startHarness(await realEngine(), { cooldown: { max: 2, windowMs: 60_000 }, commands });
});
afterAll(async () => {
  await h?.stop();
});

describe('cooldown', () => {
  it('limits answers per user with an ephemeral notice; other users and autocomplete are not limited', async () => {
    const who = h.who('fr', '555555555555555555');
    for (let i = 0; i < 2; i++)
      expect((await h.send(slashCommand('article', [subcommand('info')], who))).data!.flags ?? 0).toBe(0);
    const limited = await h.send(slashCommand('article', [subcommand('info')], who));
    expect(limited.data!.flags).toBe(EPHEMERAL);
    expect(limited.data!.content).toMatch(/Doucement.*\d+ s/);
    expect(limited.data!.allowed_mentions).toEqual({ parse: [] });

    const other = await h.send(
      slashCommand('article', [subcommand('info')], h.who('en-US', '666666666666666666')),
    );
    expect(other.data!.embeds).toHaveLength(1);

    for (let i = 0; i < 10; i++) {
      const body = await h.send(autocomplete('said', [stringOption('speaker', '', true)], who));
      expect(body.type).toBe(8);
      expect(body.data!.choices!.length).toBeGreaterThan(0);
    }
  });
});

describe('slow commands and shutdown', () => {
  it('a slow command is deferred before the deadline, then its reply edits @original', async () => {
    const payload = slashCommand('slow', [], h.who('fr', '777777777777777777'));
    const started = Date.now();
    const body = await h.send(payload);
    expect(body.type).toBe(5);
    expect(Date.now() - started).toBeLessThan(3000);
    const edit = await h.fake.webhookFor(payload.token, 5000);
    expect(edit.method).toBe('PATCH');
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(edit.body).toMatchObject({ content: 'fini', allowed_mentions: { parse: [] } });
  });

  it('a command failing after the defer gets an ephemeral follow-up', async () => {
    const payload = slashCommand('slowboom', [], h.who('en-US', '777777777777777778'));
    expect((await h.send(payload)).type).toBe(5);
    const followUp = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${payload.token}`,
    );
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect((followUp.body as { content: string }).content).toMatch(/Sorry/);
  });

  it('stop() finishes interactions in flight, turns new ones away politely, then destroys the client', async () => {
    const inFlight = slashCommand('slow', [], h.who('fr', '888888888888888888'));
    h.fake.dispatchInteraction(inFlight);
    await h.fake.callbackFor(inFlight.id);
    const stopping = h.bot.stop(6000);
    const late = await h.send(
      slashCommand('article', [subcommand('info')], h.who('en-US', '999999999999999999')),
    );
    expect(late.data!.flags).toBe(EPHEMERAL);
    expect(late.data!.content).toMatch(/restarting/);
    await stopping;
    // The in-flight answer was delivered before the client went away.
    const edit = h.fake.requests.find((r) =>
      r.path.startsWith(`/webhooks/${h.fake.applicationId}/${inFlight.token}`),
    );
    expect(edit?.body).toMatchObject({ content: 'fini' });
    expect(h.bot.client.isReady()).toBe(false);
  });
});
