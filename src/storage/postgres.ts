// The networked ArticleStore: PostgreSQL through a `pg` pool, for several bot or HTTP instances sharing one database.
// Same contract and ids as the SQLite store (src/storage/types.ts, ids.ts). Writes to one scope are serialised across
// every instance by a transaction-scoped advisory lock on the scope, so the per-scope limit and the dedupe-by-hash
// check cannot race; migrations take a global advisory lock, so instances starting together migrate once.
import pg from 'pg';
// The row mapping, columns and insert shape shared with the SQLite store.
import * as rows from './rows.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import type { Migration } from './migrations.ts';
import {
  ArticleLimitError,
  type ArticleStore,
  type ArticleSummary,
  type NewArticle,
  type Scope,
  type StoredArticle,
} from './types.ts';

export interface PostgresStoreOptions {
  /** A schema of its own (created when missing); tests use one per test, `public` otherwise. */
  schema?: string;
  migrations?: readonly Migration[];
  /** Pool size: a handful is plenty, each question is one short query. */
  max?: number;
}

/** An arbitrary constant: the advisory-lock key migrations hold (one per database). */
const MIGRATION_LOCK = 727_001;

export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 5,
    // Every connection works in the store's schema; it is created by migrate().
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return new PostgresStore(pool, schema, options.migrations ?? POSTGRES_MIGRATIONS);
}

const CURRENT_SQL = rows.currentArticleSql((n) => `$${n}`);
// added_at from the server's clock, as the transaction runs.
const INSERT_SQL = `INSERT INTO articles (${rows.INSERT_COLUMNS})
  VALUES (${Array.from({ length: 16 }, (_, i) => `$${i + 1}`).join(', ')}, clock_timestamp())
  RETURNING ${rows.SUMMARY_COLUMNS}`;

export class PostgresStore implements ArticleStore {
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly migrations: readonly Migration[],
  ) {}

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    });
    for (const m of this.migrations)
      await this.tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        const done = await c.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
        if (done.rowCount) return;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
          m.version,
          m.name,
        ]);
      });
  }

  async schemaVersion(): Promise<number> {
    const r = await this.pool.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM schema_migrations`);
    return r.rows[0]?.v ?? 0;
  }

  async addArticle(
    article: NewArticle,
    options: { maxPerScope?: number } = {},
  ): Promise<{ article: ArticleSummary; created: boolean }> {
    const { hash, values } = rows.insertValues(article);
    return this.tx(async (c) => {
      await lockScope(c, article.scope);
      const existing = await c.query<rows.ArticleRow>(
        `SELECT ${rows.SUMMARY_COLUMNS} FROM articles WHERE scope = $1 AND content_hash = $2`,
        [article.scope, hash],
      );
      let row = existing.rows[0];
      let created = false;
      if (!row) {
        const max = options.maxPerScope;
        if (max !== undefined && (await count(c, article.scope)) >= max) throw new ArticleLimitError(max);
        const inserted = await c.query<rows.ArticleRow>(INSERT_SQL, values);
        row = inserted.rows[0] as rows.ArticleRow;
        created = true;
      }
      await choose(c, article.scope, null, row.id);
      return { article: rows.toSummary(row), created };
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.pool.query<rows.ArticleRow>(
      `SELECT ${rows.SUMMARY_COLUMNS}, text, index_json FROM articles WHERE id = $1`,
      [id],
    );
    return r.rows[0] ? rows.toStored(r.rows[0]) : null;
  }

  async listArticles(scope: Scope): Promise<ArticleSummary[]> {
    const r = await this.pool.query<rows.ArticleRow>(
      `SELECT ${rows.SUMMARY_COLUMNS} FROM articles WHERE scope = $1 ORDER BY added_at DESC, id`,
      [scope],
    );
    return r.rows.map(rows.toSummary);
  }

  async countArticles(scope: Scope): Promise<number> {
    return count(this.pool, scope);
  }

  async removeArticle(scope: Scope, id: string): Promise<boolean> {
    return this.tx(async (c) => {
      await lockScope(c, scope);
      // The current choices go with it (ON DELETE CASCADE), in the same transaction.
      const r = await c.query('DELETE FROM articles WHERE scope = $1 AND id = $2', [scope, id]);
      return (r.rowCount ?? 0) > 0;
    });
  }

  async setCurrent(scope: Scope, channelId: string | null, id: string): Promise<boolean> {
    return this.tx(async (c) => {
      await lockScope(c, scope);
      const owned = await c.query('SELECT 1 FROM articles WHERE scope = $1 AND id = $2', [scope, id]);
      if (!owned.rowCount) return false;
      await choose(c, scope, channelId, id);
      return true;
    });
  }

  async currentArticle(scope: Scope, channelId: string | null): Promise<ArticleSummary | null> {
    const r = await this.pool.query<rows.ArticleRow>(CURRENT_SQL, [scope, channelId ?? '']);
    return r.rows[0] ? rows.toSummary(r.rows[0]) : null;
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return (await this.pool.query('SELECT 1 AS ok')).rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async tx<T>(body: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await body(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }
}

/** Serialise writes to one scope across every instance until this transaction ends. */
async function lockScope(c: pg.PoolClient, scope: Scope): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [scope]);
}

async function count(q: pg.Pool | pg.PoolClient, scope: Scope): Promise<number> {
  const r = await q.query<{ n: string }>('SELECT COUNT(*) AS n FROM articles WHERE scope = $1', [scope]);
  return Number(r.rows[0]?.n ?? 0);
}

async function choose(c: pg.PoolClient, scope: Scope, channelId: string | null, id: string): Promise<void> {
  await c.query(
    `INSERT INTO current_articles (scope, channel_id, article_id, set_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (scope, channel_id) DO UPDATE SET article_id = excluded.article_id, set_at = excluded.set_at`,
    [scope, channelId ?? '', id],
  );
}
