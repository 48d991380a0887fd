// The networked ArticleStore: PostgreSQL through a `pg` pool, for several bot or HTTP instances sharing one database.
// Same contract and ids as the SQLite store (src/storage/types.ts, ids.ts). Writes to one scope are serialised across
// every instance by a transaction-scoped advisory lock on the scope, so the per-scope limit and the dedupe-by-hash
// check cannot race; migrations take a global advisory lock, so instances starting together migrate once.
import pg from 'pg';
import type { ArticleIndex } from '../article/types.ts';
import { articleId, contentHash, countParagraphs, countSpeakers } from './ids.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import type { Migration } from './sqlite-migrations.ts';
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

interface Row {
  id: string;
  scope: string;
  title: string;
  source: string | null;
  published: string | null;
  byline: string | null;
  site_name: string | null;
  language: string;
  content_hash: string;
  added_by: string;
  added_at: Date;
  paragraphs: number;
  statements: number;
  speakers: number;
  chars: number;
  text?: string;
  index_json?: string;
}

const SUMMARY = `id, scope, title, source, published, byline, site_name, language, content_hash, added_by, added_at,
  paragraphs, statements, speakers, chars`;

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
    const hash = contentHash(article.text);
    const id = articleId(article.scope, hash);
    return this.tx(async (c) => {
      await lockScope(c, article.scope);
      const existing = await c.query<Row>(
        `SELECT ${SUMMARY} FROM articles WHERE scope = $1 AND content_hash = $2`,
        [article.scope, hash],
      );
      let row = existing.rows[0];
      let created = false;
      if (!row) {
        const max = options.maxPerScope;
        if (max !== undefined && (await count(c, article.scope)) >= max) throw new ArticleLimitError(max);
        const index = article.index;
        const inserted = await c.query<Row>(
          `INSERT INTO articles (id, scope, title, source, published, byline, site_name, language, content_hash,
             text, index_json, added_by, added_at, paragraphs, statements, speakers, chars)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, clock_timestamp(), $13, $14, $15, $16)
           RETURNING ${SUMMARY}`,
          [
            id,
            article.scope,
            article.title,
            article.source,
            article.published,
            article.byline,
            article.siteName,
            article.language,
            hash,
            article.text,
            JSON.stringify(index),
            article.addedBy,
            countParagraphs(index),
            index.statements.length,
            countSpeakers(index),
            article.text.length,
          ],
        );
        row = inserted.rows[0] as Row;
        created = true;
      }
      await choose(c, article.scope, null, row.id);
      return { article: toSummary(row), created };
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.pool.query<Row>(`SELECT ${SUMMARY}, text, index_json FROM articles WHERE id = $1`, [
      id,
    ]);
    const row = r.rows[0];
    if (!row) return null;
    return { ...toSummary(row), text: row.text!, index: JSON.parse(row.index_json!) as ArticleIndex };
  }

  async listArticles(scope: Scope): Promise<ArticleSummary[]> {
    const r = await this.pool.query<Row>(
      `SELECT ${SUMMARY} FROM articles WHERE scope = $1 ORDER BY added_at DESC, id`,
      [scope],
    );
    return r.rows.map(toSummary);
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
    // The channel's override first (channel_id sorts after ''), then the scope's own choice.
    const r = await this.pool.query<Row>(
      `SELECT ${SUMMARY.replace(/(\w+)/g, 'a.$1')} FROM current_articles c
         JOIN articles a ON a.id = c.article_id
        WHERE c.scope = $1 AND c.channel_id IN ('', $2)
        ORDER BY c.channel_id DESC LIMIT 1`,
      [scope, channelId ?? ''],
    );
    return r.rows[0] ? toSummary(r.rows[0]) : null;
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

function toSummary(r: Row): ArticleSummary {
  return {
    id: r.id,
    scope: r.scope as Scope,
    title: r.title,
    source: r.source,
    published: r.published,
    byline: r.byline,
    siteName: r.site_name,
    language: r.language,
    contentHash: r.content_hash,
    addedBy: r.added_by,
    addedAt: r.added_at.toISOString(),
    paragraphs: r.paragraphs,
    statements: r.statements,
    speakers: r.speakers,
    chars: r.chars,
  };
}
