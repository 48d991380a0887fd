// End to end: the real discord.js client (startBot) against the local fake Discord (test/fake-discord), in this
// process. 1000 interactions sequentially, then 1000 more 100 at a time; latency is measured from the moment the fake
// sends INTERACTION_CREATE on the gateway to the moment it receives the reply (the interaction callback, or the
// webhook edit when the bot deferred). Mix: 80 % /ask with the evaluation questions, 20 % /said autocomplete.
// Run alone: `npx tsx --expose-gc bench/e2e.ts [--json] [--count N]`.
import { Writable } from 'node:stream';
import { startBot } from '../src/discord/bot.ts';
import { createLogger } from '../src/discord/logger.ts';
import { loadEngine } from '../src/load.ts';
import { autocomplete, slashCommand, stringOption } from '../test/fake-discord/payloads.ts';
import { FakeDiscord, type RecordedRequest } from '../test/fake-discord/server.ts';
import { evalQuestions } from './corpus.ts';
import { e2eRow, memory, msSince, summarize, table, type Summary } from './stats.ts';

const TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GbenchX.bench-token-not-a-secret-abcdefghijk';

export interface E2eRun {
  mode: string;
  sent: number;
  answered: number;
  errors: number;
  latency: Summary;
  wallMs: number;
}

export interface E2eResult {
  runs: E2eRun[];
  rssMB: number;
  heapMB: number;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const countArg = process.argv.indexOf('--count');
  const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 1000;
  const engine = loadEngine();
  const questions = evalQuestions('default').map((q) => q.question);
  const prefixes = engine.speakers().flatMap((s) => [s.name.slice(0, 2), s.name.slice(0, 4), s.name]);

  const fake = await new FakeDiscord().start();
  let warnings = 0;
  const logger = createLogger({
    level: 'warn',
    secrets: [TOKEN],
    destination: new Writable({
      write(_chunk, _enc, cb) {
        warnings++;
        cb();
      },
    }),
  });
  const bot = await startBot({
    config: { token: TOKEN, apiUrl: fake.apiUrl, cooldown: { max: 0, windowMs: 10_000 } },
    engine,
    logger,
    rest: { globalRequestsPerSecond: 100_000, retries: 3, timeout: 10_000 },
    readyTimeoutMs: 15_000,
  });
  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId, locale: 'fr' };

  const payload = (i: number) =>
    i % 5 === 4
      ? autocomplete('said', [stringOption('speaker', prefixes[i % prefixes.length]!, true)], who)
      : slashCommand('ask', [stringOption('question', questions[i % questions.length]!)], who);

  /** Dispatch one interaction; resolve with ms until its reply, or null when none came within 5 s. */
  const slow: Record<string, number> = {};
  const one = async (i: number): Promise<number | null> => {
    const p = payload(i);
    const isReply = (r: RecordedRequest) =>
      r.method === 'POST' && r.path.startsWith(`/interactions/${p.id}/`) && r.path.endsWith('/callback');
    const t = process.hrtime.bigint();
    const callback = fake.waitForRequest(isReply, 5000);
    fake.dispatchInteraction(p);
    try {
      const rec = await callback;
      const type = (rec.body as { type?: number }).type;
      if (type === 5) await fake.webhookFor(p.token, 5000);
      const ms = msSince(t);
      if (ms > 500) slow[`callback type ${type}`] = (slow[`callback type ${type}`] ?? 0) + 1;
      return ms;
    } catch {
      return null;
    }
  };

  const run = async (mode: string, concurrency: number): Promise<E2eRun> => {
    const lat: number[] = [];
    let errors = 0;
    let next = 0;
    const start = process.hrtime.bigint();
    const worker = async () => {
      while (next < count) {
        const ms = await one(next++);
        if (ms === null) errors++;
        else lat.push(ms);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return {
      mode,
      sent: count,
      answered: lat.length,
      errors,
      latency: summarize(lat),
      wallMs: msSince(start),
    };
  };

  // Warm-up: JIT, the REST client's keep-alive connections.
  for (let i = 0; i < 50; i++) await one(i);
  const runs = [await run('sequential', 1), await run('100 at a time', 100)];
  fake.requests.length = 0;
  const mem = memory();
  await bot.stop(3000);
  await fake.close();
  const result: E2eResult = { runs, rssMB: mem.rssMB, heapMB: mem.heapMB };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    console.log(
      table(['mode', 'sent', 'answered', 'p50 ms', 'p99 ms', 'max ms', 'wall s'], runs.map(e2eRow)),
    );
    console.log('over 500 ms:', slow);
    console.log(
      `process (bot + fake Discord) after the runs: RSS ${mem.rssMB.toFixed(1)} MB, heap used ${mem.heapMB.toFixed(1)} MB; ${warnings} warnings logged`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `e2e bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
