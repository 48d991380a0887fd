// The storage contract as one test suite, run against every ArticleStore implementation (SQLite here; PostgreSQL
// calls describeStore with its own factory). Everything is asserted through the interface only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { articleId, contentHash } from '../../src/storage/ids.ts';
import {
  ArticleLimitError,
  type ArticleStore,
  type NewArticle,
  type Scope,
} from '../../src/storage/types.ts';

/** A fresh, empty, not yet migrated store; called once per test. `cleanup` runs after close(). */
export type StoreFactory = () => Promise<{ store: ArticleStore; cleanup?: () => Promise<void> | void }>;

// Small articles written for these tests; each variant differs in text, so in content hash.
const TEXT = (n: number) =>
  `Le conseil municipal de Brévanne a voté mardi le budget numéro ${n}.\n\n` +
  `« Nous tiendrons nos engagements », a déclaré la maire, Claire Dutertre, devant la presse.\n\n` +
  `Selon l'opposition, le projet coûtera trop cher.`;

export function sampleArticle(scope: Scope, n = 1, addedBy = '100000000000000001'): NewArticle {
  const text = TEXT(n);
  const meta = {
    title: `Budget ${n}`,
    language: 'fr',
    source: `https://example.test/budget-${n}`,
    published: '2026-03-10',
  };
  return {
    scope,
    title: meta.title,
    source: meta.source,
    published: meta.published,
    byline: 'Jeanne Rédaction',
    siteName: 'Le Courrier test',
    language: 'fr',
    text,
    index: buildIndex(text, meta),
    addedBy,
  };
}

const G1: Scope = 'guild:100000000000000010';
const G2: Scope = 'guild:100000000000000020';
const U1: Scope = 'user:100000000000000030';
const CH1 = '100000000000000101';
const CH2 = '100000000000000102';

export function describeStore(name: string, factory: StoreFactory): void {
  describe(`ArticleStore contract: ${name}`, () => {
    let store: ArticleStore;
    let cleanup: (() => Promise<void> | void) | undefined;

    beforeEach(async () => {
      ({ store, cleanup } = await factory());
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    it('migrate() is idempotent', async () => {
      await store.migrate();
      await store.migrate();
      expect(await store.countArticles(G1)).toBe(0);
    });

    it('an empty scope has no article and no current one', async () => {
      expect(await store.listArticles(G1)).toEqual([]);
      expect(await store.currentArticle(G1, null)).toBeNull();
      expect(await store.currentArticle(G1, CH1)).toBeNull();
      expect(await store.getArticle('a00000000000')).toBeNull();
    });

    it('addArticle stores everything, with the shared id, and makes it current', async () => {
      const input = sampleArticle(G1, 1);
      const { article, created } = await store.addArticle(input);
      expect(created).toBe(true);
      expect(article.id).toBe(articleId(G1, contentHash(input.text)));
      expect(article).toMatchObject({
        scope: G1,
        title: 'Budget 1',
        source: 'https://example.test/budget-1',
        published: '2026-03-10',
        byline: 'Jeanne Rédaction',
        siteName: 'Le Courrier test',
        language: 'fr',
        contentHash: contentHash(input.text),
        addedBy: '100000000000000001',
        chars: input.text.length,
        statements: input.index.statements.length,
      });
      expect(article.paragraphs).toBeGreaterThan(0);
      expect(article.speakers).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(article.addedAt))).toBe(false);
      const stored = await store.getArticle(article.id);
      expect(stored?.text).toBe(input.text);
      expect(stored?.index).toEqual(input.index);
      expect((await store.currentArticle(G1, null))?.id).toBe(article.id);
      expect((await store.currentArticle(G1, CH1))?.id).toBe(article.id);
      expect(await store.countArticles(G1)).toBe(1);
    });

    it('the same text twice in one scope is one article (line endings and trailing spaces do not count)', async () => {
      const first = await store.addArticle(sampleArticle(G1, 1));
      await store.addArticle(sampleArticle(G1, 2));
      const again = sampleArticle(G1, 1, '100000000000000999');
      again.text = again.text.replace(/\n/g, '  \r\n');
      const second = await store.addArticle(again);
      expect(second.created).toBe(false);
      expect(second.article.id).toBe(first.article.id);
      expect(second.article.addedBy).toBe('100000000000000001');
      expect(await store.countArticles(G1)).toBe(2);
      // Loading it again makes it current again.
      expect((await store.currentArticle(G1, null))?.id).toBe(first.article.id);
    });

    it('scopes are separate: the same text in two servers and a DM is three articles', async () => {
      const a = await store.addArticle(sampleArticle(G1, 1));
      const b = await store.addArticle(sampleArticle(G2, 1));
      const c = await store.addArticle(sampleArticle(U1, 1));
      expect(new Set([a.article.id, b.article.id, c.article.id]).size).toBe(3);
      expect((await store.listArticles(G1)).map((x) => x.id)).toEqual([a.article.id]);
      expect((await store.listArticles(U1)).map((x) => x.id)).toEqual([c.article.id]);
    });

    it('listArticles comes newest first', async () => {
      const ids: string[] = [];
      for (const n of [1, 2, 3]) {
        ids.push((await store.addArticle(sampleArticle(G1, n))).article.id);
        await new Promise((r) => setTimeout(r, 5));
      }
      expect((await store.listArticles(G1)).map((a) => a.id)).toEqual(ids.reverse());
    });

    it('maxPerScope: a full scope refuses a new article, storing nothing and keeping the current one', async () => {
      const first = await store.addArticle(sampleArticle(G1, 1), { maxPerScope: 2 });
      const second = await store.addArticle(sampleArticle(G1, 2), { maxPerScope: 2 });
      await store.setCurrent(G1, null, first.article.id);
      await expect(store.addArticle(sampleArticle(G1, 3), { maxPerScope: 2 })).rejects.toBeInstanceOf(
        ArticleLimitError,
      );
      expect(await store.countArticles(G1)).toBe(2);
      expect((await store.currentArticle(G1, null))?.id).toBe(first.article.id);
      // A text already there is not a new article: allowed at the limit, and made current.
      const dup = await store.addArticle(sampleArticle(G1, 2), { maxPerScope: 2 });
      expect(dup).toMatchObject({ created: false, article: { id: second.article.id } });
      // Another scope is not affected.
      expect((await store.addArticle(sampleArticle(G2, 3), { maxPerScope: 2 })).created).toBe(true);
    });

    it('setCurrent: the whole scope, or one channel whose override wins there only', async () => {
      const a = (await store.addArticle(sampleArticle(G1, 1))).article;
      const b = (await store.addArticle(sampleArticle(G1, 2))).article;
      expect((await store.currentArticle(G1, CH1))?.id).toBe(b.id);
      expect(await store.setCurrent(G1, CH1, a.id)).toBe(true);
      expect((await store.currentArticle(G1, CH1))?.id).toBe(a.id);
      expect((await store.currentArticle(G1, CH2))?.id).toBe(b.id);
      expect((await store.currentArticle(G1, null))?.id).toBe(b.id);
      expect(await store.setCurrent(G1, null, a.id)).toBe(true);
      expect((await store.currentArticle(G1, CH2))?.id).toBe(a.id);
      // Setting the same choice again is fine.
      expect(await store.setCurrent(G1, CH1, a.id)).toBe(true);
    });

    it('setCurrent refuses an unknown id or another scope’s article, changing nothing', async () => {
      const mine = (await store.addArticle(sampleArticle(G1, 1))).article;
      const theirs = (await store.addArticle(sampleArticle(G2, 2))).article;
      expect(await store.setCurrent(G1, null, 'a_nothing')).toBe(false);
      expect(await store.setCurrent(G1, CH1, theirs.id)).toBe(false);
      expect((await store.currentArticle(G1, CH1))?.id).toBe(mine.id);
      expect((await store.currentArticle(G2, null))?.id).toBe(theirs.id);
    });

    it('removeArticle: only in its own scope; the choices that pointed at it go, the others stay', async () => {
      const a = (await store.addArticle(sampleArticle(G1, 1))).article;
      const b = (await store.addArticle(sampleArticle(G1, 2))).article;
      await store.setCurrent(G1, CH1, a.id);
      await store.setCurrent(G1, CH2, b.id);
      expect(await store.removeArticle(G2, a.id)).toBe(false);
      expect(await store.removeArticle(G1, 'a_nothing')).toBe(false);
      expect(await store.countArticles(G1)).toBe(2);

      expect(await store.removeArticle(G1, b.id)).toBe(true);
      expect(await store.getArticle(b.id)).toBeNull();
      expect(await store.countArticles(G1)).toBe(1);
      // b was the scope's choice and CH2's override: both gone; CH1 keeps a.
      expect(await store.currentArticle(G1, null)).toBeNull();
      expect(await store.currentArticle(G1, CH2)).toBeNull();
      expect((await store.currentArticle(G1, CH1))?.id).toBe(a.id);
      expect(await store.removeArticle(G1, b.id)).toBe(false);
      // Loaded again after removal: the same id again.
      expect((await store.addArticle(sampleArticle(G1, 2))).article.id).toBe(b.id);
    });

    it('concurrent writes in different scopes all land', async () => {
      const scopes: Scope[] = Array.from({ length: 8 }, (_, i) => `guild:2000000000000000${i}` as Scope);
      const results = await Promise.all(scopes.map((s, i) => store.addArticle(sampleArticle(s, i))));
      expect(results.every((r) => r.created)).toBe(true);
      for (const [i, s] of scopes.entries())
        expect((await store.currentArticle(s, null))?.id).toBe(results[i]!.article.id);
    });

    it('ping() answers true while open', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
