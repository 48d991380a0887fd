// The load and start-up part of npm run bench: runs bench/load.ts and bench/startup.ts as child processes (so the bot
// under test owns its process), and turns their JSON into the console lines, the README.bench.md section and the
// targets of issue 11.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { DEFERRED_HEAD, deferredRows, LOAD_HEAD, loadRows, type LoadResult } from './load.ts';
import type { Startup } from './startup.ts';
import { fmt, markdownTable, table } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface LoadReport {
  load: LoadResult | null;
  startup: Startup[] | null;
  loadBefore: number[];
  errors: string[];
}

/** The node flags of `npm start` (package.json), so the bot under load runs as the production process does. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> };
  return (pkg.scripts.start ?? '').split(/\s+/).filter((w) => w.startsWith('--'));
}

/** A bench script as a child: through tsx, or compiled (no tsx in the process at all) when `compiled` names it. */
function child<T>(script: string, args: string[], timeoutMs: number, compiled?: string): T {
  const out = execFileSync(
    process.execPath,
    [
      ...(compiled ? [...startFlags(), compiled] : ['--import', 'tsx', `${ROOT}/bench/${script}`]),
      '--json',
      ...args,
    ],
    {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

export function runLoadReport(quick: boolean): LoadReport {
  const errors: string[] = [];
  const loadBefore = loadavg();
  let load: LoadResult | null = null;
  let startup: Startup[] | null = null;
  try {
    // The bot under load runs compiled, as npm start and npm run start:http run it (tsconfig.bench.json).
    execFileSync(process.execPath, [`${ROOT}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.bench.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    load = child<LoadResult>(
      'load.ts',
      ['--count', quick ? '200' : '1000'],
      240_000,
      `${ROOT}/dist/bench/bench/load.js`,
    );
  } catch (err) {
    errors.push(`load child failed: ${(err as Error).message.split('\n')[0]}`);
  }
  try {
    startup = child<Startup[]>('startup.ts', [], 120_000);
  } catch (err) {
    errors.push(`startup child failed: ${(err as Error).message.split('\n')[0]}`);
  }
  return { load, startup, loadBefore, errors };
}

const STARTUP_HEAD = [
  'process (compiled, node)',
  'engine ready ms',
  'store open ms',
  'start-up done ms',
  'ready ms',
  'RSS at ready MB',
  'RSS MB',
  'peak RSS MB',
];

function startupRows(s: readonly Startup[]): string[][] {
  return s.map((x) => [
    x.mode,
    fmt(x.engineReadyMs, 0),
    fmt(x.storageReadyMs, 0),
    fmt(x.loginStartMs, 0),
    fmt(x.readyMs, 0),
    Number.isFinite(x.readyRssMB) ? x.readyRssMB.toFixed(1) : '—',
    x.rssMB.toFixed(1),
    x.peakRssMB.toFixed(1),
  ]);
}

const machineLoad = (r: LoadReport) =>
  `load average (1/5/15 min) before the runs: ${r.loadBefore.map((x) => x.toFixed(2)).join(' / ')}` +
  (r.load ? `; after: ${r.load.loadAverage.map((x) => x.toFixed(2)).join(' / ')}` : '');

export function loadConsole(r: LoadReport): string[] {
  const lines = [...r.errors];
  if (r.load) {
    lines.push(
      table(LOAD_HEAD, loadRows(r.load.runs)),
      '',
      table(DEFERRED_HEAD, deferredRows(r.load.deferred)),
    );
  }
  if (r.startup) lines.push('', table(STARTUP_HEAD, startupRows(r.startup)));
  lines.push(machineLoad(r));
  return lines;
}

export function loadMarkdown(r: LoadReport): string[] {
  if (!r.load && !r.startup) return [];
  return [
    '### Load: gateway bot and HTTP endpoint',
    '',
    'The bot runs alone in one process, compiled (`tsconfig.bench.json` → `dist/bench/`) and with `npm start`’s node ' +
      'flags (the bundled discord.js, a 1 MB young generation), as in production; the fake Discord (REST + gateway) ' +
      'and the load generator run in another, compiled too (`bench/load.ts`, `bench/load/driver.ts`), so ' +
      "connection handling in the harness never waits on the bot's event loop. Closed loop with 1, 10 and 100 interactions in flight; 80 % `/ask` with the evaluation " +
      'questions, 20 % `/said` autocomplete; every interaction resolves its server’s article through the SQLite ' +
      'library as in production. Gateway latency: the fake sending INTERACTION_CREATE → the callback (or the edit, ' +
      'when deferred) arriving. HTTP latency: the signed POST sent → the response read; requests are signed before ' +
      'the clock starts. The do-nothing endpoint reads the body, checks the Ed25519 signature and returns a fixed ' +
      'answer: the limit of this machine, measured in the same run. “Bot CPU ms each”: CPU time of the bot’s ' +
      'process per interaction, which moves far less than latency when other processes load the machine.',
    '',
    ...(r.load ? [markdownTable(LOAD_HEAD, loadRows(r.load.runs)), ''] : []),
    ...(r.load
      ? [
          '100 slow commands at once (they defer, then edit `@original`): with discord.js’s default REST options the ' +
            'edits are held to its own 50-per-second global limit, although Discord exempts interaction webhooks; ' +
            'the bot’s client lifts that ceiling (`src/discord/client.ts`, test `test/discord/deferred-burst.test.ts`).',
          '',
          markdownTable(DEFERRED_HEAD, deferredRows(r.load.deferred)),
          '',
        ]
      : []),
    ...(r.startup
      ? [
          'Start-up and memory of the production processes, compiled JavaScript under node with the flags of ' +
            '`npm start` and `npm run start:http` (`bench/startup.ts`): milliseconds from spawn to each log event ' +
            '(“start-up done”: everything but the gateway log-in, discord.js and the commands loaded), RSS once ' +
            'ready and after 1 000 interactions answered one after the other.',
          '',
          markdownTable(STARTUP_HEAD, startupRows(r.startup)),
          '',
        ]
      : []),
    machineLoad(r) + '.',
    '',
  ];
}

export function loadTargets(r: LoadReport, met: (ok: boolean | null) => string): string[][] {
  const run = (mode: string, n: number) => r.load?.runs.find((x) => x.mode === mode && x.inFlight === n);
  const gw = run('gateway bot', 100);
  const http = run('HTTP endpoint', 100);
  const limit = run('do-nothing endpoint (limit)', 100);
  const gwStart = r.startup?.find((s) => s.mode.startsWith('gateway'));
  const share = http && limit ? http.throughput / limit.throughput : null;
  const fixed = r.load?.deferred[0];
  return [
    [
      'gateway, 100 in flight: p99 ≤ 250 ms, all answered',
      gw ? `${fmt(gw.latency.p99)} ms, ${gw.answered}/${gw.sent}` : '—',
      met(gw ? gw.latency.p99 <= 250 && gw.answered === gw.sent : null),
    ],
    [
      'HTTP, 100 in flight: p99 ≤ 100 ms',
      http ? `${fmt(http.latency.p99)} ms, ${http.answered}/${http.sent}` : '—',
      met(http ? http.latency.p99 <= 100 && http.answered === http.sent : null),
    ],
    [
      'HTTP throughput ≥ 60 % of the do-nothing endpoint',
      share !== null
        ? `${(share * 100).toFixed(0)} % (${http!.throughput.toFixed(0)} / ${limit!.throughput.toFixed(0)} per s)`
        : '—',
      met(share !== null ? share >= 0.6 : null),
    ],
    [
      '100 deferred answers: no 50/s queue',
      fixed ? `edits within ${fixed.spreadMs.toFixed(0)} ms, ${fixed.answered}/${fixed.sent}` : '—',
      met(fixed ? fixed.spreadMs < 500 && fixed.answered === fixed.sent : null),
    ],
    [
      'bot ready ≤ 1 s after start (log-in aside)',
      gwStart ? `${fmt(gwStart.loginStartMs, 0)} ms` : '—',
      met(gwStart ? gwStart.loginStartMs <= 1000 : null),
    ],
    [
      'bot RSS ≤ 100 MB (npm start, 1 000 answered)',
      gwStart ? `${gwStart.rssMB.toFixed(1)} MB` : '—',
      met(gwStart ? gwStart.rssMB <= 100 : null),
    ],
  ];
}
