// Corpora of 1…1000 articles for the scaling benchmark, made from the default article and the four fixtures:
// variant 0 of each is the article itself; later variants rename people and places with generated names and
// shuffle every paragraph after the lead, so no two articles of a corpus are the same text.
//
// A "query over N articles" goes through a router (one engine per article is what the bot builds per article):
// 1. an inverted index of every article's words (title and names weigh triple) picks the K articles that share the
//    most informative (IDF-weighted) words with the question;
// 2. the K engines answer with `ask`, and the best found answer wins (highest first-result score).
// Routing costs grow with the postings lists of the question's words, i.e. with N; the K `ask` calls do not.
import { readFileSync } from 'node:fs';
import { buildIndex } from '../src/article/indexer.ts';
import type { ArticleIndex, ArticleMeta } from '../src/article/types.ts';
import { DEFAULT_ARTICLE, readAliasGroups, readArticle, ROOT } from '../src/load.ts';
import { createEngine, type EngineOptions } from '../src/search/engine.ts';
import type { Answer, Engine } from '../src/search/types.ts';
import { words } from '../src/text/normalize.ts';
import { STOPWORDS } from '../src/text/stopwords.ts';
import { rng } from './stats.ts';

export const BASE_NAMES = ['default', 'budget-bercy', 'crue-vienne', 'greve-hopital', 'usine-batteries'];

export interface Source {
  name: string;
  text: string;
  meta: ArticleMeta;
}

export function articlePath(name: string): string {
  return name === 'default' ? DEFAULT_ARTICLE : `${ROOT}/test/fixtures/${name}.txt`;
}

export function baseSources(): Source[] {
  return BASE_NAMES.map((name) => ({ name, ...readArticle(articlePath(name)) }));
}

export interface EvalQuestion {
  id: string;
  article: string;
  question: string;
}

/** Questions of test/eval/<name>.jsonl. */
export function evalQuestions(name: string): EvalQuestion[] {
  return readFileSync(`${ROOT}/test/eval/${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

const SYLLABLES = [
  'ba',
  'lo',
  'ri',
  'ma',
  'tan',
  'vel',
  'dor',
  'si',
  'que',
  'mon',
  'ar',
  'el',
  'ju',
  'ne',
  'pa',
  'ko',
  'ra',
  'vi',
  'sel',
  'tor',
  'gan',
  'mi',
  'zu',
  'fe',
];

function generatedName(next: () => number): string {
  const n = 2 + Math.floor(next() * 2);
  const s = Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]!).join('');
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Capitalised words of person and place names: what a variant renames. */
function namesToRename(index: ArticleIndex): string[] {
  const out = new Set<string>();
  for (const e of index.entities) {
    if (e.kind !== 'person' && e.kind !== 'place') continue;
    for (const n of [e.name, ...e.aliases])
      for (const w of n.split(/[\s'’-]+/)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(w)) out.add(w);
  }
  return [...out];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Variant k of an article (k = 0 is the article unchanged). */
export function variant(src: Source, index: ArticleIndex, k: number): Source {
  if (k === 0) return src;
  const next = rng(k * 7919 + src.name.length);
  let text = src.text;
  let title = src.meta.title;
  for (const w of namesToRename(index)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'gu');
    const to = generatedName(next);
    text = text.replace(re, to);
    title = title.replace(re, to);
  }
  const paras = text.split(/\n+/).filter((p) => p.trim());
  const [lead, ...rest] = paras;
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return {
    name: `${src.name}#${k}`,
    text: [lead, ...rest].join('\n'),
    meta: { ...src.meta, title: `${title} (${k})` },
  };
}

/** The first n articles: default, then the fixtures, then their variants, round robin. */
export function corpusSources(n: number, bases: Source[], baseIndexes: ArticleIndex[]): Source[] {
  return Array.from({ length: n }, (_, i) =>
    variant(bases[i % bases.length]!, baseIndexes[i % bases.length]!, Math.floor(i / bases.length)),
  );
}

export { engineOptions } from '../src/load.ts';

export interface Corpus {
  engines: Engine[];
  names: string[];
  /** Folded word -> ids of the articles that contain it. */
  postings: Map<string, number[]>;
  /** Title and name words: 3 per hit instead of 1. */
  strong: Map<string, Set<number>>;
}

const keep = (w: string) => w.length >= 3 && !STOPWORDS.has(w);

export function buildCorpus(sources: Source[], opts: EngineOptions, aliases = readAliasGroups()): Corpus {
  const engines: Engine[] = [];
  const postings = new Map<string, number[]>();
  const strong = new Map<string, Set<number>>();
  sources.forEach((src, id) => {
    const engine = createEngine(buildIndex(src.text, src.meta, aliases), opts);
    engines.push(engine);
    for (const w of new Set(words(src.text).filter(keep))) {
      const list = postings.get(w);
      if (list) list.push(id);
      else postings.set(w, [id]);
    }
    const named = [src.meta.title, ...engine.index.entities.flatMap((e) => [e.name, ...e.aliases])].join(' ');
    for (const w of new Set(words(named).filter(keep))) {
      let set = strong.get(w);
      if (!set) strong.set(w, (set = new Set()));
      set.add(id);
    }
  });
  return { engines, names: sources.map((s) => s.name), postings, strong };
}

/** Ids of the (at most) k articles sharing the most informative words with the question. */
export function route(corpus: Corpus, question: string, k = 3): number[] {
  const n = corpus.engines.length;
  if (n <= k) return corpus.engines.map((_, i) => i);
  const scores = new Map<number, number>();
  for (const w of new Set(words(question.slice(0, 500)).filter(keep))) {
    const list = corpus.postings.get(w);
    if (!list) continue;
    const idf = Math.log(1 + n / list.length);
    const strong = corpus.strong.get(w);
    for (const id of list) scores.set(id, (scores.get(id) ?? 0) + idf * (strong?.has(id) ? 3 : 1));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([id]) => id);
}

export interface CorpusAnswer {
  article: number | null;
  answer: Answer | null;
}

/** Route, ask the chosen engines, keep the best found answer. */
export function askCorpus(corpus: Corpus, question: string, k = 3): CorpusAnswer {
  let best: CorpusAnswer = { article: null, answer: null };
  for (const id of route(corpus, question, k)) {
    const a = corpus.engines[id]!.ask(question);
    if (a.found && (!best.answer || (a.results[0]?.score ?? 0) > (best.answer.results[0]?.score ?? 0)))
      best = { article: id, answer: a };
  }
  return best;
}

/** The alternative without a router: every engine answers, the best found answer wins. */
export function askEvery(corpus: Corpus, question: string): CorpusAnswer {
  let best: CorpusAnswer = { article: null, answer: null };
  corpus.engines.forEach((engine, id) => {
    const a = engine.ask(question);
    if (a.found && (!best.answer || (a.results[0]?.score ?? 0) > (best.answer.results[0]?.score ?? 0)))
      best = { article: id, answer: a };
  });
  return best;
}
