// The storage contract: articles per scope (a server, or one user in DMs), the current article per scope and per
// channel. SQLite (embedded default) and PostgreSQL both implement it; the bot and the HTTP endpoint only see this.
// Every method is async so a networked database fits the same shape; every write is one transaction.
import type { ArticleIndex } from '../article/types.ts';

/** Where an article belongs: `guild:<id>` for a server, `user:<id>` for one user's DMs and user installs. */
export type Scope = `guild:${string}` | `user:${string}`;

export interface ArticleSummary {
  /** Stable id, unique across scopes. */
  id: string;
  scope: Scope;
  title: string;
  /** The URL it was loaded from, or the attachment's file name. */
  source: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  byline: string | null;
  siteName: string | null;
  language: string;
  /** sha256 of the article's text: the same article loaded twice in one scope is one article. */
  contentHash: string;
  /** Discord user id of whoever loaded it. */
  addedBy: string;
  /** ISO timestamp. */
  addedAt: string;
  paragraphs: number;
  statements: number;
  speakers: number;
  /** Length of the text in characters (the engine cache sizes entries by it). */
  chars: number;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  /** The index as built when the article was loaded, so a restart does not re-index. */
  index: ArticleIndex;
}

export interface NewArticle {
  scope: Scope;
  title: string;
  source: string | null;
  published: string | null;
  byline: string | null;
  siteName: string | null;
  language: string;
  text: string;
  index: ArticleIndex;
  addedBy: string;
}

export interface ArticleStore {
  /** Creates the schema or brings it up to date (versioned migrations). Idempotent. */
  migrate(): Promise<void>;
  /**
   * Stores an article (deduplicated by content hash within its scope) and, in the same transaction, makes it the
   * scope's current article. `created` is false when the same text was already there. The id is
   * `articleId(scope, contentHash(text))` (src/storage/ids.ts), so every implementation gives the same ids. Throws
   * ArticleLimitError, storing nothing, when the scope already holds `maxPerScope` other articles.
   */
  addArticle(
    article: NewArticle,
    options?: { maxPerScope?: number },
  ): Promise<{ article: ArticleSummary; created: boolean }>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(scope: Scope): Promise<ArticleSummary[]>;
  countArticles(scope: Scope): Promise<number>;
  /** Removes the article and every current-article choice that pointed at it. False when it was not there. */
  removeArticle(scope: Scope, id: string): Promise<boolean>;
  /**
   * `channelId` null sets the scope's current article; a channel id sets that channel's override. False (and nothing
   * changed) when the article is not one of this scope's.
   */
  setCurrent(scope: Scope, channelId: string | null, articleId: string): Promise<boolean>;
  /** The channel's override, else the scope's current article, else null (the caller falls back to the default). */
  currentArticle(scope: Scope, channelId: string | null): Promise<ArticleSummary | null>;
  /** True when the database answers (health checks). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The scope is full: nothing was stored and the current article is unchanged. */
export class ArticleLimitError extends Error {
  readonly code = 'too-many-articles';
  constructor(readonly limit: number) {
    super(`this scope already holds ${limit} articles`);
    this.name = 'ArticleLimitError';
  }
}
