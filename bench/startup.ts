// Start-up and memory of the production processes, as `npm start` and `npm run start:http` run them (compiled
// JavaScript under node): time from spawn to the default article's engine being ready and to the store being open
// (everything but the log-in), to ready (logged in to the local fake Discord / listening), and RSS after 1000
// interactions. Run alone: `npx tsx bench/startup.ts [--json]`.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../test/discord/helpers/spawn.ts';
import { FakeDiscord } from '../test/fake-discord/server.ts';
import { payload } from './load/mix.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GbenchX.bench-token-not-a-secret-abcdefghijk';

export interface Startup {
  mode: string;
  /** ms from spawn to each log event. */
  engineReadyMs: number;
  storageReadyMs: number;
  /** Start-up done: what is left is the gateway log-in (gateway) — for HTTP, ready itself. */
  loginStartMs: number;
  readyMs: number;
  /** Right after ready, before any interaction. */
  readyRssMB: number;
  /** After `answered` interactions. */
  rssMB: number;
  peakRssMB: number;
  answered: number;
  exitCode: number | null;
}

/**
 * The node flags of the npm script that runs `entry` (package.json: --conditions=bundled for the bundled discord.js,
 * --max-semi-space-size for memory), so the figures are the production process's.
 */
function nodeFlags(entry: string): string[] {
  // BENCH_NODE_FLAGS tries other flags without editing package.json.
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = Object.values(pkg.scripts).find((s) => s.startsWith('node ') && s.endsWith(` ${entry}`));
  if (!script) throw new Error(`no npm script runs ${entry}`);
  return script.split(/\s+/).filter((w) => w.startsWith('--'));
}

function procMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function measure(
  mode: string,
  entry: string,
  env: Record<string, string>,
  answer: (i: number, port: number) => Promise<boolean>,
): Promise<Startup> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlags(entry), join(ROOT, entry)], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_PATH: join(dir, 'none.env'),
      DATABASE_PATH: join(dir, 'bot.sqlite'),
      COOLDOWN_MAX: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const at: Record<string, number> = {};
  let port = 0;
  let buf = '';
  const ready = new Promise<void>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      buf += String(d);
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        const ev = JSON.parse(line) as { event?: string; port?: number };
        if (ev.event && !(ev.event in at)) at[ev.event] = performance.now() - t0;
        if (ev.event === 'ready') {
          port = ev.port ?? 0;
          res();
        }
      }
    });
    child.once('exit', (code) => rej(new Error(`${mode} exited with ${code} before ready`)));
  });
  await ready;
  const readyRssMB = procMB(child.pid!, 'VmRSS');
  let answered = 0;
  for (let i = 0; i < 1000; i++) if (await answer(i, port)) answered++;
  const rssMB = procMB(child.pid!, 'VmRSS');
  const peakRssMB = procMB(child.pid!, 'VmHWM');
  const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  child.kill('SIGTERM');
  const exitCode = await exited;
  rmSync(dir, { recursive: true, force: true });
  return {
    mode,
    engineReadyMs: at['engine-ready'] ?? NaN,
    storageReadyMs: at['storage-ready'] ?? NaN,
    loginStartMs: at['logging-in'] ?? at.ready ?? NaN,
    readyMs: at.ready ?? NaN,
    readyRssMB,
    rssMB,
    peakRssMB,
    answered,
    exitCode,
  };
}

export async function runStartup(): Promise<Startup[]> {
  ensureBuilt();
  const fake = await new FakeDiscord().start();
  const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId, locale: 'fr' };
  const out: Startup[] = [];
  out.push(
    await measure(
      'gateway bot (npm start)',
      'dist/src/discord/main.js',
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl },
      async (i) => {
        const p = payload(i, who);
        const reply = fake.callbackFor(p.id, 5000);
        fake.dispatchInteraction(p);
        const ok = await reply.then(
          () => true,
          () => false,
        );
        fake.requests.length = 0;
        return ok;
      },
    ),
  );
  const keys = generateKeyPairSync('ed25519');
  const der = keys.publicKey.export({ format: 'der', type: 'spki' });
  out.push(
    await measure(
      'HTTP endpoint (npm run start:http)',
      'dist/src/http/main.js',
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_PUBLIC_KEY: der.subarray(der.length - 32).toString('hex'),
        HTTP_PORT: '0',
      },
      async (i, port) => {
        const body = JSON.stringify(payload(i, who));
        const ts = String(Math.floor(Date.now() / 1000));
        const sig = sign(null, Buffer.from(ts + body), keys.privateKey).toString('hex');
        const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-signature-ed25519': sig,
            'x-signature-timestamp': ts,
          },
          body,
        });
        await res.arrayBuffer();
        return res.status === 200;
      },
    ),
  );
  await fake.close();
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  runStartup()
    .then((r) => {
      process.stdout.write(
        process.argv.includes('--json') ? JSON.stringify(r) + '\n' : JSON.stringify(r, null, 2) + '\n',
      );
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stderr.write(
        `startup bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    });
}
