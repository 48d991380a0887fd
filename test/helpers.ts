// Shared test helpers: build an index or engine from a fixture, compare text loosely.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/article/indexer.ts';
import type { ArticleIndex, Statement } from '../src/article/types.ts';
import { loadEngine, readAliasGroups, readArticle, ROOT } from '../src/load.ts';
import type { Engine } from '../src/search/types.ts';
import { fold } from '../src/text/normalize.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const FIXTURE_NAMES = ['budget-bercy', 'crue-vienne', 'greve-hopital', 'usine-batteries'];

export function articlePath(name: string): string {
  return name === 'default' ? join(ROOT, 'data', 'article.txt') : join(FIXTURES, `${name}.txt`);
}

export function indexOf(name: string): ArticleIndex {
  const { text, meta } = readArticle(articlePath(name));
  return buildIndex(text, meta, readAliasGroups());
}

const engines = new Map<string, Engine>();
export function engineOf(name: string): Engine {
  if (!engines.has(name)) engines.set(name, loadEngine({ articlePath: articlePath(name) }));
  return engines.get(name)!;
}

export interface ExpectedStatement {
  speaker: string | null;
  verb: string;
  contentIncludes: string[];
  quote: string | null;
  when: string | null;
  audience: string | null;
  hedged?: boolean;
}

export interface Expected {
  statements: ExpectedStatement[];
  people: Array<{ name: string; role: string | null }>;
  events: Array<{ textIncludes: string[]; when: string }>;
}

export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

/** Case, accents, apostrophes, quotation marks and spacing do not matter. */
export function loose(text: string): string {
  return fold(text)
    .replace(/[«»“”"]/g, ' ')
    .replace(/[^a-z0-9%,.'-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function speakerName(index: ArticleIndex, st: Statement): string | null {
  return st.speakerId ? (index.entities.find((e) => e.id === st.speakerId)?.name ?? null) : null;
}

/** Same speaker: the canonical name, an alias, or a name that contains the expected one ("Certains experts russes"). */
export function sameSpeaker(index: ArticleIndex, st: Statement, expected: string | null): boolean {
  if (expected === null) return st.speakerId === null;
  const e = index.entities.find((x) => x.id === st.speakerId);
  if (!e) return false;
  const want = loose(expected);
  return [e.name, ...e.aliases].some((n) => loose(n) === want) || loose(e.name).includes(want);
}

/** Why a statement does not match the expectation, or null when it does. */
export function mismatch(index: ArticleIndex, st: Statement, exp: ExpectedStatement): string | null {
  if (!sameSpeaker(index, st, exp.speaker)) return `speaker ${speakerName(index, st)} ≠ ${exp.speaker}`;
  const content = loose(st.content);
  const missing = exp.contentIncludes.filter((w) => !content.includes(loose(w)));
  if (missing.length) return `content lacks ${missing.join(' / ')}`;
  if (loose(st.time?.text ?? '') !== loose(exp.when ?? ''))
    return `when ${st.time?.text ?? null} ≠ ${exp.when}`;
  if (exp.audience && !loose(st.audience ?? '').includes(loose(exp.audience)))
    return `audience ${st.audience} ≠ ${exp.audience}`;
  if (exp.quote && !loose(st.quote ?? '').includes(loose(exp.quote.split(' … ')[0]!)))
    return `quote ${st.quote} ≠ ${exp.quote}`;
  if (exp.hedged !== undefined && st.hedged !== exp.hedged) return `hedged ${st.hedged} ≠ ${exp.hedged}`;
  return null;
}
