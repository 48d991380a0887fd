// The articles table as both stores see it: the row a SELECT returns, the columns a summary reads, the values an INSERT
// writes, in one place, so SQLite and PostgreSQL cannot drift apart. Only what differs stays in each store: the
// placeholders ($n or ?), how added_at is written and read back (TEXT vs TIMESTAMPTZ), the transactions.
import type { ArticleIndex } from '../article/types.ts';
import { articleId, contentHash, countParagraphs, countSpeakers } from './ids.ts';
import type { ArticleSummary, NewArticle, Scope } from './types.ts';

export interface ArticleRow {
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
  /** TEXT (ISO) in SQLite, TIMESTAMPTZ (a Date through pg) in PostgreSQL. */
  added_at: string | Date;
  paragraphs: number;
  statements: number;
  speakers: number;
  chars: number;
  text?: string;
  index_json?: string;
}

/** What a summary reads, in this order. */
export const SUMMARY_COLUMNS = `id, scope, title, source, published, byline, site_name, language, content_hash, added_by,
  added_at, paragraphs, statements, speakers, chars`;

/** The same columns of the `articles` table aliased `a` (for the join with current_articles). */
export const SUMMARY_COLUMNS_OF_A = SUMMARY_COLUMNS.replace(/(\w+)/g, 'a.$1');

/** The columns an INSERT writes, added_at last: each store supplies its own timestamp for it. */
export const INSERT_COLUMNS = `id, scope, title, source, published, byline, site_name, language, content_hash, text,
  index_json, added_by, paragraphs, statements, speakers, chars, added_at`;

/** The current article of a channel: the channel's override first (channel_id sorts after ''), then the scope's own. */
export function currentArticleSql(placeholder: (n: number) => string): string {
  return `SELECT ${SUMMARY_COLUMNS_OF_A} FROM current_articles c
      JOIN articles a ON a.id = c.article_id
     WHERE c.scope = ${placeholder(1)} AND c.channel_id IN ('', ${placeholder(2)})
     ORDER BY c.channel_id DESC LIMIT 1`;
}

/** The id, the hash and the values of INSERT_COLUMNS but added_at, in that order. */
export function insertValues(article: NewArticle): {
  id: string;
  hash: string;
  values: (string | number | null)[];
} {
  const hash = contentHash(article.text);
  const id = articleId(article.scope, hash);
  const index: ArticleIndex = article.index;
  return {
    id,
    hash,
    values: [
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
  };
}

export function toSummary(r: ArticleRow): ArticleSummary {
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
    addedAt: typeof r.added_at === 'string' ? r.added_at : r.added_at.toISOString(),
    paragraphs: r.paragraphs,
    statements: r.statements,
    speakers: r.speakers,
    chars: r.chars,
  };
}

/** A row read with text and index_json. */
export function toStored(r: ArticleRow): ArticleSummary & { text: string; index: ArticleIndex } {
  return { ...toSummary(r), text: r.text!, index: JSON.parse(r.index_json!) as ArticleIndex };
}
