// Why a library action was refused. The front ends turn the code into a short message in the user's language.
import type { ImportErrorCode } from '../import/types.ts';

export type LibraryErrorCode =
  | ImportErrorCode
  /** The scope already holds ARTICLE_LIMITS.articlesPerScope articles. */
  | 'too-many-articles'
  /** The text is longer than ARTICLE_LIMITS.charsPerArticle. */
  | 'too-long'
  /** More than ARTICLE_LIMITS.loadsPerScopePerMinute loads in the last minute. */
  | 'rate-limited'
  /** No article of this scope has that id or name. */
  | 'not-found'
  /** Indexing failed or took too long. */
  | 'index-failed';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    /** For 'rate-limited': when to try again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}
