// Which store a process opens: PostgreSQL when DATABASE_URL is a postgres:// URL (several instances share it), else the
// embedded SQLite file (one machine). Both implement the same ArticleStore contract.
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { ArticleStore } from './types.ts';

export interface StoreChoice {
  databaseUrl: string | null;
  databasePath: string;
}

export function openStore(choice: StoreChoice): ArticleStore {
  return choice.databaseUrl ? openPostgresStore(choice.databaseUrl) : openSqliteStore(choice.databasePath);
}

/** For logs and /health: which database, never its password. */
export function describeStore(choice: StoreChoice): string {
  if (!choice.databaseUrl) return `sqlite:${choice.databasePath}`;
  const u = new URL(choice.databaseUrl);
  return `postgres://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}
