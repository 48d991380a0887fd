// The SQLite schema, as numbered migrations. Never edit a migration once released: add the next one. Each runs in its
// own transaction with the bump of schema_migrations, so a crash leaves the database at the previous version.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
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
        -- The ArticleIndex as JSON: a restart reads it back instead of re-indexing.
        index_json    TEXT NOT NULL,
        added_by      TEXT NOT NULL,
        added_at      TEXT NOT NULL,
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
        set_at      TEXT NOT NULL,
        PRIMARY KEY (scope, channel_id)
      );
      CREATE INDEX current_by_article ON current_articles (article_id);
    `,
  },
];
