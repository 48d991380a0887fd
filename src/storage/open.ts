// Which store a process opens: PostgreSQL when DATABASE_URL is a postgres:// URL (several instances share it), else the
// embedded SQLite file (one machine). Both implement the same ArticleStore contract.
import type { ArticleStore } from './types.ts';

export interface StoreChoice {
  databaseUrl: string | null;
  databasePath: string;
}

/** Only the driver in use is loaded (pg or better-sqlite3): less memory and start-up time for the other mode. */
export async function openStore(choice: StoreChoice): Promise<ArticleStore> {
  if (choice.databaseUrl) return (await import('./postgres.ts')).openPostgresStore(choice.databaseUrl);
  return (await import('./sqlite.ts')).openSqliteStore(choice.databasePath);
}

/** For logs and /health: which database, never its password. */
export function describeStore(choice: StoreChoice): string {
  if (!choice.databaseUrl) return `sqlite:${choice.databasePath}`;
  const u = new URL(choice.databaseUrl);
  return `postgres://${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}
