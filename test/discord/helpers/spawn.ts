// Run an npm script as a user would, isolated from the developer's own .env and Discord settings.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no DISCORD_* or other bot settings inherited, and dotenv pointed at a file that does not exist. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(DISCORD_|ARTICLE_PATH|LOG_LEVEL|COOLDOWN_|SHARD|VITEST|NODE_OPTIONS|HTTP_PORT|HEALTH_PORT|DATABASE_URL|DATABASE_PATH|ENGINE_CACHE_)/.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  return {
    ...env,
    DOTENV_CONFIG_PATH: resolve(ROOT, 'test/discord/helpers/no-such.env'),
    npm_config_update_notifier: 'false',
    // A private in-memory database unless a test gives a file: no test writes ./var/bot.sqlite.
    DATABASE_PATH: ':memory:',
    ...extra,
  };
}

export function runScript(script: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`npm run ${script} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

export interface BotProcess {
  child: ChildProcess;
  /** Everything written so far. */
  out(): { stdout: string; stderr: string };
  /** The JSON log lines written to stdout so far. */
  lines(): Record<string, unknown>[];
  exited: Promise<number | null>;
  /** SIGKILL the process and its children (its own process group), if still running. */
  kill(): void;
}

/**
 * Run a bot entry point (src/discord/main.ts, sharded.ts) with tsx, without npm in between: npm re-raises a signal on
 * itself, hiding the exit code. Its own process group, so kill() ends it and any shard processes together.
 */
export function spawnBot(entry: string, env: NodeJS.ProcessEnv): BotProcess {
  // Compiled entries (dist/…/*.js, what npm start runs) run with node, after a build when sources changed.
  const compiled = entry.endsWith('.js');
  if (compiled) ensureBuilt();
  const runner = compiled ? process.execPath : resolve(ROOT, 'node_modules/.bin/tsx');
  const child = spawn(runner, compiled ? [...productionFlags(), entry] : [entry], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    out: () => ({ stdout, stderr }),
    lines: () =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
    kill() {
      if (!child.pid || child.exitCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/** The node flags `npm start` runs the compiled bot with (package.json), so a spawned process is the production one. */
export function productionFlags(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts.start ?? '').split(/\s+/).filter((w) => w.startsWith('--'));
}

/** dist/ up to date with the sources (what `npm test`'s pretest does, for a test file run alone). */
export function ensureBuilt(): void {
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-if-stale.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
