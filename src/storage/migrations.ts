// The schema both stores share, as numbered migrations: the same tables and indexes, each database with its own
// timestamp type. Never edit a released migration: add the next one. Each runs in one transaction with its
// schema_migrations row, so a crash leaves the database at the previous version.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** TEXT holding ISO strings in SQLite (it has no timestamp type), TIMESTAMPTZ in PostgreSQL. */
export type TimestampType = 'TEXT' | 'TIMESTAMPTZ';

export function migrations(timestamp: TimestampType): readonly Migration[] {
  return [
    {
      version: 1,
      name: 'articles and current choices',
      sql: `
      CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        scope         TEXT NOT NULL,
        title         TEXT NOT NULL,
        source        TEXT,
        published     TEXT,
        byline        TEXT,
        site_name     TEXT,
        language      TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        text          TEXT NOT NULL,
        -- The ArticleIndex as JSON text: a restart reads it back whole instead of re-indexing (never queried inside).
        index_json    TEXT NOT NULL,
        added_by      TEXT NOT NULL,
        added_at      ${timestamp} NOT NULL,
        paragraphs    INTEGER NOT NULL,
        statements    INTEGER NOT NULL,
        speakers      INTEGER NOT NULL,
        chars         INTEGER NOT NULL,
        UNIQUE (scope, content_hash)
      );
      CREATE INDEX articles_by_scope ON articles (scope, added_at);
      -- channel_id '' is the scope's own choice; any other value a channel's override.
      CREATE TABLE current_articles (
        scope       TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        set_at      ${timestamp} NOT NULL,
        PRIMARY KEY (scope, channel_id)
      );
      CREATE INDEX current_by_article ON current_articles (article_id);
    `,
    },
  ];
}
