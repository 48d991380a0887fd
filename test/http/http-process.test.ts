// The HTTP endpoint as `npm run start:http` runs it (compiled JavaScript, npm start's node flags): ready, /health and
// /metrics, a signed question answered in the response, and on SIGTERM /health turning 503 while the slow work in
// flight finishes, then exit 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';
import { TOKEN, type CallbackBody } from '../discord/helpers/harness.ts';
import { cleanEnv, spawnBot, type BotProcess } from '../discord/helpers/spawn.ts';
import { keyPair, signBody } from './helpers.ts';

let fake: FakeDiscord;
let endpoint: BotProcess;
let dir: string;
const keys = keyPair();

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  dir = mkdtempSync(join(tmpdir(), 'http-process-'));
  endpoint = spawnBot(
    'dist/src/http/main.js',
    cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: keys.publicHex,
      HTTP_PORT: '0',
      DATABASE_PATH: join(dir, 'bot.sqlite'),
      COOLDOWN_MAX: '0',
    }),
  );
  for (let i = 0; i < 200 && !endpoint.lines().some((l) => l.event === 'ready'); i++)
    await new Promise((r) => setTimeout(r, 100));
}, 40_000);
afterAll(async () => {
  endpoint?.kill();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${endpoint.lines().find((l) => l.event === 'ready')?.port as number}`;

async function post(payload: unknown): Promise<{ status: number; body: unknown }> {
  const body = JSON.stringify(payload);
  const ts = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`${base()}/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signBody(keys.privateKey, ts, body),
      'x-signature-timestamp': ts,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
}

it('is ready, healthy, answers a signed question in the response, and counts it in /metrics', async () => {
  expect(
    endpoint.lines().some((l) => l.event === 'ready'),
    JSON.stringify(endpoint.out()),
  ).toBe(true);
  const health = await fetch(`${base()}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', ready: true, storage: 'ok' });

  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId, locale: 'fr' };
  const q = 'Qui a dit que les talibans doivent respecter leurs engagements ?';
  const r = await post(slashCommand('ask', [stringOption('question', q)], who));
  expect(r.status).toBe(200);
  const answer = r.body as CallbackBody;
  expect(answer.type).toBe(4);
  expect(JSON.stringify(answer.data?.embeds)).toContain('Blinken');
  expect(answer.data?.allowed_mentions).toEqual({ parse: [] });

  const metrics = await (await fetch(`${base()}/metrics`)).text();
  expect(metrics).toMatch(/article_bot_interactions_total\{kind="command",command="ask",outcome="ok"\} 1/);
  expect(metrics).toMatch(/article_bot_http_requests_total\{route="\/interactions",status="200"\} 1/);
});

it('on SIGTERM turns new requests away with 503 and exits 0', async () => {
  const url = base();
  endpoint.child.kill('SIGTERM');
  // The signal reaches the child when its event loop next turns: ask once it says it is shutting down, so the
  // request is a late one and not one that merely raced the signal.
  for (let i = 0; i < 200 && !endpoint.lines().some((l) => l.event === 'shutdown'); i++)
    await new Promise((r) => setTimeout(r, 10));
  // Until the listener closes, whatever arrives is refused rather than started.
  const late = await fetch(`${url}/health`).catch(() => null);
  if (late) expect(late.status).toBe(503);
  expect(await endpoint.exited).toBe(0);
  expect(endpoint.lines().some((l) => l.event === 'stopped')).toBe(true);
});
