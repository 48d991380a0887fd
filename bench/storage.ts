// Child process of bench/run.ts (--expose-gc): loaded articles. Load time for a typical page through the whole path
// (local HTTP page → import → index in the worker → SQLite), building an engine from the stored index vs from the
// text, heap per cached engine, a question with a cold vs a warm cache, what the LRU bound does with many servers,
// and how long the event loop stalls while pages load (worker thread vs indexing inline). Prints one JSON line.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildIndex } from '../src/article/indexer.ts';
import type { ArticleIndex } from '../src/article/types.ts';
import { EngineCache } from '../src/library/engine-cache.ts';
import { IndexPool } from '../src/library/index-pool.ts';
import { ArticleLibrary } from '../src/library/library.ts';
import { engineFromStored, estimateEngineBytes, workerImporter } from '../src/library/setup.ts';
import { engineOptions, loadEngine, readAliasGroups } from '../src/load.ts';
import { createEngine } from '../src/search/engine.ts';
import { openSqliteStore } from '../src/storage/sqlite.ts';
import type { Scope } from '../src/storage/types.ts';
import { baseSources, corpusSources, evalQuestions, type Source } from './corpus.ts';
import { gc, memory, msSince, rng, summarize, type Summary } from './stats.ts';

const QUICK = process.argv.includes('--quick');
process.env.ARTICLE_FETCH_ALLOW_PRIVATE = '1';

export interface StorageBench {
  typicalChars: number;
  workerStartMs: number;
  load: Summary;
  loadInline: Summary;
  fromIndex: Summary;
  fromText: Summary;
  perEngineKB: number;
  bytesPerChar: number;
  estimatePerEngineKB: number;
  cold: Summary;
  warm: Summary;
  lru: {
    servers: number;
    maxEntries: number;
    entries: number;
    heapMB: number;
    baselineHeapMB: number;
    unboundedEstimateMB: number;
    hitRate: number;
    answer: Summary;
  };
  loopDelay: { articleChars: number; loads: number; workerMaxMs: number; inlineMaxMs: number };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-storage-'));
const aliases = readAliasGroups();
const options = engineOptions();
const defaultEngine = loadEngine();
const bases = baseSources();
const baseIndexes = bases.map((s) => buildIndex(s.text, s.meta, aliases));
const questions = evalQuestions('default').map((q) => q.question);

// ---- pages: the default article as an HTML page, one paragraph changed per URL so every load is a new article ----

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function html(src: Source, n: number, repeat = 1): string {
  const paras = src.text.split(/\n+/).filter((p) => p.trim());
  const body = Array.from({ length: repeat }, () => paras)
    .flat()
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(src.meta.title)}</title>
<meta property="article:published_time" content="2021-08-16T10:00:00Z"></head><body><article>
<h1>${escapeHtml(src.meta.title)}</h1>${body.join('\n')}<p>Mise à jour numéro ${n}.</p></article></body></html>`;
}
const server = createServer((req, res) => {
  const m = /^\/(\d+)(?:-x(\d+))?\.html$/.exec(req.url ?? '');
  if (!m) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html(bases[0]!, Number(m[1]), Number(m[2] ?? 1)));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function makeLibrary(path: string, indexer: IndexPool, maxEntries = 1000) {
  const store = openSqliteStore(path);
  const cache = new EngineCache({
    maxEntries,
    maxBytes: 1e12,
    load: (id) => store.getArticle(id),
    build: engineFromStored,
    estimateBytes: estimateEngineBytes,
  });
  const library = new ArticleLibrary({
    store,
    cache,
    indexer,
    importer: workerImporter(indexer),
    defaultEngine,
    limits: { loadsPerScopePerMinute: 1e9, articlesPerScope: 1e9 },
  });
  return { store, cache, library };
}

// ---- load time: a typical page, end to end ----------------------------------------------------------------------

const pool = new IndexPool({ size: 1 });
const main = makeLibrary(join(dir, 'load.sqlite'), pool);
await main.store.migrate();
let t = process.hrtime.bigint();
await main.library.load('guild:1', 'bench', { kind: 'url', url: `${base}/0.html` });
const workerStartMs = msSince(t);
const LOADS = QUICK ? 10 : 40;
const loadTimes: number[] = [];
for (let i = 1; i <= LOADS; i++) {
  t = process.hrtime.bigint();
  await main.library.load(`guild:${1000 + i}`, 'bench', { kind: 'url', url: `${base}/${i}.html` });
  loadTimes.push(msSince(t));
}
const inlinePool = new IndexPool({ inline: true });
const inline = makeLibrary(join(dir, 'inline.sqlite'), inlinePool);
await inline.store.migrate();
const inlineTimes: number[] = [];
for (let i = 1; i <= LOADS; i++) {
  t = process.hrtime.bigint();
  await inline.library.load(`guild:${2000 + i}`, 'bench', { kind: 'url', url: `${base}/${i}.html` });
  inlineTimes.push(msSince(t));
}
const typicalChars = (await main.store.listArticles('guild:1001'))[0]!.chars;

// ---- engine from the stored index vs from the text --------------------------------------------------------------

const ids: string[] = [];
for (const [i, src] of bases.entries()) {
  const { article } = await main.store.addArticle({
    scope: `guild:${3000 + i}`,
    title: src.meta.title,
    source: null,
    published: src.meta.published,
    byline: null,
    siteName: null,
    language: 'fr',
    text: src.text,
    index: baseIndexes[i]!,
    addedBy: 'bench',
  });
  ids.push(article.id);
}
const ROUNDS = QUICK ? 5 : 20;
const fromIndex: number[] = [];
const fromText: number[] = [];
for (let r = 0; r < ROUNDS; r++)
  for (const [i, id] of ids.entries()) {
    t = process.hrtime.bigint();
    await engineFromStored((await main.store.getArticle(id))!);
    fromIndex.push(msSince(t));
    t = process.hrtime.bigint();
    createEngine(buildIndex(bases[i]!.text, bases[i]!.meta, aliases), options);
    fromText.push(msSince(t));
  }

// ---- many servers: heap per engine, cold vs warm answers, the LRU bound ------------------------------------------

const SERVERS = QUICK ? 100 : 500;
const many = makeLibrary(join(dir, 'many.sqlite'), inlinePool);
await many.store.migrate();
const sources = corpusSources(SERVERS, bases, baseIndexes);
const indexes: ArticleIndex[] = sources.map((s) => buildIndex(s.text, s.meta, aliases));
const scopes = sources.map((_, i): Scope => `guild:${10_000 + i}`);
for (const [i, s] of sources.entries()) {
  await many.store.addArticle({
    scope: scopes[i]!,
    title: s.meta.title,
    source: null,
    published: s.meta.published,
    byline: null,
    siteName: null,
    language: 'fr',
    text: s.text,
    index: indexes[i]!,
    addedBy: 'bench',
  });
}
indexes.length = 0;

// Heap per engine: all engines built and held (cache bound above SERVERS), after a full GC.
const held = 100;
gc();
const heapBefore = process.memoryUsage().heapUsed;
for (const s of scopes.slice(0, held)) await many.library.current(s, null);
gc();
const heapAfter = process.memoryUsage().heapUsed;
const heldChars = sources.slice(0, held).reduce((n, s) => n + s.text.length, 0);
const perEngineKB = (heapAfter - heapBefore) / held / 1024;
const bytesPerChar = (heapAfter - heapBefore) / heldChars;
const estimatePerEngineKB =
  sources.slice(0, held).reduce((n, s) => n + estimateEngineBytes({ chars: s.text.length }), 0) / held / 1024;

// Warm: the scope's engine already cached. Cold: the cache emptied first (read, parse the stored index, build).
const warm: number[] = [];
const cold: number[] = [];
for (let r = 0; r < (QUICK ? 2 : 4); r++)
  for (const [i, s] of scopes.slice(0, held).entries()) {
    const q = questions[(i + r) % questions.length]!;
    many.cache.clear();
    t = process.hrtime.bigint();
    (await many.library.current(s, null)).engine.ask(q);
    cold.push(msSince(t));
    t = process.hrtime.bigint();
    (await many.library.current(s, null)).engine.ask(q);
    warm.push(msSince(t));
  }

// The LRU: questions from every server, busy servers asking more (skewed, as real traffic is), the cache bounded at
// 50 engines: the hit rate and the heap it holds, against holding every server's engine.
many.cache.clear();
gc();
const baselineHeapMB = process.memoryUsage().heapUsed / 1048576;
const bounded = makeLibrary(join(dir, 'many.sqlite'), inlinePool, 50);
const random = rng(42);
const mixed: number[] = [];
for (let i = 0; i < (QUICK ? 500 : 3000); i++) {
  const s = scopes[Math.floor(SERVERS * random() ** 3)]!;
  t = process.hrtime.bigint();
  (await bounded.library.current(s, null)).engine.ask(questions[i % questions.length]!);
  mixed.push(msSince(t));
}
const lruStats = bounded.cache.stats();
const lruHeapMB = memory().heapMB;

// ---- the event loop while pages load: worker vs inline -----------------------------------------------------------

async function loopDelayDuring(lib: ArticleLibrary, offset: number): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      lib.load(`guild:${offset + i}`, 'bench', { kind: 'url', url: `${base}/${offset + i}-x15.html` }),
    ),
  );
  h.disable();
  return h.max / 1e6;
}
const big = await workerImporter(inlinePool).fromUrl(`${base}/1-x15.html`);
const workerMaxMs = await loopDelayDuring(main.library, 50_000);
const inlineMaxMs = await loopDelayDuring(inline.library, 60_000);

const result: StorageBench = {
  typicalChars,
  workerStartMs,
  load: summarize(loadTimes),
  loadInline: summarize(inlineTimes),
  fromIndex: summarize(fromIndex),
  fromText: summarize(fromText),
  perEngineKB,
  bytesPerChar,
  estimatePerEngineKB,
  cold: summarize(cold),
  warm: summarize(warm),
  lru: {
    servers: SERVERS,
    maxEntries: 50,
    entries: lruStats.entries,
    heapMB: lruHeapMB,
    baselineHeapMB,
    unboundedEstimateMB: baselineHeapMB + (perEngineKB * SERVERS) / 1024,
    hitRate: lruStats.hits / Math.max(1, lruStats.hits + lruStats.misses),
    answer: summarize(mixed),
  },
  loopDelay: { articleChars: big.text.length, loads: 4, workerMaxMs, inlineMaxMs },
};
await pool.close();
for (const s of [main.store, inline.store, many.store, bounded.store]) await s.close();
server.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify(result) + '\n');
