// Import: a web page, an HTML file or a text → an article the indexer reads. The network and file edges are
// here and in fetch-page.ts; everything they hand on to (charset, sniff, html-article, text-article) is pure.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ArticleError, buildIndex } from '../article/indexer.ts';
import type { ArticleIndex } from '../article/types.ts';
import { decodeText, readMeta } from '../load.ts';
import { charsetFromContentType, decodeHtml, decodePlainText } from './charset.ts';
import { fetchPage, type FetchOptions } from './fetch-page.ts';
import { articleFromHtml } from './html-article.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { refuseBinary, sourceKind } from './sniff.ts';
import { articleFromText } from './text-article.ts';
import { ImportError, type ImportedArticle } from './types.ts';

export { IMPORT_LIMITS } from './limits.ts';
export { ImportError, type ImportErrorCode, type ImportedArticle, type ImportedMeta } from './types.ts';
export type { FetchOptions } from './fetch-page.ts';

export interface BytesSource {
  /** The attachment's or file's name: its extension says HTML or text when no content type does. */
  fileName: string;
  /** As sent with the bytes (`text/html; charset=windows-1252`); its charset is honoured. */
  contentType?: string | null;
  /** Where the bytes came from, kept as the article's source. */
  url?: string | null;
}

function titleFromName(fileName: string): string {
  return basename(fileName).replace(/\.[^.]+$/, '') || 'article';
}

function checkSize(size: number, max: number = IMPORT_LIMITS.maxBytes): void {
  if (size === 0) throw new ImportError('empty', 'the file is empty');
  if (size > max)
    throw new ImportError('too-large', `the file is too large (${size} bytes; the limit is ${max})`);
}

/** An attachment or any bytes: HTML or plain text (UTF-8 unless a charset is declared), else an ImportError. */
export function importFromBytes(bytes: Uint8Array, source: BytesSource): ImportedArticle {
  checkSize(bytes.length);
  refuseBinary(bytes);
  const charset = charsetFromContentType(source.contentType);
  const url = source.url ?? null;
  if (sourceKind(bytes, source.fileName, source.contentType) === 'html')
    return articleFromHtml(decodeHtml(bytes, charset), url);
  return articleFromText(decodePlainText(bytes, charset), {
    title: titleFromName(source.fileName),
    source: url,
  });
}

/**
 * A link: fetched within IMPORT_LIMITS (time, size, redirects), SSRF-guarded, then read as HTML or text.
 * Every refusal is an ImportError; nothing is fetched beyond the limits.
 */
export async function importFromUrl(url: string, options: FetchOptions = {}): Promise<ImportedArticle> {
  const page = await fetchPage(url, options);
  const name =
    decodeURIComponent(new URL(page.url).pathname.split('/').pop() ?? '') || new URL(page.url).hostname;
  return importFromBytes(page.bytes, { fileName: name, contentType: page.contentType, url: page.url });
}

/**
 * A saved page (`.html`, `.htm`) or a text file. A text file reads as `--article` always has: UTF-8 or
 * Latin-1, metadata from the `.json` beside it. A missing path is an ArticleError (the operator's mistake,
 * as in src/load.ts); what the file holds is judged with ImportError codes.
 */
export function importFromFile(path: string): ImportedArticle {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ArticleError(`not a file: ${path}`);
    size = stat.size;
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(`article file not found: ${path}`);
  }
  checkSize(size);
  const bytes = new Uint8Array(readFileSync(path));
  refuseBinary(bytes);
  if (sourceKind(bytes, path) === 'html') return importFromBytes(bytes, { fileName: basename(path) });
  return articleFromText(decodeText(bytes), readMeta(path));
}

/** The index of an imported article: its headings are kept as headings, never read as statements. */
export function indexImported(article: ImportedArticle, aliasGroups: string[][] = []): ArticleIndex {
  const { title, language, source, published } = article.meta;
  return buildIndex(article.text, { title, language, source, published }, aliasGroups, {
    headings: article.headings,
  });
}
