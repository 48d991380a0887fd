// The load benchmark's other process: the fake Discord (REST + gateway) and the load generator. Kept out of the bot's
// process: Node accepts one new TCP connection per event-loop turn, so a burst of 100 connections opened in the bot's
// own process waited for the bot's loop, and that wait (up to 1.8 s) was the harness, not the bot.
// Started by bench/load.ts with an IPC channel; answers one message at a time (protocol.ts).
import { createPrivateKey, sign } from 'node:crypto';
import { Agent, request } from 'node:http';
import { slashCommand } from '../../test/fake-discord/payloads.ts';
import { FakeDiscord, type RecordedRequest } from '../../test/fake-discord/server.ts';
import { msSince, summarize } from '../stats.ts';
import { payload } from './mix.ts';
import type { FromDriver, LoadRun, ToDriver } from './protocol.ts';

let fake: FakeDiscord | null = null;
const reply = (m: FromDriver) => process.send!(m);

/** Run `count` jobs with `inFlight` at a time; each resolves with its latency in ms, or null when unanswered. */
async function closedLoop(
  mode: string,
  inFlight: number,
  count: number,
  one: (i: number) => Promise<number | null>,
): Promise<LoadRun> {
  const lat: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (next < count) {
      const ms = await one(next++);
      if (ms !== null) lat.push(ms);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const wallMs = msSince(start);
  return {
    mode,
    inFlight,
    sent: count,
    answered: lat.length,
    latency: summarize(lat),
    wallMs,
    throughput: lat.length / (wallMs / 1000),
    warmUp: 0,
  };
}

function who() {
  return { guildId: fake!.guilds[0]!, applicationId: fake!.applicationId, locale: 'fr' };
}

/** Gateway: from the fake sending INTERACTION_CREATE to it receiving the callback (and the edit, when deferred). */
async function gatewayOne(i: number): Promise<number | null> {
  const f = fake!;
  const p = payload(i, who());
  const isReply = (r: RecordedRequest) =>
    r.method === 'POST' && r.path.startsWith(`/interactions/${p.id}/`) && r.path.endsWith('/callback');
  const t = process.hrtime.bigint();
  const callback = f.waitForRequest(isReply, 10_000);
  f.dispatchInteraction(p);
  try {
    const rec = await callback;
    if ((rec.body as { type?: number }).type === 5) await f.webhookFor(p.token, 10_000);
    return msSince(t);
  } catch {
    return null;
  }
}

async function httpRun(m: Extract<ToDriver, { cmd: 'http' }>): Promise<LoadRun> {
  const key = createPrivateKey(m.privateKeyPem);
  const url = new URL(m.url);
  const agent = new Agent({ keepAlive: true, maxSockets: m.inFlight });
  // Signed before the clock starts: signing is Discord's work, not the endpoint's.
  const ts = String(Math.floor(Date.now() / 1000));
  // Distinct interactions for the warm-up too: the endpoint refuses an interaction id it has already seen.
  const warm = Math.min(m.inFlight * 5, 500);
  const bodies = Array.from({ length: m.count + warm }, (_, i) => {
    const body = Buffer.from(JSON.stringify(payload(i, who())));
    const sig = sign(null, Buffer.concat([Buffer.from(ts), body]), key).toString('hex');
    return { body, sig };
  });
  const one = (i: number) =>
    new Promise<number | null>((resolve) => {
      const { body, sig } = bodies[i]!;
      const t = process.hrtime.bigint();
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            'x-signature-ed25519': sig,
            'x-signature-timestamp': ts,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200 ? msSince(t) : null));
        },
      );
      req.on('error', () => resolve(null));
      req.end(body);
    });
  // Warm-up with as many in flight as the run, so its connections are open (as a load balancer keeps them) and the
  // JIT is warm; then the measured run.
  await closedLoop('warm-up', m.inFlight, warm, (i) => one(m.count + i));
  const run = await closedLoop(m.mode, m.inFlight, m.count, one);
  agent.destroy();
  return { ...run, warmUp: warm };
}

/** `count` slow commands at once (they defer): how far apart their edits arrive, and how long the last one took. */
async function deferredBurst(count: number): Promise<Extract<FromDriver, { ok: 'deferred' }>> {
  const f = fake!;
  const payloads = Array.from({ length: count }, () => slashCommand('slow', [], who()));
  const t = Date.now();
  const edits = payloads.map((p) => f.webhookFor(p.token, 15_000).catch(() => null));
  for (const p of payloads) f.dispatchInteraction(p);
  const recs = (await Promise.all(edits)).filter((r) => r !== null);
  const at = recs.map((r) => r.at);
  return {
    ok: 'deferred',
    spreadMs: Math.max(...at) - Math.min(...at),
    lastMs: Math.max(...at) - t,
    answered: recs.length,
  };
}

// The benchmark ended (or crashed): nothing left to drive.
process.on('disconnect', () => process.exit(0));

process.on('message', (msg: ToDriver) => {
  void (async () => {
    try {
      if (msg.cmd === 'fake') {
        fake = await new FakeDiscord().start();
        reply({
          ok: 'fake',
          apiUrl: fake.apiUrl,
          guildId: fake.guilds[0]!,
          applicationId: fake.applicationId,
        });
      } else if (msg.cmd === 'gateway') {
        for (let i = 0; i < 50; i++) await gatewayOne(i);
        const run = await closedLoop(msg.mode, msg.inFlight, msg.count, gatewayOne);
        fake!.requests.length = 0;
        reply({ ok: 'run', run: { ...run, warmUp: 50 } });
      } else if (msg.cmd === 'http') {
        reply({ ok: 'run', run: await httpRun(msg) });
      } else if (msg.cmd === 'deferred') {
        const r = await deferredBurst(msg.count);
        fake!.requests.length = 0;
        reply(r);
      } else if (msg.cmd === 'stop') {
        await fake?.close();
        reply({ ok: 'stopped' });
        process.exit(0);
      }
    } catch (err) {
      reply({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  })();
});
