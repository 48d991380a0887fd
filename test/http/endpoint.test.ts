// The HTTP interactions endpoint (npm run start:http): signatures, replays, limits, PING, every command answered in the
// HTTP response exactly as the gateway bot answers it (one Router, one set of commands), a deferred answer with its
// edit on the fake Discord, /health and /metrics, graceful shutdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/discord/i18n.ts';
import { HTTP_LIMITS } from '../../src/http/limits.ts';
import {
  autocomplete,
  button,
  messageContextMenu,
  slashCommand,
  stringOption,
} from '../fake-discord/payloads.ts';
import { realEngine } from '../discord/helpers/engine.ts';
import { startHarness, type CallbackBody, type Harness } from '../discord/helpers/harness.ts';
import { slowCommand, slowFailingCommand } from '../discord/helpers/slow-commands.ts';
import { loadCommands } from '../../src/discord/loader.ts';
import { signBody, startHttpHarness, type HttpHarness } from './helpers.ts';

let h: HttpHarness;
let gateway: Harness;

beforeAll(async () => {
  const engine = await realEngine();
  const commands = new Map(await loadCommands());
  commands.set('slow', slowCommand());
  commands.set('slowboom', slowFailingCommand());
  h = await startHttpHarness(engine, { commands });
  gateway = await startHarness(engine, { commands });
});
afterAll(async () => {
  await h?.stop();
  await gateway?.stop();
});

const who = () => ({ guildId: h.fake.guilds[0]!, applicationId: h.fake.applicationId, locale: 'fr' });
const ask = (q: string, locale = 'fr') =>
  slashCommand('ask', [stringOption('question', q)], { ...who(), locale });

describe('request verification', () => {
  it('answers PING with {"type":1}', async () => {
    const r = await h.post({
      id: '1',
      type: 1,
      application_id: h.fake.applicationId,
      token: 't',
      version: 1,
    });
    expect(r.status).toBe(200);
    expect(r.text).toBe('{"type":1}');
  });

  it('refuses a missing or bad signature with 401, and runs nothing', async () => {
    const before = h.app.metrics.registry.getSingleMetric('article_bot_interactions_total');
    const counted = async () => JSON.stringify((await before?.get())?.values ?? []);
    const was = await counted();
    const p = ask('Qui a dit que les talibans doivent respecter leurs engagements ?');
    expect((await h.post(p, { signature: null })).status).toBe(401);
    expect((await h.post(p, { signature: 'ab'.repeat(64) })).status).toBe(401);
    expect((await h.post(p, { signature: 'not hex' })).status).toBe(401);
    // Signed, then one byte of the body changed.
    const body = JSON.stringify(p);
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = signBody(h.keys.privateKey, ts, body);
    const tampered = body.replace('talibans', 'talibanz');
    expect((await h.post(null, { body: tampered, timestamp: ts, signature: sig })).status).toBe(401);
    // Signed for another timestamp than the one sent.
    expect((await h.post(null, { body, timestamp: String(Number(ts) + 1), signature: sig })).status).toBe(
      401,
    );
    expect(await counted()).toBe(was);
    expect(h.app.router.pending).toBe(0);
  });

  it('refuses a replay: a timestamp far from now, or the same interaction twice', async () => {
    const old = String(Math.floor(Date.now() / 1000) - HTTP_LIMITS.maxClockSkewSeconds - 60);
    const stale = await h.post(ask('Qui est cité ?'), { timestamp: old });
    expect(stale.status).toBe(401);
    expect(stale.body).toEqual({ error: 'stale timestamp' });
    const p = ask('Qui est cité ?');
    expect((await h.post(p)).status).toBe(200);
    expect((await h.post(p)).status).toBe(401);
  });

  it('refuses a body over the size limit with 413, before verifying it', async () => {
    const big = JSON.stringify({ type: 2, pad: 'x'.repeat(HTTP_LIMITS.maxBodyBytes) });
    const r = await h.post(null, { body: big });
    expect(r.status).toBe(413);
  });

  it('answers 500 to a signed payload discord.js cannot read, and keeps nothing pending', async () => {
    const r = await h.post({ id: '123456789012345678', type: 2, token: 't', version: 1 });
    expect(r.status).toBe(500);
    expect(h.app.router.pending).toBe(0);
    // The next request is served normally.
    expect((await h.post(ask('Qui est cité ?'))).status).toBe(200);
  });

  it('answers 405 to GET /interactions and 400 to a signed body that is not JSON', async () => {
    expect((await fetch(`${h.url}/interactions`)).status).toBe(405);
    expect((await h.post(null, { body: 'not json' })).status).toBe(400);
  });
});

describe('every command, answered in the HTTP response as the gateway bot answers it', () => {
  const cases: [string, () => { id: string; token: string }][] = [
    ['/ask fr', () => ask('Qui a dit que les talibans doivent respecter leurs engagements ?')],
    ['/ask en', () => ask('What did Kortunov say?', 'en-US')],
    ['/ask not found', () => ask('Qui a dit que les talibans aiment la pizza ?')],
    ['/who', () => slashCommand('who', [stringOption('quote', 'respecter leurs engagements')], who())],
    ['/said', () => slashCommand('said', [stringOption('speaker', 'Kortunov')], who())],
    ['/when', () => slashCommand('when', [stringOption('query', 'Moscou')], who())],
    ['/search', () => slashCommand('search', [stringOption('query', 'légitimité')], who())],
    ['/speakers', () => slashCommand('speakers', [], who())],
    ['/timeline', () => slashCommand('timeline', [], who())],
    ['/help', () => slashCommand('help', [], who())],
    [
      '/article info',
      () => slashCommand('article', [{ name: 'info', type: 1, options: [] } as never], who()),
    ],
    ['context menu', () => messageContextMenu('Search the article', 'les talibans et Moscou', who())],
    ['autocomplete /said', () => autocomplete('said', [stringOption('speaker', 'Kor', true)], who())],
    ['autocomplete /who', () => autocomplete('who', [stringOption('quote', 'engag', true)], who())],
  ];
  for (const [name, make] of cases)
    it(name, async () => {
      const p = make();
      const viaHttp = await h.post(p);
      expect(viaHttp.status).toBe(200);
      // The same payload (fresh id and token) through the gateway bot.
      const again = { ...p, id: `${p.id.slice(0, -1)}9`, token: `${p.token}g` };
      const viaGateway = await gateway.send(again);
      expect(viaHttp.body).toEqual(viaGateway);
      const body = viaHttp.body as CallbackBody;
      expect([4, 8]).toContain(body.type);
      // A real answer, not the apology both paths would also agree on.
      expect(JSON.stringify(body)).not.toMatch(/mal passé|went wrong/i);
      if (body.type === 4) expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    });

  it('a button press (next page) updates the message', async () => {
    const first = (await h.post(slashCommand('said', [stringOption('speaker', 'Kortunov')], who())))
      .body as CallbackBody;
    const next = first.data?.components?.[0]?.components.find((c) => !c.disabled && /▶/.test(c.label));
    expect(next).toBeTruthy();
    const r = await h.post(button(next!.custom_id, first.data!, who()));
    expect(r.status).toBe(200);
    expect((r.body as CallbackBody).type).toBe(7);
  });

  it('never sends the callback to Discord itself: the HTTP response is the answer', () => {
    expect(h.fake.requests.filter((r) => r.path.endsWith('/callback'))).toEqual([]);
  });
});

describe('a slow command', () => {
  it('answers type 5 in the HTTP response, then edits @original through the REST API', async () => {
    const p = slashCommand('slow', [], who());
    const started = Date.now();
    const r = await h.post(p);
    expect(r.status).toBe(200);
    expect((r.body as CallbackBody).type).toBe(5);
    expect(Date.now() - started).toBeLessThan(HTTP_LIMITS.answerTimeoutMs);
    const edit = await h.fake.webhookFor(p.token, 5000);
    expect(edit.method).toBe('PATCH');
    expect(edit.path).toBe(`/webhooks/${h.fake.applicationId}/${p.token}/messages/@original`);
    expect((edit.body as { content?: string }).content).toBe('fini');
  });

  it('failing after its deferral, gets an ephemeral follow-up (POST to the webhook) with the apology', async () => {
    const p = slashCommand('slowboom', [], who());
    const r = await h.post(p);
    expect(r.status).toBe(200);
    expect((r.body as CallbackBody).type).toBe(5);
    const followUp = await h.fake.webhookFor(p.token, 5000);
    expect(followUp.method).toBe('POST');
    expect(followUp.path).toBe(`/webhooks/${h.fake.applicationId}/${p.token}`);
    const body = followUp.body as { content?: string; flags?: number; allowed_mentions?: unknown };
    // The same apology the gateway bot sends (src/discord/i18n.ts), privately, pinging no one.
    expect(body.content).toBe(t('fr').error);
    expect((body.flags ?? 0) & 64).toBe(64);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('health and metrics', () => {
  it('GET /health says ready, storage and version', async () => {
    const r = await fetch(`${h.url}/health`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', ready: true, storage: 'none' });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('GET /metrics counts interactions by command and outcome, with a latency histogram', async () => {
    const r = await fetch(`${h.url}/metrics`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toMatch(/article_bot_interactions_total\{kind="command",command="ask",outcome="ok"\} [1-9]/);
    expect(text).toMatch(
      /article_bot_interactions_total\{kind="autocomplete",command="said",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(
      /article_bot_interaction_duration_seconds_bucket\{le="0\.01",kind="command"\} [1-9]/,
    );
    expect(text).toMatch(/article_bot_http_requests_total\{route="\/interactions",status="401"\} [1-9]/);
    expect(text).toMatch(/article_bot_http_requests_total\{route="\/interactions",status="413"\} 1/);
  });

  it('never writes the token to a log line', () => {
    expect(h.logs.join('\n')).not.toContain('fake-token-for-tests-only');
  });
});
