// The file edge: reads an article, its metadata and the optional data files, then builds the engine once.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ArticleError, buildIndex } from './article/indexer.ts';
import { DEFAULT_ARTICLE, engineOptions, readAliasGroups } from './data-files.ts';
import { decodeUtf8OrWindows1252 } from './import/charset.ts';
import type { ArticleIndex, ArticleMeta } from './article/types.ts';
import { createEngine } from './search/engine.ts';
import type { Engine } from './search/types.ts';

export {
  DEFAULT_ARTICLE,
  engineOptions,
  readAliasGroups,
  readGlossary,
  readSynonyms,
  readVerbClasses,
  ROOT,
} from './data-files.ts';

/** Larger files are refused rather than read: a news article is a few kilobytes. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export { ArticleError };

export interface LoadOptions {
  articlePath?: string;
}

/** UTF-8 when it is valid (BOM dropped), else Latin-1 (as windows-1252), which every byte sequence is. */
export const decodeText: (bytes: Uint8Array) => string = decodeUtf8OrWindows1252;

export function readArticle(path: string): { text: string; meta: ArticleMeta } {
  if (!existsSync(path)) throw new ArticleError(`article file not found: ${path}`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new ArticleError(`not a file: ${path}`);
  if (stat.size === 0) throw new ArticleError(`article file is empty: ${path}`);
  if (stat.size > MAX_ARTICLE_BYTES)
    throw new ArticleError(
      `article file is too large (${stat.size} bytes, limit ${MAX_ARTICLE_BYTES}): ${path}`,
    );
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new ArticleError(`article file looks binary (NUL bytes): ${path}`);
  const text = decodeText(bytes);
  if (!/[\p{L}\d]/u.test(text)) throw new ArticleError(`article file has no text: ${path}`);
  return { text, meta: readMeta(path) };
}

/** The metadata file beside an article (`x.txt` → `x.json`), else a title from the file name and no date. */
export function readMeta(articlePath: string): ArticleMeta {
  const metaPath = articlePath.replace(/\.[^./]+$/, '') + '.json';
  const fallback: ArticleMeta = {
    title: basename(articlePath).replace(/\.[^.]+$/, ''),
    language: 'fr',
    source: null,
    published: null,
  };
  if (metaPath === articlePath || !existsSync(metaPath)) return fallback;
  try {
    const raw = JSON.parse(readFileSync(metaPath, 'utf8')) as Partial<ArticleMeta>;
    return {
      title: typeof raw.title === 'string' && raw.title ? raw.title : fallback.title,
      language: typeof raw.language === 'string' ? raw.language : 'fr',
      source: typeof raw.source === 'string' ? raw.source : null,
      published:
        typeof raw.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.published) ? raw.published : null,
    };
  } catch {
    throw new ArticleError(`metadata file is not valid JSON: ${metaPath}`);
  }
}

export function indexArticle(path: string = DEFAULT_ARTICLE): ArticleIndex {
  const { text, meta } = readArticle(path);
  return buildIndex(text, meta, readAliasGroups());
}

export function loadEngine(options: LoadOptions = {}): Engine {
  const path = resolve(options.articlePath ?? process.env.ARTICLE_PATH ?? DEFAULT_ARTICLE);
  return createEngine(indexArticle(path), engineOptions());
}
