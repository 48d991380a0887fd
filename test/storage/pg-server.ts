// Where the PostgreSQL tests find a server: TEST_DATABASE_URL, else DATABASE_URL when it is a postgres:// URL (CI sets
// it from .ci/postgres.sh), else a throwaway server started here with .ci/postgres.sh when PostgreSQL is installed.
// When none of that works the caller skips, saying so in one line; it never skips silently.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const SCRIPT = resolve(import.meta.dirname, '../../.ci/postgres.sh');

export interface TestPostgres {
  url: string;
  /** A fresh schema name; each test gets its own, dropped by dropSchemas(). */
  schema(): string;
  dropSchemas(): Promise<void>;
  stop(): Promise<void>;
}

export async function testPostgres(): Promise<TestPostgres | { skipped: string }> {
  const fromEnv =
    process.env.TEST_DATABASE_URL ??
    (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);
  let url = fromEnv;
  let started = false;
  if (!url) {
    try {
      const out = await run(SCRIPT, ['start'], { timeout: 60_000 });
      url = out.stdout.trim();
      // Stop it afterwards only when this run started it (pg_ctl says so), not when it was already running.
      started = out.stderr.includes('server started');
    } catch (err) {
      const why = (err as { stderr?: string }).stderr?.trim().split('\n').at(-1) ?? String(err);
      return { skipped: `skipped: no PostgreSQL (set TEST_DATABASE_URL, or install postgresql): ${why}` };
    }
  }
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await admin.query('SELECT 1');
  } catch (err) {
    await admin.end();
    return { skipped: `skipped: no PostgreSQL at the test URL: ${(err as Error).message}` };
  }
  const schemas: string[] = [];
  const dropSchemas = async () => {
    for (const s of schemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  };
  return {
    url,
    schema() {
      const s = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(s);
      return s;
    },
    dropSchemas,
    async stop() {
      await dropSchemas();
      await admin.end();
      if (started) await run(SCRIPT, ['stop'], { timeout: 30_000 }).catch(() => undefined);
    },
  };
}
