// The embedded ArticleStore: one SQLite file (better-sqlite3, synchronous, so each call runs to the end without
// interleaving). WAL journal with synchronous=FULL: a committed write survives a crash, kill -9 or power loss, and a
// write interrupted before its commit leaves nothing behind. Every write is one IMMEDIATE transaction, so two bot
// processes sharing the file queue their writes (busy_timeout) instead of failing half-way.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  currentArticleSql,
  INSERT_COLUMNS,
  insertValues,
  SUMMARY_COLUMNS,
  toStored,
  toSummary,
  type ArticleRow as Row,
} from './rows.ts';
import { SQLITE_MIGRATIONS, type Migration } from './sqlite-migrations.ts';
import {
  ArticleLimitError,
  type ArticleStore,
  type ArticleSummary,
  type NewArticle,
  type Scope,
  type StoredArticle,
} from './types.ts';

export interface SqliteStoreOptions {
  /** Test seam: called inside each write transaction, before its commit (the crash test stops the process there). */
  beforeCommit?: (operation: string) => void;
  migrations?: readonly Migration[];
  now?: () => Date;
}

/** The file's directory is created when missing; ':memory:' gives a private in-memory database (tests). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  return new SqliteStore(new Database(path), options);
}

/** Read on every interaction: built once, not per call. */
const CURRENT_SQL = currentArticleSql(() => '?');
const INSERT_SQL = `INSERT INTO articles (${INSERT_COLUMNS}) VALUES (${Array(17).fill('?').join(', ')})`;

export class SqliteStore implements ArticleStore {
  private closed = false;
  /** Prepared once per SQL text: preparing costs more than running these small queries (every question runs one). */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteStoreOptions = {},
  ) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  }

  async migrate(): Promise<void> {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(
      (this.stmt('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    for (const m of this.options.migrations ?? SQLITE_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.write(`migration ${m.version}`, () => {
        // Another process may have applied it between the read above and this lock.
        if (this.stmt('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
        this.db.exec(m.sql);
        this.stmt('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          this.now(),
        );
      });
    }
  }

  /** The schema version (the highest applied migration), 0 before migrate(). */
  schemaVersion(): number {
    const has = this.stmt(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    ).get();
    if (!has) return 0;
    const row = this.stmt('SELECT MAX(version) AS v FROM schema_migrations').get() as {
      v: number | null;
    };
    return row.v ?? 0;
  }

  async addArticle(
    article: NewArticle,
    options: { maxPerScope?: number } = {},
  ): Promise<{ article: ArticleSummary; created: boolean }> {
    const { id, hash, values } = insertValues(article);
    return this.write('addArticle', () => {
      const existing = this.stmt(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE scope = ? AND content_hash = ?`,
      ).get(article.scope, hash) as Row | undefined;
      let created = false;
      if (!existing) {
        const max = options.maxPerScope;
        if (max !== undefined && this.count(article.scope) >= max) throw new ArticleLimitError(max);
        this.stmt(INSERT_SQL).run(...values, this.now());
        created = true;
      }
      const row =
        existing ?? (this.stmt(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`).get(id) as Row);
      this.choose(article.scope, null, row.id);
      return { article: toSummary(row), created };
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.stmt(`SELECT ${SUMMARY_COLUMNS}, text, index_json FROM articles WHERE id = ?`).get(
      id,
    ) as Row | undefined;
    return row ? toStored(row) : null;
  }

  async listArticles(scope: Scope): Promise<ArticleSummary[]> {
    const rows = this.stmt(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE scope = ? ORDER BY added_at DESC, id`,
    ).all(scope) as Row[];
    return rows.map(toSummary);
  }

  async countArticles(scope: Scope): Promise<number> {
    return this.count(scope);
  }

  async removeArticle(scope: Scope, id: string): Promise<boolean> {
    return this.write('removeArticle', () => {
      // The current choices go with it (ON DELETE CASCADE), in the same transaction.
      const { changes } = this.stmt('DELETE FROM articles WHERE scope = ? AND id = ?').run(scope, id);
      return changes > 0;
    });
  }

  async setCurrent(scope: Scope, channelId: string | null, id: string): Promise<boolean> {
    return this.write('setCurrent', () => {
      const owned = this.stmt('SELECT 1 FROM articles WHERE scope = ? AND id = ?').get(scope, id);
      if (!owned) return false;
      this.choose(scope, channelId, id);
      return true;
    });
  }

  async currentArticle(scope: Scope, channelId: string | null): Promise<ArticleSummary | null> {
    const row = this.stmt(CURRENT_SQL).get(scope, channelId ?? '') as Row | undefined;
    return row ? toSummary(row) : null;
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return (this.stmt('SELECT 1 AS ok').get() as { ok: number }).ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  private count(scope: Scope): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM articles WHERE scope = ?').get(scope) as { n: number }).n;
  }

  private choose(scope: Scope, channelId: string | null, id: string): void {
    this.stmt(
      `INSERT INTO current_articles (scope, channel_id, article_id, set_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (scope, channel_id) DO UPDATE SET article_id = excluded.article_id, set_at = excluded.set_at`,
    ).run(scope, channelId ?? '', id, this.now());
  }

  /** One IMMEDIATE transaction: it takes the write lock first, so it never fails half-way on a busy database. */
  private write<T>(operation: string, body: () => T): T {
    const tx = this.db.transaction(() => {
      const result = body();
      this.options.beforeCommit?.(operation);
      return result;
    });
    return tx.immediate();
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}
