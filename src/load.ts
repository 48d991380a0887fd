// The file edge: reads an article, its metadata and the optional data files, then builds the engine once.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleError, buildIndex } from './article/indexer.ts';
import { packageRoot } from './root.ts';
import { decodeUtf8OrWindows1252 } from './import/charset.ts';
import type { ArticleIndex, ArticleMeta } from './article/types.ts';
import { createEngine, type EngineOptions } from './search/engine.ts';
import type { Engine } from './search/types.ts';

/** The project root (package.json, data/), from src/ with tsx or from dist/src/ as compiled JavaScript. */
export const ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_ARTICLE = join(ROOT, 'data', 'article.txt');
const ALIASES_FILE = join(ROOT, 'data', 'aliases.json');
const GLOSSARY_FILE = join(ROOT, 'data', 'glossary.json');
const SYNONYMS_FILE = join(ROOT, 'data', 'synonyms.json');
const VERB_CLASSES_FILE = join(ROOT, 'data', 'verb-classes.json');
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

function readJson<T>(path: string, fallback: T): T {
  if (!existsSync(path)) return fallback;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readAliasGroups(): string[][] {
  return readJson<{ groups?: string[][] }>(ALIASES_FILE, {}).groups ?? [];
}

export function readGlossary(): Record<string, string[]> {
  return readJson<{ entries?: Record<string, string[]> }>(GLOSSARY_FILE, {}).entries ?? {};
}

export function readSynonyms(): string[][] {
  return readJson<{ groups?: string[][] }>(SYNONYMS_FILE, {}).groups ?? [];
}

export function readVerbClasses(): NonNullable<EngineOptions['verbClasses']> {
  return (
    readJson<{ classes?: NonNullable<EngineOptions['verbClasses']> }>(VERB_CLASSES_FILE, {}).classes ?? {}
  );
}

export function indexArticle(path: string = DEFAULT_ARTICLE): ArticleIndex {
  const { text, meta } = readArticle(path);
  return buildIndex(text, meta, readAliasGroups());
}

let options: EngineOptions | null = null;
/** The data files, read once per process: every engine built here shares them. */
export function engineOptions(): EngineOptions {
  options ??= { glossary: readGlossary(), synonyms: readSynonyms(), verbClasses: readVerbClasses() };
  return options;
}

export function loadEngine(options: LoadOptions = {}): Engine {
  const path = resolve(options.articlePath ?? process.env.ARTICLE_PATH ?? DEFAULT_ARTICLE);
  return createEngine(indexArticle(path), engineOptions());
}
