// The engine LRU: bounded by count and by estimated bytes, least recently used out first, one build per cold article
// even under concurrent questions, and a removed article's engine dropped.
import { describe, expect, it } from 'vitest';
import { EngineCache } from '../../src/library/engine-cache.ts';
import type { Engine } from '../../src/search/types.ts';
import type { StoredArticle } from '../../src/storage/types.ts';

function fakeStore(sizes: Record<string, number>) {
  const reads: string[] = [];
  return {
    reads,
    load: async (id: string): Promise<StoredArticle | null> => {
      reads.push(id);
      await new Promise((r) => setTimeout(r, 5));
      if (!(id in sizes)) return null;
      return { id, scope: 'guild:1', title: `T ${id}`, chars: sizes[id]! } as unknown as StoredArticle;
    },
  };
}

const build = (a: StoredArticle) => ({ id: a.id }) as unknown as Engine;

describe('EngineCache', () => {
  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const s = fakeStore({ a: 1, b: 1, c: 1, d: 1 });
    const cache = new EngineCache({
      maxEntries: 2,
      maxBytes: 1e9,
      load: s.load,
      build,
      estimateBytes: () => 10,
    });
    await cache.get('a');
    await cache.get('b');
    await cache.get('a'); // a is now the most recent
    await cache.get('c'); // evicts b
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('c')).toBe(true);
    expect(cache.stats()).toMatchObject({ entries: 2, hits: 1, misses: 3, evictions: 1, builds: 3 });
  });

  it('keeps the estimated bytes under maxBytes (the newest entry always stays)', async () => {
    const s = fakeStore({ a: 40, b: 40, c: 40, huge: 500 });
    const cache = new EngineCache({
      maxEntries: 100,
      maxBytes: 100,
      load: s.load,
      build,
      estimateBytes: (x) => x.chars,
    });
    await cache.get('a');
    await cache.get('b');
    expect(cache.stats().bytes).toBe(80);
    await cache.get('c');
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 80 });
    expect(cache.has('a')).toBe(false);
    const big = await cache.get('huge');
    expect(big?.title).toBe('T huge');
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 500 });
  });

  it('concurrent gets of a cold article read and build it once', async () => {
    const s = fakeStore({ a: 1 });
    let builds = 0;
    const cache = new EngineCache({
      maxEntries: 10,
      maxBytes: 1e9,
      load: s.load,
      build: (x) => (builds++, build(x)),
      estimateBytes: () => 1,
    });
    const got = await Promise.all([cache.get('a'), cache.get('a'), cache.get('a')]);
    expect(new Set(got.map((g) => g?.engine)).size).toBe(1);
    expect(builds).toBe(1);
    expect(s.reads).toEqual(['a']);
  });

  it('an unknown id is null and is not cached; delete() frees an entry', async () => {
    const s = fakeStore({ a: 7 });
    const cache = new EngineCache({
      maxEntries: 10,
      maxBytes: 1e9,
      load: s.load,
      build,
      estimateBytes: (x) => x.chars,
    });
    expect(await cache.get('nope')).toBeNull();
    expect(cache.stats().entries).toBe(0);
    await cache.get('a');
    cache.delete('a');
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
