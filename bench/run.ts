// npm run bench: the engine against a plain fuse.js baseline on the default article, autocomplete, index building,
// scaling to 1000 articles, memory, and (in child processes) the bot's RSS, the load figures of the gateway bot and
// the HTTP endpoint (bench/load.ts: the fake Discord in its own process), start-up of the compiled processes and the
// storage figures. Prints the tables and the targets of issues 5 and 11, and writes README.bench.md. Bounded: about a minute on 2 cores.
// Memory is read after a full GC (global.gc, or --expose-gc set at run time when node was started without it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import Fuse from 'fuse.js';
import { buildIndex } from '../src/article/indexer.ts';
import type { ArticleIndex } from '../src/article/types.ts';
import { readAliasGroups, ROOT } from '../src/load.ts';
import { createEngine } from '../src/search/engine.ts';
import {
  askCorpus,
  askEvery,
  baseSources,
  buildCorpus,
  corpusSources,
  engineOptions,
  evalQuestions,
  type Corpus,
} from './corpus.ts';
import { loadConsole, loadMarkdown, loadTargets, runLoadReport } from './load-report.ts';
import { storageRows, type StorageBench } from './storage-report.ts';
import {
  fmt,
  gc,
  gcAvailable,
  markdownTable,
  memory,
  msSince,
  summarize,
  table,
  timeEach,
  type Summary,
} from './stats.ts';

const QUICK = process.argv.includes('--quick');
const started = process.hrtime.bigint();
const out: string[] = [];
const md: string[] = [];
const say = (s = '') => {
  console.log(s);
  out.push(s);
};

const cpu = (() => {
  try {
    return (
      /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ??
      cpus()[0]?.model ??
      'unknown'
    );
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const date = new Date().toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
const gcExposed = gcAvailable();
say(
  `article-bot benchmark — ${date} — node ${process.version} — ${cpu} × ${cpus().length} — gc ${gcExposed ? 'exposed' : 'NOT exposed (memory figures are noisier)'}`,
);

// ---- the default article: engine vs baseline --------------------------------------------------------------------

const aliases = readAliasGroups();
const options = engineOptions();
const bases = baseSources();
const def = bases[0]!;
const index = buildIndex(def.text, def.meta, aliases);
const engine = createEngine(index, options);
const questions = evalQuestions('default').map((q) => q.question);

// Baseline: fuse.js over the raw sentences, split naively (end punctuation or line break), no engine code involved.
const rawSentences = def.text
  .split(/\n+|(?<=[.!?…])\s+(?=[«"“\p{Lu}])/u)
  .map((s) => s.trim())
  .filter(Boolean);
const baseline = new Fuse(rawSentences, { includeScore: true, ignoreLocation: true });

const ROUNDS = QUICK ? 30 : 200;
timeEach(questions, 20, (q) => engine.ask(q));
timeEach(questions, 20, (q) => baseline.search(q));
// Interleaved rounds so both see the same machine state.
const askMs: number[] = [];
const baseMs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  askMs.push(...timeEach(questions, 1, (q) => engine.ask(q)));
  baseMs.push(...timeEach(questions, 1, (q) => baseline.search(q)));
}
// Cold: the first time each question reaches a fresh engine (no spelling-correction cache yet).
const coldMs: number[] = [];
for (let r = 0; r < (QUICK ? 3 : 10); r++) {
  const fresh = createEngine(index, options);
  coldMs.push(...timeEach(questions, 1, (q) => fresh.ask(q)));
}
const found = questions.filter((q) => engine.ask(q).found).length;

// Autocomplete.
const speakerPrefixes = engine
  .speakers()
  .flatMap((s) => Array.from({ length: s.name.length }, (_, i) => s.name.slice(0, i + 1)));
const statementTexts = [
  ...index.statements.map((s) => s.content),
  ...index.sentences.map((s) => s.text),
].slice(0, 20);
// The engine reads the first 100 characters of an autocomplete value; longer prefixes are the same query.
const statementPrefixes = statementTexts.flatMap((t) =>
  Array.from({ length: Math.min(t.length, 100) }, (_, i) => t.slice(0, i + 1)),
);
const AC_ROUNDS = QUICK ? 5 : 30;
timeEach(speakerPrefixes, 5, (p) => engine.suggestSpeakers(p, 25));
timeEach(statementPrefixes, 2, (p) => engine.suggestStatements(p, 25));
const spMs = timeEach(speakerPrefixes, AC_ROUNDS, (p) => engine.suggestSpeakers(p, 25));
const stMs = timeEach(statementPrefixes, Math.ceil(AC_ROUNDS / 3), (p) => engine.suggestStatements(p, 25));
const acMs = [...spMs, ...stMs];

// Index building.
const BUILDS = QUICK ? 20 : 150;
timeEach([0], 10, () => buildIndex(def.text, def.meta, aliases));
const buildMs = timeEach([0], BUILDS, () => buildIndex(def.text, def.meta, aliases));
const engineMs = timeEach([0], BUILDS, () => createEngine(index, options));
const baseBuildMs = timeEach(
  [0],
  BUILDS,
  () => new Fuse(rawSentences, { includeScore: true, ignoreLocation: true }),
);

const ask = summarize(askMs);
const base = summarize(baseMs);
const ac = summarize(acMs);
const row = (name: string, s: Summary, b?: Summary): string[] => [
  name,
  String(s.n),
  fmt(s.p50),
  fmt(s.p99),
  fmt(s.max),
  b ? `${fmt(b.p50)} / ${fmt(b.p99)}` : '',
  b ? `${(s.p50 / b.p50).toFixed(2)} / ${(s.p99 / b.p99).toFixed(2)}` : '',
];
const opHead = [
  'operation (default article)',
  'calls',
  'p50 ms',
  'p99 ms',
  'max ms',
  'baseline p50 / p99',
  'engine/baseline p50 / p99',
];
const opRows = [
  row(`ask, ${questions.length} eval questions × ${ROUNDS}`, ask, base),
  row('ask, cold (first call on a fresh engine)', summarize(coldMs), base),
  row('baseline: fuse.js over raw sentences', base),
  row(`suggestSpeakers, ${speakerPrefixes.length} prefixes`, summarize(spMs)),
  row(
    `suggestStatements, ${statementPrefixes.length} prefixes of ${statementTexts.length} texts`,
    summarize(stMs),
  ),
  row('autocomplete, both', ac),
  row('buildIndex', summarize(buildMs)),
  row('createEngine (on a built index)', summarize(engineMs)),
  row('baseline: new Fuse(sentences)', summarize(baseBuildMs)),
];
say();
say(table(opHead, opRows));
say(
  `ask found an answer for ${found}/${questions.length} questions; the baseline returns the ${rawSentences.length} sentences ranked, so always "finds" something.`,
);
const perQuestion = questions.map((q, i) => ({
  q,
  s: summarize(askMs.filter((_, j) => j % questions.length === i)),
}));
const slowest = [...perQuestion].sort((a, b) => b.s.p99 - a.s.p99).slice(0, 3);
say(
  `slowest questions (ask p50 / p99 ms): ${slowest.map((x) => `${JSON.stringify(x.q)} ${fmt(x.s.p50)} / ${fmt(x.s.p99)}`).join('; ')}`,
);
md.push(markdownTable(opHead, opRows));

// ---- scaling ----------------------------------------------------------------------------------------------------

const baseIndexes: ArticleIndex[] = bases.map((b) => buildIndex(b.text, b.meta, aliases));
const allQuestions = bases.flatMap((b) => evalQuestions(b.name));
const familyOf = (article: string) =>
  article === 'data/article.txt' ? 'default' : article.replace(/^.*\/|\.txt$/g, '');
const SIZES = QUICK ? [1, 10, 100] : [1, 10, 100, 1000];
const scaleHead = [
  'articles',
  'index total s',
  'per article ms',
  'routed p50 ms',
  'routed p99 ms',
  'max ms',
  'right article',
  'every-engine p50 ms',
  'heap MB',
  'RSS MB',
];
const scaleRows: string[][] = [];
let scaleP99At1000 = NaN;
for (const n of SIZES) {
  gc();
  const sources = corpusSources(n, bases, baseIndexes);
  const t = process.hrtime.bigint();
  const corpus: Corpus = buildCorpus(sources, options, aliases);
  const buildTotal = msSince(t);
  const mem = memory();
  const c = corpus;
  timeEach(allQuestions.slice(0, 50), 1, (q) => askCorpus(c, q.question));
  const rounds = n >= 1000 ? 3 : 5;
  const routed = summarize(timeEach(allQuestions, rounds, (q) => askCorpus(c, q.question)));
  // Right article: the winning answer comes from an article of the question's family (the original or a variant).
  const right = allQuestions.filter((q) => {
    const a = askCorpus(c, q.question);
    return a.article !== null && c.names[a.article]!.split('#')[0] === familyOf(q.article);
  }).length;
  const sample = allQuestions.filter((_, i) => i % (n >= 1000 ? 20 : 5) === 0);
  const every = summarize(timeEach(sample, 1, (q) => askEvery(c, q.question)));
  if (n === 1000) scaleP99At1000 = routed.p99;
  scaleRows.push([
    String(n),
    (buildTotal / 1000).toFixed(2),
    fmt(buildTotal / n),
    fmt(routed.p50),
    fmt(routed.p99),
    fmt(routed.max),
    `${right}/${allQuestions.length}`,
    fmt(every.p50),
    mem.heapMB.toFixed(1),
    mem.rssMB.toFixed(1),
  ]);
}
say();
say(
  `Scaling: one engine per article; a query is routed by an IDF-weighted inverted index of the articles' words (title and names ×3) to the 3 best articles, whose engines answer; the best found answer wins. All ${allQuestions.length} eval questions (5 articles) at every size; "every-engine" asks all N engines instead (sampled).`,
);
say(table(scaleHead, scaleRows));
md.push(markdownTable(scaleHead, scaleRows));

// ---- child processes: bot RSS, end to end ---------------------------------------------------------------------------

const tsxArgs = ['--import', 'tsx', '--expose-gc'];
let rss: { before: { rssMB: number }; after: { rssMB: number; heapMB: number } } | null = null;
try {
  rss = JSON.parse(
    execFileSync(process.execPath, [...tsxArgs, `${ROOT}/bench/rss.ts`], {
      encoding: 'utf8',
      timeout: 60_000,
    }).trim(),
  );
} catch (err) {
  say(`rss child failed: ${(err as Error).message.split('\n')[0]}`);
}
// Load figures (issue 11): the bot alone in its process, the fake Discord and the load generator in another.
const loadReport = process.argv.includes('--no-e2e') ? null : runLoadReport(QUICK);
say();
if (rss)
  say(
    `Bot process with the default article (tsx, engine, discord.js loaded, 1000 questions answered): RSS ${rss.after.rssMB.toFixed(1)} MB (${rss.before.rssMB.toFixed(1)} MB before loading anything), heap used ${rss.after.heapMB.toFixed(1)} MB.`,
  );
if (loadReport) {
  say();
  for (const line of loadConsole(loadReport)) say(line);
}

// ---- loaded articles: storage, engine cache, loads (child process: bench/storage.ts) ---------------------------------

let storage: StorageBench | null = null;
try {
  const stdout = execFileSync(
    process.execPath,
    [...tsxArgs, `${ROOT}/bench/storage.ts`, ...(QUICK ? ['--quick'] : [])],
    { encoding: 'utf8', timeout: 180_000 },
  );
  storage = JSON.parse(stdout.trim().split('\n').at(-1)!) as StorageBench;
} catch (err) {
  say(`storage child failed: ${(err as Error).message.split('\n')[0]}`);
}
const storageHead = ['loaded articles', 'measured'];
const storageTable = storage ? storageRows(storage) : [];
if (storage) {
  say();
  say(table(storageHead, storageTable));
}

// ---- targets ----------------------------------------------------------------------------------------------------

const met = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'NOT met');
const targetHead = ['target', 'measured', 'status'];
const targetRows = [
  ['ask p99 < 0.5 ms (default article)', `${fmt(ask.p99)} ms`, met(ask.p99 < 0.5)],
  [
    'ask ≥ 5× faster than baseline (p50 and p99)',
    `${(base.p50 / ask.p50).toFixed(1)}× p50, ${(base.p99 / ask.p99).toFixed(1)}× p99`,
    met(base.p50 / ask.p50 >= 5 && base.p99 / ask.p99 >= 5),
  ],
  ['autocomplete p99 < 0.3 ms', `${fmt(ac.p99)} ms`, met(ac.p99 < 0.3)],
  [
    '1000 articles: query p99 < 20 ms',
    Number.isFinite(scaleP99At1000) ? `${fmt(scaleP99At1000)} ms` : '—',
    met(Number.isFinite(scaleP99At1000) ? scaleP99At1000 < 20 : null),
  ],
  ...(loadReport ? loadTargets(loadReport, met) : []),
];
say();
say(table(targetHead, targetRows));
const total = msSince(started) / 1000;
say(`total ${total.toFixed(1)} s`);

// ---- README section ---------------------------------------------------------------------------------------------

if (!QUICK) {
  writeFileSync(
    `${ROOT}/README.bench.md`,
    [
      '## Performance',
      '',
      `Measured by \`npm run bench\` on ${date}, node ${process.version}, ${cpu} (${cpus().length} cores). Times in milliseconds; p50 / p99 / max per call.`,
      '',
      '### Targets',
      '',
      markdownTable(targetHead, targetRows),
      '',
      '### Default article: engine vs plain fuse.js',
      '',
      `Baseline: \`new Fuse(sentences, { includeScore: true, ignoreLocation: true })\` over the article's ${rawSentences.length} raw sentences, same ${questions.length} questions (test/eval/default.jsonl). The engine keeps a spelling-correction cache, so the warm \`ask\` row is repeated questions; the cold row is each question's first call on a fresh engine. Autocomplete: every prefix of every speaker name, and prefixes (up to 100 characters, what the engine reads) of 20 statement texts.`,
      '',
      md[0]!,
      '',
      '### Scaling',
      '',
      `One engine per article (variants of the five articles: people and places renamed with generated names, paragraphs after the lead shuffled). A query is routed by an IDF-weighted inverted index of the articles' words (title and names count triple) to the 3 best articles, whose engines answer; the best found answer wins. "Right article": the answer came from the question's article or one of its variants. "Every-engine": asking all N engines instead, on a sample. Heap and RSS after a full GC with that corpus loaded (RSS never shrinks, so it is the high-water mark so far).`,
      '',
      md[1]!,
      '',
      ...(loadReport ? loadMarkdown(loadReport) : []),
      ...(storage
        ? [
            '### Loaded articles (storage, engine cache)',
            '',
            '`bench/storage.ts` in a child process: loads of the default article served as an HTML page from 127.0.0.1 (fetch, read and index in the worker thread, SQLite write), engines built from the stored index vs from the text (the five articles), heap per engine held in the cache after a full GC, a question with the engine cached (warm) or not (cold: SQLite read, JSON parse, engine build), skewed traffic over many servers with the LRU bounded at 50 engines, and the longest event-loop stall while four long pages load at once.',
            '',
            markdownTable(storageHead, storageTable),
            '',
          ]
        : []),
      '```text',
      ...out,
      '```',
      '',
    ].join('\n'),
  );
  console.log('wrote README.bench.md');
}
