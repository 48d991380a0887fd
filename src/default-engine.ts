// The default article's engine for the bot processes, from an index prebuilt by `npm run build` when it still matches
// the article: start-up then skips indexing (tens of ms) and loading the indexer at all (npm run bench, start-up).
// The prebuilt file sits in dist/, written by the same build as the code that reads it, so it cannot come from another
// version of the indexer; it names the bytes of the article, its metadata and the aliases it was built from, and any
// change to those (or ARTICLE_PATH naming another file) builds the index at start as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleIndex } from './article/types.ts';
import { ALIASES_FILE, DEFAULT_ARTICLE, engineOptions, ROOT } from './data-files.ts';
import { createEngine } from './search/engine.ts';
import type { Engine } from './search/types.ts';

export const PREBUILT_INDEX = join(ROOT, 'dist', 'default-index.json');

interface Prebuilt {
  inputs: string;
  index: ArticleIndex;
}

/** sha256 over the files the index is built from (the article, its metadata file beside it, the aliases). */
export function inputsHash(articlePath: string): string {
  const h = createHash('sha256');
  const metaPath = articlePath.replace(/\.[^./]+$/, '') + '.json';
  for (const path of [articlePath, metaPath, ALIASES_FILE]) {
    h.update(path === articlePath ? 'article' : path === metaPath ? 'meta' : 'aliases');
    h.update(existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The prebuilt index when it was built from these very files, else null. */
export function readPrebuilt(articlePath: string, file = PREBUILT_INDEX): ArticleIndex | null {
  if (!existsSync(file)) return null;
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Prebuilt;
    return p.inputs === inputsHash(articlePath) ? p.index : null;
  } catch {
    return null;
  }
}

export function writePrebuilt(
  index: ArticleIndex,
  articlePath = DEFAULT_ARTICLE,
  file = PREBUILT_INDEX,
): void {
  writeFileSync(file, JSON.stringify({ inputs: inputsHash(articlePath), index } satisfies Prebuilt));
}

/**
 * The engine of `articlePath` (ARTICLE_PATH, else data/article.txt). Only compiled code uses the prebuilt index: from
 * source (tsx, vitest) the indexer may have changed since the last build.
 */
export async function loadDefaultEngine(articlePath?: string): Promise<Engine> {
  const path = resolve(articlePath ?? process.env.ARTICLE_PATH ?? DEFAULT_ARTICLE);
  const prebuilt = import.meta.url.endsWith('.js') ? readPrebuilt(path) : null;
  if (prebuilt) return createEngine(prebuilt, engineOptions());
  const { loadEngine } = await import('./load.ts');
  return loadEngine({ articlePath: path });
}
