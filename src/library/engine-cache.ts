// Engines built on demand from stored articles, kept in an LRU bounded by count and by estimated memory, so thousands
// of servers never mean thousands of engines in memory. Keyed by article id: an article's text never changes (its id
// comes from its content hash), so a cached engine never goes stale; only the *choice* of article is re-read per
// interaction, from the store.
import type { Engine } from '../search/types.ts';
import type { StoredArticle } from '../storage/types.ts';

export interface CachedEngine {
  engine: Engine;
  title: string;
  scope: string;
  bytes: number;
}

export interface EngineCacheOptions {
  maxEntries: number;
  maxBytes: number;
  /** Reads an article (the store's getArticle). */
  load: (id: string) => Promise<StoredArticle | null>;
  /** Builds the engine from the stored index (main thread: an Engine holds closures and cannot cross threads). */
  build: (article: StoredArticle) => Engine | Promise<Engine>;
  /** Estimated heap an article's engine holds; see ENGINE_BYTES_PER_CHAR. */
  estimateBytes: (article: StoredArticle) => number;
}

export interface EngineCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  evictions: number;
  builds: number;
}

export class EngineCache {
  /** Map order is the recency order: first = least recently used. */
  private readonly entries = new Map<string, CachedEngine>();
  /** Two questions on a cold article build it once. */
  private readonly building = new Map<string, Promise<CachedEngine | null>>();
  private bytes = 0;
  private readonly counters = { hits: 0, misses: 0, evictions: 0, builds: 0 };

  constructor(private readonly opts: EngineCacheOptions) {}

  async get(id: string): Promise<CachedEngine | null> {
    const hit = this.entries.get(id);
    if (hit) {
      this.counters.hits++;
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    this.counters.misses++;
    let pending = this.building.get(id);
    if (!pending) {
      pending = this.fill(id).finally(() => this.building.delete(id));
      this.building.set(id, pending);
    }
    return pending;
  }

  /** Forget an article (after a remove), so its memory goes now rather than when it ages out. */
  delete(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    this.bytes -= e.bytes;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): EngineCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.counters };
  }

  private async fill(id: string): Promise<CachedEngine | null> {
    const article = await this.opts.load(id);
    if (!article) return null;
    const entry: CachedEngine = {
      engine: await this.opts.build(article),
      title: article.title,
      scope: article.scope,
      bytes: this.opts.estimateBytes(article),
    };
    this.counters.builds++;
    this.entries.set(id, entry);
    this.bytes += entry.bytes;
    this.evict(id);
    return entry;
  }

  /** Drop least recently used entries until both bounds hold; the entry just added always stays. */
  private evict(keep: string): void {
    for (const [id, e] of this.entries) {
      if (this.entries.size <= this.opts.maxEntries && this.bytes <= this.opts.maxBytes) break;
      if (id === keep) continue;
      this.entries.delete(id);
      this.bytes -= e.bytes;
      this.counters.evictions++;
    }
  }
}
