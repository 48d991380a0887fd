// Wiring for the bot processes: open the store, migrate it, and put the cache, the index workers and the importer
// around it. main.ts (gateway) and the HTTP endpoint call openLibrary once at start and close() at shutdown.
import { fetchPage } from '../import/fetch-page.ts';
import { engineOptions, readAliasGroups } from '../data-files.ts';
import { createEngine } from '../search/engine.ts';
import type { Engine } from '../search/types.ts';
import { openSqliteStore } from '../storage/sqlite.ts';
import type { ArticleStore, StoredArticle } from '../storage/types.ts';
import { EngineCache } from './engine-cache.ts';
import { IndexPool, type IndexPoolOptions } from './index-pool.ts';
import { ArticleLibrary, type Importer, type LibraryOptions } from './library.ts';
import { ENGINE_BYTES_PER_CHAR, ENGINE_CACHE_DEFAULTS, ENGINE_MIN_BYTES } from './limits.ts';

/**
 * A stored article's engine from its stored index; an index written by an older indexer is rebuilt from the text. The
 * indexer is imported on the first call, not at start-up: most processes answer from stored indexes only.
 */
export async function engineFromStored(article: StoredArticle): Promise<Engine> {
  const { buildIndex, INDEX_VERSION } = await import('../article/indexer.ts');
  const index =
    article.index.version === INDEX_VERSION
      ? article.index
      : buildIndex(article.text, article.index.meta, readAliasGroups());
  return createEngine(index, engineOptions());
}

export function estimateEngineBytes(article: Pick<StoredArticle, 'chars'>): number {
  return Math.max(ENGINE_MIN_BYTES, article.chars * ENGINE_BYTES_PER_CHAR);
}

/**
 * The importer the bot uses: the page is fetched here (network I/O, within the import's limits and address guard),
 * then read — HTML parsing and Readability, CPU work — in the pool's worker, like the indexing after it.
 */
export function workerImporter(pool: IndexPool): Importer {
  return {
    async fromUrl(url) {
      const page = await fetchPage(url);
      const at = new URL(page.url);
      const fileName = decodeURIComponent(at.pathname.split('/').pop() ?? '') || at.hostname;
      return pool.read(page.bytes, { fileName, contentType: page.contentType, url: page.url });
    },
    fromBytes: (bytes, info) => pool.read(bytes, { fileName: info.fileName, contentType: info.contentType }),
  };
}

export interface OpenLibraryOptions {
  /** SQLite file; ignored when `store` is given (another implementation, e.g. PostgreSQL). */
  databasePath?: string;
  store?: ArticleStore;
  defaultEngine: Engine;
  cache?: { maxEntries?: number; maxBytes?: number };
  indexPool?: IndexPoolOptions;
  importer?: Importer;
  attachmentOrigins?: readonly string[];
  limits?: LibraryOptions['limits'];
}

export interface OpenedLibrary {
  library: ArticleLibrary;
  store: ArticleStore;
  cache: EngineCache;
  close(): Promise<void>;
}

export async function openLibrary(opts: OpenLibraryOptions): Promise<OpenedLibrary> {
  const store = opts.store ?? openSqliteStore(opts.databasePath ?? './var/bot.sqlite');
  await store.migrate();
  const cache = new EngineCache({
    maxEntries: opts.cache?.maxEntries ?? ENGINE_CACHE_DEFAULTS.maxEntries,
    maxBytes: opts.cache?.maxBytes ?? ENGINE_CACHE_DEFAULTS.maxMegabytes * 1024 * 1024,
    load: (id) => store.getArticle(id),
    build: engineFromStored,
    estimateBytes: estimateEngineBytes,
  });
  const pool = new IndexPool(opts.indexPool);
  const library = new ArticleLibrary({
    store,
    cache,
    indexer: pool,
    importer: opts.importer ?? workerImporter(pool),
    defaultEngine: opts.defaultEngine,
    ...(opts.attachmentOrigins ? { attachmentOrigins: opts.attachmentOrigins } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
  });
  return {
    library,
    store,
    cache,
    async close() {
      await pool.close();
      await store.close();
    },
  };
}
