// Load figures, honestly measured: the bot (gateway, then the HTTP endpoint) runs in this process; the fake Discord and
// the load generator run in another (bench/load/driver.ts). 1, 10 and 100 interactions in flight for each mode, plus a
// do-nothing endpoint (signature check, fixed answer) measured in the same run as the HTTP limit, plus 100 deferred
// answers at once with discord.js's own 50/s limit and with the bot's REST options.
// Run alone: `npx tsx bench/load.ts [--json] [--count N]`; bench/run.ts runs it as a child and prints its tables.
import { fork } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { startBot } from '../src/discord/bot.ts';
import { loadCommands } from '../src/discord/loader.ts';
import { LIMITS } from '../src/discord/limits.ts';
import { createLogger } from '../src/discord/logger.ts';
import { startHttpApp } from '../src/http/app.ts';
import { openLibrary } from '../src/library/setup.ts';
import { loadEngine } from '../src/load.ts';
import { slowCommand } from '../test/discord/helpers/slow-commands.ts';
import { startBaselineEndpoint } from './load/baseline-endpoint.ts';
import type { FromDriver, LoadRun, ToDriver } from './load/protocol.ts';
import { fmt, table } from './stats.ts';

const TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GbenchX.bench-token-not-a-secret-abcdefghijk';
export const IN_FLIGHT = [1, 10, 100] as const;

export interface LoadResult {
  runs: LoadRun[];
  deferred: { mode: string; spreadMs: number; lastMs: number; answered: number; sent: number }[];
  loadAverage: number[];
}

/** Compiled (dist/bench/, as bench/load-report.ts runs it): the driver is JavaScript too; from source, through tsx. */
const COMPILED = import.meta.url.endsWith('.js');

function driver() {
  const child = fork(resolve(import.meta.dirname, COMPILED ? 'load/driver.js' : 'load/driver.ts'), [], {
    execArgv: [
      ...(COMPILED ? [] : ['--import', 'tsx']),
      // e.g. --cpu-prof, to profile the harness side too
      ...(process.env.BENCH_DRIVER_FLAGS ?? '').split(' ').filter(Boolean),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: ((m: FromDriver) => void) | null = null;
  child.on('message', (m: FromDriver) => pending?.(m));
  const ask = <T extends FromDriver>(msg: ToDriver): Promise<T> =>
    new Promise((res, rej) => {
      pending = (m) => ('error' in m ? rej(new Error(m.error)) : res(m as T));
      child.send(msg);
    });
  return { child, ask };
}

/** A run, with this (the bot's) process's CPU time per answered interaction. Warm-ups are in the CPU time too. */
async function measured(run: () => Promise<Extract<FromDriver, { ok: 'run' }>>): Promise<LoadRun> {
  const before = process.cpuUsage();
  const r = (await run()).run;
  const used = process.cpuUsage(before);
  return { ...r, botCpuMs: (used.user + used.system) / 1000 / Math.max(1, r.answered + r.warmUp) };
}

export async function runLoad(count: number): Promise<LoadResult> {
  const quiet = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
  const engine = loadEngine();
  const commands = new Map(await loadCommands());
  commands.set('slow', slowCommand());
  const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  // As in production: every interaction resolves its server's article through the library (SQLite here).
  const articles = await openLibrary({ databasePath: join(dir, 'bot.sqlite'), defaultEngine: engine });
  const d = driver();
  const runs: LoadRun[] = [];
  const deferred: LoadResult['deferred'] = [];
  try {
    const fake = await d.ask<Extract<FromDriver, { ok: 'fake' }>>({ cmd: 'fake' });
    const config = { token: TOKEN, apiUrl: fake.apiUrl, cooldown: { max: 0, windowMs: 10_000 } };

    // Gateway bot, with the client's default REST options (what npm start uses).
    const bot = await startBot({ config, engine, logger: quiet, commands, library: articles.library });
    for (const n of IN_FLIGHT) {
      const r = await measured(() =>
        d.ask<Extract<FromDriver, { ok: 'run' }>>({
          cmd: 'gateway',
          mode: 'gateway bot',
          inFlight: n,
          count: n === 1 ? Math.min(count, 500) : count,
        }),
      );
      runs.push(r);
    }
    const burst = await d.ask<Extract<FromDriver, { ok: 'deferred' }>>({ cmd: 'deferred', count: 100 });
    deferred.push({ mode: 'bot REST options (interaction routes not held to 50/s)', sent: 100, ...burst });
    await bot.stop(3000);
    // The same burst with discord.js's own global limit, as before the fix.
    const old = await startBot({
      config,
      engine,
      logger: quiet,
      commands,
      rest: { globalRequestsPerSecond: LIMITS.globalRequestsPerSecond },
    });
    const before = await d.ask<Extract<FromDriver, { ok: 'deferred' }>>({ cmd: 'deferred', count: 100 });
    deferred.push({ mode: 'discord.js default (50/s global, edits included)', sent: 100, ...before });
    await old.stop(3000);

    // HTTP endpoint, then the do-nothing endpoint, each alone in this process.
    const keys = generateKeyPairSync('ed25519');
    const der = keys.publicKey.export({ format: 'der', type: 'spki' });
    const privateKeyPem = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const app = await startHttpApp({
      config,
      engine,
      logger: quiet,
      commands,
      library: articles.library,
      publicKey: der.subarray(der.length - 32).toString('hex'),
      port: 0,
      host: '127.0.0.1',
    });
    const httpUrl = `http://127.0.0.1:${app.port}/interactions`;
    const base = await startBaselineEndpoint(keys.publicKey);
    for (const n of IN_FLIGHT) {
      const c = n === 1 ? Math.min(count, 500) : count * 2;
      for (const [mode, url] of [
        ['HTTP endpoint', httpUrl],
        ['do-nothing endpoint (limit)', base.url],
      ] as const) {
        const r = await measured(() =>
          d.ask<Extract<FromDriver, { ok: 'run' }>>({
            cmd: 'http',
            mode,
            url,
            privateKeyPem,
            inFlight: n,
            count: c,
          }),
        );
        runs.push(r);
      }
    }
    await app.stop(3000);
    base.server.close();
    await d.ask({ cmd: 'stop' });
  } finally {
    d.child.kill();
    await articles.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs, deferred, loadAverage: (await import('node:os')).loadavg() };
}

export function loadRows(runs: readonly LoadRun[]): string[][] {
  return runs.map((r) => [
    r.mode,
    String(r.inFlight),
    `${r.answered}/${r.sent}`,
    fmt(r.latency.p50),
    fmt(r.latency.p99),
    fmt(r.latency.max),
    r.throughput.toFixed(0),
    r.botCpuMs === undefined ? '—' : r.botCpuMs.toFixed(3),
  ]);
}
export const LOAD_HEAD = [
  'mode',
  'in flight',
  'answered/sent',
  'p50 ms',
  'p99 ms',
  'max ms',
  'per s',
  'bot CPU ms each',
];
export const DEFERRED_HEAD = ['100 deferred answers at once', 'answered', 'edits spread ms', 'last edit ms'];
export function deferredRows(d: LoadResult['deferred']): string[][] {
  return d.map((x) => [x.mode, `${x.answered}/${x.sent}`, x.spreadMs.toFixed(0), x.lastMs.toFixed(0)]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const countArg = process.argv.indexOf('--count');
  const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 1000;
  runLoad(count)
    .then((r) => {
      if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(r) + '\n');
      else {
        console.log(table(LOAD_HEAD, loadRows(r.runs)));
        console.log(table(DEFERRED_HEAD, deferredRows(r.deferred)));
        console.log(`load average after: ${r.loadAverage.map((x) => x.toFixed(2)).join(' ')}`);
      }
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stderr.write(
        `load bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    });
}
