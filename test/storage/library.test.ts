// ArticleLibrary with a scripted importer and an in-memory store: every refusal is a LibraryError with a code the
// front ends can word, nothing is stored and the current article stays; the limits hold; selection per scope.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/discord/i18n.ts';
import { ImportError, type ImportErrorCode, type ImportedArticle } from '../../src/import/types.ts';
import { EngineCache } from '../../src/library/engine-cache.ts';
import { LibraryError, type LibraryErrorCode } from '../../src/library/errors.ts';
import { IndexPool } from '../../src/library/index-pool.ts';
import { ArticleLibrary, type Importer } from '../../src/library/library.ts';
import { engineFromStored, estimateEngineBytes } from '../../src/library/setup.ts';
import { loadEngine } from '../../src/load.ts';
import { openSqliteStore, type SqliteStore } from '../../src/storage/sqlite.ts';
import type { Scope } from '../../src/storage/types.ts';
import { PORT_TEXT, SCHOOL_TEXT } from '../discord/helpers/pages.ts';

const G: Scope = 'guild:800000000000000001';
const defaultEngine = loadEngine();

function imported(text: string, title = 'Un article'): ImportedArticle {
  return {
    text,
    meta: {
      title,
      language: 'fr',
      source: null,
      published: '2026-03-12',
      byline: 'A. Auteur',
      siteName: null,
    },
    headings: [],
  };
}

let store: SqliteStore;
let next: () => ImportedArticle;
let clock = 0;
const importer: Importer = {
  fromUrl: async () => next(),
  fromBytes: async () => next(),
};

function library(limits: ConstructorParameters<typeof ArticleLibrary>[0]['limits'] = {}) {
  const cache = new EngineCache({
    maxEntries: 10,
    maxBytes: 1e9,
    load: (id) => store.getArticle(id),
    build: engineFromStored,
    estimateBytes: estimateEngineBytes,
  });
  return new ArticleLibrary({
    store,
    cache,
    indexer: new IndexPool({ inline: true }),
    importer,
    defaultEngine,
    limits,
    now: () => clock,
  });
}

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  next = () => imported(PORT_TEXT, 'Le port');
  clock = 1_000_000;
});
afterEach(async () => {
  await store.close();
});

const url = (u = 'https://example.test/a') => ({ kind: 'url' as const, url: u });

async function refusal(p: Promise<unknown>): Promise<LibraryErrorCode> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LibraryError);
  return (err as LibraryError).code;
}

describe('ArticleLibrary', () => {
  it('a scope with nothing loaded answers from the default article', async () => {
    const lib = library();
    const cur = await lib.current(G, null);
    expect(cur).toMatchObject({ id: null, title: defaultEngine.index.meta.title });
    expect(cur.engine).toBe(defaultEngine);
  });

  it('load: stored with its index, current, and its engine answers', async () => {
    const lib = library();
    const res = await lib.load(G, '900000000000000001', url());
    expect(res.created).toBe(true);
    expect(res.article).toMatchObject({
      title: 'Le port',
      source: 'https://example.test/a',
      byline: 'A. Auteur',
    });
    const cur = await lib.current(G, '1');
    expect(cur.id).toBe(res.article.id);
    expect(cur.engine.ask('Qui a dit que les chalutiers partiront vers d’autres ports ?').found).toBe(true);
  });

  const importCodes: ImportErrorCode[] = [
    'bad-url',
    'private-address',
    'http-status',
    'timeout',
    'too-many-redirects',
    'not-article-type',
    'too-large',
    'no-article-body',
    'binary',
    'empty',
    'not-utf8',
    'network',
  ];
  it.each(importCodes)('import refused (%s): same code, nothing stored, current unchanged', async (code) => {
    const lib = library();
    const first = await lib.load(G, '9', url());
    next = () => {
      throw new ImportError(code, 'scripted');
    };
    expect(await refusal(lib.load(G, '9', url()))).toBe(code);
    expect(await store.countArticles(G)).toBe(1);
    expect((await store.currentArticle(G, null))?.id).toBe(first.article.id);
  });

  it('too long, too many articles, and rate-limited', async () => {
    const lib = library({ charsPerArticle: 500, articlesPerScope: 1, loadsPerScopePerMinute: 3 });
    next = () => imported('x '.repeat(400));
    expect(await refusal(lib.load(G, '9', url()))).toBe('too-long');
    next = () => imported(SCHOOL_TEXT.slice(0, 480));
    await lib.load(G, '9', url());
    next = () => imported(PORT_TEXT.slice(0, 480));
    expect(await refusal(lib.load(G, '9', url()))).toBe('too-many-articles');
    expect(await store.countArticles(G)).toBe(1);
    // Three loads this minute: the fourth waits; a minute later it goes.
    expect(await refusal(lib.load(G, '9', url()))).toBe('rate-limited');
    // Per scope: another server may still load.
    await expect(lib.load('guild:800000000000000002', '9', url())).resolves.toMatchObject({ created: true });
    clock += 61_000;
    expect(await refusal(lib.load(G, '9', url()))).toBe('too-many-articles');
  });

  it('an attachment over the size limit is refused before any download', async () => {
    const lib = library({ attachmentBytes: 100 });
    const file = {
      kind: 'file' as const,
      url: 'https://cdn.discordapp.com/x.txt',
      fileName: 'x.txt',
      contentType: null,
      size: 101,
    };
    expect(await refusal(lib.load(G, '9', file))).toBe('too-large');
    // A host other than Discord's CDN (or the configured REST origin) is never fetched.
    const elsewhere = { ...file, url: 'http://169.254.169.254/latest', size: 10 };
    expect(await refusal(lib.load(G, '9', elsewhere))).toBe('bad-url');
  });

  it('use and remove find by id or title, only in their own scope', async () => {
    const lib = library();
    const port = (await lib.load(G, '9', url())).article;
    next = () => imported(SCHOOL_TEXT, 'Le collège des Tilleuls');
    const school = (await lib.load(G, '9', url())).article;
    expect((await lib.use(G, '42', 'le port')).id).toBe(port.id);
    expect((await lib.current(G, '42')).id).toBe(port.id);
    expect((await lib.current(G, '43')).id).toBe(school.id);
    expect(await refusal(lib.use('guild:800000000000000002', null, port.id))).toBe('not-found');
    expect(await refusal(lib.remove(G, 'le'))).toBe('not-found'); // ambiguous: both titles contain it
    expect((await lib.remove(G, 'collège')).id).toBe(school.id);
    expect((await lib.current(G, '43')).id).toBeNull();
    expect(await lib.byId(G, school.id)).toBeNull();
    expect(await lib.byId('guild:800000000000000002', port.id)).toBeNull();
  });

  it('every refusal code has its own French and English sentence', () => {
    const codes: LibraryErrorCode[] = [
      ...importCodes,
      'too-many-articles',
      'too-long',
      'rate-limited',
      'not-found',
    ];
    for (const lang of ['fr', 'en'] as const) {
      const fallback = t(lang).refused('index-failed', 0);
      const seen = new Set<string>();
      for (const code of codes) {
        const text = t(lang).refused(code, 7);
        expect(text, `${lang} ${code}`).not.toBe(fallback);
        seen.add(text);
      }
      expect(seen.size).toBeGreaterThanOrEqual(codes.length - 3);
    }
  });
});

describe('two processes sharing one database', () => {
  it('an article removed by the other process: its buttons say gone here too, even with its engine cached', async () => {
    const path = join(tmpdir(), `lib-shared-${process.pid}-${Date.now()}.sqlite`);
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    await a.migrate();
    const make = (store: SqliteStore) =>
      new ArticleLibrary({
        store,
        cache: new EngineCache({
          maxEntries: 10,
          maxBytes: 1e9,
          load: (id) => store.getArticle(id),
          build: engineFromStored,
          estimateBytes: estimateEngineBytes,
        }),
        indexer: new IndexPool({ inline: true }),
        importer,
        defaultEngine,
      });
    const here = make(a);
    const there = make(b);
    const { article } = await here.load(G, '9', url());
    expect((await here.byId(G, article.id))?.id).toBe(article.id); // cached here now
    expect((await there.current(G, null)).id).toBe(article.id); // the other process sees it
    await there.remove(G, article.id);
    expect(await here.byId(G, article.id)).toBeNull();
    expect((await here.current(G, null)).id).toBeNull();
    await a.close();
    await b.close();
    for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
  });
});
