// The import contract: a source (web page, HTML file, plain-text file) becomes an article the indexer reads.
import type { ArticleMeta } from '../article/types.ts';

export interface ImportedMeta extends ArticleMeta {
  byline: string | null;
  siteName: string | null;
}

export interface ImportedArticle {
  /** Plain text, paragraphs separated by a blank line; the headline is not repeated in it. */
  text: string;
  meta: ImportedMeta;
  /** Paragraphs of `text` that were headings on the page: the indexer keeps them as headings, never as content. */
  headings: string[];
}

/** Why an import was refused; the front ends turn the code into a message in the user's language. */
export type ImportErrorCode =
  | 'bad-url'
  | 'private-address'
  | 'http-status'
  | 'timeout'
  | 'too-many-redirects'
  | 'not-article-type'
  | 'too-large'
  | 'no-article-body'
  | 'binary'
  | 'empty'
  | 'not-utf8'
  | 'network';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
