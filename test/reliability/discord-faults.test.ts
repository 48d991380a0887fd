// Faults through the fake Discord, with the real discord.js client: REST 429 (retry_after) and 500 on every reply
// route, a gateway close in the middle of a burst, expired interaction tokens, one user sending 200 interactions in a
// second, and users pasting the bot token into their questions. Nothing may be lost, the process must stay healthy,
// and the token must never show up in a log line or in anything sent to Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/loader.ts';
import type { RecordedRequest } from '../fake-discord/server.ts';
import {
  autocomplete,
  button,
  messageContextMenu,
  slashCommand,
  stringOption,
  subcommand,
} from '../fake-discord/payloads.ts';
import { realEngine } from '../discord/helpers/engine.ts';
import {
  startHarness,
  tokenLeaks,
  TOKEN,
  type CallbackBody,
  type Harness,
} from '../discord/helpers/harness.ts';
import { slowCommand, slowFailingCommand } from '../discord/helpers/slow-commands.ts';

const EPHEMERAL = 64;
const COOLDOWN = { max: 5, windowMs: 10_000 };

let h: Harness;
beforeAll(async () => {
  const commands = new Map(await loadCommands());
  commands.set('slow', slowCommand());
  commands.set('slowboom', slowFailingCommand());
  h = await startHarness(await realEngine(), { cooldown: COOLDOWN, commands });
});
afterAll(async () => {
  await h?.stop();
});

// A fresh user per interaction wherever the cooldown is not what is being tested.
let users = 0;
const fresh = (locale = 'fr') => h.who(locale, String(400_000_000_000_000_000n + BigInt(++users)));

const attempts = (test: (r: RecordedRequest) => boolean) => h.fake.requests.filter(test);
const callbacks = (id: string) => attempts((r) => r.path.startsWith(`/interactions/${id}/`));
const webhooks = (token: string) =>
  attempts((r) => r.path.startsWith(`/webhooks/${h.fake.applicationId}/${token}`));
const ok = (r: RecordedRequest) => r.status !== undefined && r.status < 300;

describe('REST errors on replies are retried and nothing is lost', () => {
  it('429 with retry_after, and 500, on interaction callbacks', async () => {
    const cases = [
      { status: 429 as const, times: 1, payload: slashCommand('article', [subcommand('info')], fresh()) },
      { status: 429 as const, times: 2, payload: slashCommand('speakers', [], fresh('en-US')) },
      { status: 500 as const, times: 1, payload: slashCommand('timeline', [], fresh()) },
      {
        status: 500 as const,
        times: 2,
        payload: autocomplete('said', [stringOption('speaker', '', true)], fresh()),
      },
    ];
    for (const c of cases)
      h.fake.fail({ path: new RegExp(`^/interactions/${c.payload.id}/`), status: c.status, times: c.times });
    for (const c of cases) h.fake.dispatchInteraction(c.payload);

    for (const c of cases) {
      await expect.poll(() => callbacks(c.payload.id).filter(ok).length, { timeout: 8000 }).toBe(1);
      const tries = callbacks(c.payload.id);
      expect(tries).toHaveLength(c.times + 1);
      expect(tries.slice(0, -1).every((r) => r.status === c.status)).toBe(true);
      // The retry carries the same, complete answer.
      const last = tries.at(-1)!.body as CallbackBody;
      expect(tries[0]!.body).toEqual(last);
      if (last.type === 8) expect(last.data!.choices!.length).toBeGreaterThan(0);
      else {
        expect(last.data!.embeds).toHaveLength(1);
        expect(last.data!.allowed_mentions).toEqual({ parse: [] });
      }
    }
  });

  it('429 with retry_after, and 500, on webhook edits of @original and on follow-ups', async () => {
    const edits = [429, 500].map((status) => ({ status, payload: slashCommand('slow', [], fresh()) }));
    const followUps = [429, 500].map((status) => ({
      status,
      payload: slashCommand('slowboom', [], fresh('en-US')),
    }));
    for (const c of [...edits, ...followUps])
      h.fake.fail({
        path: new RegExp(`^/webhooks/${h.fake.applicationId}/${c.payload.token}`),
        status: c.status as 429 | 500,
        times: 1,
      });
    // All four at once: each one is deferred, then answered through the webhook routes.
    for (const c of [...edits, ...followUps]) h.fake.dispatchInteraction(c.payload);

    for (const c of [...edits, ...followUps]) {
      await expect.poll(() => webhooks(c.payload.token).filter(ok).length, { timeout: 8000 }).toBe(1);
      expect((callbacks(c.payload.id)[0]!.body as CallbackBody).type).toBe(5);
      const tries = webhooks(c.payload.token);
      expect(tries.map((r) => r.status)).toEqual([c.status, 200]);
      expect(tries[1]!.body).toEqual(tries[0]!.body);
    }
    for (const c of edits) {
      const [edit] = webhooks(c.payload.token);
      expect(edit!.method).toBe('PATCH');
      expect(edit!.path).toMatch(/\/messages\/@original$/);
      expect(edit!.body).toMatchObject({ content: 'fini', allowed_mentions: { parse: [] } });
    }
    for (const c of followUps) {
      const [followUp] = webhooks(c.payload.token);
      expect(followUp!.method).toBe('POST');
      expect(followUp!.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect((followUp!.body as { content: string }).content).toMatch(/Sorry/);
    }
  });
});

describe('gateway', () => {
  it('a close (4000) in the middle of a burst: the client RESUMEs and every interaction is answered once', async () => {
    const resumesBefore = h.fake.resumes.length;
    const identifiesBefore = h.fake.identifies.length;
    const burst = Array.from({ length: 120 }, (_, i) =>
      i % 3 === 0
        ? slashCommand('said', [stringOption('speaker', 'kortunov')], fresh())
        : i % 3 === 1
          ? slashCommand('search', [stringOption('query', 'ambassade Kaboul')], fresh('en-US'))
          : autocomplete('who', [stringOption('quote', 'talib', true)], fresh()),
    );
    const replies = burst.map((p) => h.fake.callbackFor(p.id, 15_000));
    // Half the burst, the close while those are being handled, the other half while the client is away.
    for (const p of burst.slice(0, 60)) h.fake.dispatchInteraction(p);
    h.fake.disconnect(0, 4000);
    for (const p of burst.slice(60)) h.fake.dispatchInteraction(p);

    const bodies = (await Promise.all(replies)).map((r) => r.body as CallbackBody);
    expect(bodies.map((b) => b.type)).toEqual(burst.map((p) => (p.type === 4 ? 8 : 4)));
    for (const p of burst) expect(callbacks(p.id)).toHaveLength(1);
    expect(h.fake.resumes.length).toBe(resumesBefore + 1);
    expect(h.fake.identifies.length).toBe(identifiesBefore);
  }, 20_000);
});

describe('expired interaction tokens', () => {
  it('an expired interaction (10062 on the callback) is logged and ignored', async () => {
    const payload = slashCommand('article', [subcommand('info')], fresh());
    h.fake.expire(payload.id);
    await h.send(payload);
    await expect
      .poll(() => h.logs.some((l) => l.includes('"interaction-expired"') && l.includes(payload.id)))
      .toBe(true);
    // No apology attempt: the token is dead, there is nobody to tell.
    expect(callbacks(payload.id)).toHaveLength(1);
    expect((await h.send(slashCommand('article', [subcommand('info')], fresh()))).data!.embeds).toHaveLength(
      1,
    );
  });

  it('a deferred reply whose webhook token expired (401, 50027) is logged and ignored', async () => {
    const payload = slashCommand('slow', [], fresh());
    h.fake.expireToken(payload.token);
    expect((await h.send(payload)).type).toBe(5);
    await expect
      .poll(() => h.logs.some((l) => l.includes('"interaction-expired"') && l.includes(payload.id)), {
        timeout: 5000,
      })
      .toBe(true);
    expect(webhooks(payload.token).map((r) => r.status)).toEqual([401]);
    expect(h.logs.some((l) => l.includes('"interaction-failed"') && l.includes(payload.id))).toBe(false);
    expect((await h.send(slashCommand('article', [subcommand('info')], fresh()))).data!.embeds).toHaveLength(
      1,
    );
  });
});

describe('one user, 200 interactions in one second', () => {
  it('gets its answers up to the cooldown, then ephemeral notices; the process stays healthy', async () => {
    const flooder = h.who('fr', '499999999999999999');
    const heapBefore = process.memoryUsage().heapUsed;
    const flood = Array.from({ length: 200 }, (_, i) =>
      slashCommand('ask', [stringOption('question', `Qui a dit que les talibans ${i} ?`)], flooder),
    );
    const replies = flood.map((p) => h.fake.callbackFor(p.id, 15_000));
    const started = Date.now();
    // 10 waves of 20, 100 ms apart: 200 interactions within one second.
    for (let wave = 0; wave < 10; wave++) {
      for (const p of flood.slice(wave * 20, wave * 20 + 20)) h.fake.dispatchInteraction(p);
      await new Promise((r) => setTimeout(r, 100));
    }
    const bodies = (await Promise.all(replies)).map((r) => r.body as CallbackBody);
    expect(Date.now() - started).toBeLessThan(10_000);

    // Every one answered exactly once: COOLDOWN.max answers, then the notice.
    for (const p of flood) expect(callbacks(p.id)).toHaveLength(1);
    const answered = bodies.filter((b) => (b.data!.flags ?? 0) === 0);
    const limited = bodies.filter(
      (b) => b.data!.flags === EPHEMERAL && /Doucement/.test(b.data!.content ?? ''),
    );
    expect(answered).toHaveLength(COOLDOWN.max);
    expect(limited).toHaveLength(flood.length - COOLDOWN.max);
    for (const b of bodies) expect(b.data!.allowed_mentions).toEqual({ parse: [] });

    // Healthy afterwards: autocomplete is not limited for the flooder, another user is answered promptly, nothing is
    // left in flight, and the flood did not leave a lasting heap behind (200 small replies, not hundreds of MB).
    const auto = await h.send(autocomplete('said', [stringOption('speaker', '', true)], flooder));
    expect(auto.data!.choices!.length).toBeGreaterThan(0);
    const t = Date.now();
    const other = await h.send(slashCommand('speakers', [], fresh()));
    expect(other.data!.embeds).toHaveLength(1);
    expect(Date.now() - t).toBeLessThan(1000);
    await expect.poll(() => h.bot.router.pending).toBe(0);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(h.logs.some((l) => l.includes('"interaction-failed"') && l.includes(flooder.userId!))).toBe(false);
  }, 20_000);
});

describe('the token never leaks', () => {
  it('not even when users paste it into every command, autocomplete, the context menu and a button', async () => {
    const sends = [
      slashCommand('ask', [stringOption('question', `Qui a dit ${TOKEN} ?`)], fresh()),
      slashCommand('search', [stringOption('query', TOKEN)], fresh('en-US')),
      slashCommand('who', [stringOption('quote', TOKEN)], fresh()),
      slashCommand('when', [stringOption('query', `${TOKEN} talibans`)], fresh()),
      slashCommand('said', [stringOption('speaker', TOKEN), stringOption('topic', TOKEN)], fresh()),
      autocomplete('who', [stringOption('quote', TOKEN, true)], fresh()),
      autocomplete('said', [stringOption('speaker', TOKEN, true)], fresh()),
      messageContextMenu('Search the article', `regardez : ${TOKEN}`, fresh()),
      button(`ans:n:a:1:${TOKEN}`, { embeds: [{ title: TOKEN }] }, fresh()),
    ];
    for (const p of sends) expect((await h.send(p)).type).toBeGreaterThan(0);
  });

  it('in any log line or any request body sent to Discord during this whole file', () => {
    // The check itself finds a planted token, so a pass means something.
    const planted = [{ ...h.fake.requests[0]!, body: { content: `x${TOKEN}x` } }];
    expect(tokenLeaks(planted, [])).toHaveLength(1);
    expect(tokenLeaks([], [`{"msg":"${TOKEN}"}`])).toHaveLength(1);

    expect(h.fake.requests.length).toBeGreaterThan(300);
    expect(h.logs.length).toBeGreaterThan(300);
    expect(tokenLeaks(h.fake.requests, h.logs)).toEqual([]);
  });
});
