// Pure checking logic for the evaluation set: does this Answer meet this expectation?
// No engine import here, so it can be unit-tested with hand-built answers.
import type { Answer, AnswerResult } from '../../src/search/types.ts';

export interface Expect {
  /** Canonical name (or accepted names) of the FIRST result's speaker. */
  speaker?: SpeakerName;
  /** Every result's speaker is one of these, and each of these appears among the results (an inner list gives
   * acceptable names for one speaker). */
  speakers?: SpeakerName[];
  /** Time expression as written that must appear in the first result's `when`. */
  when?: string;
  /** Words or phrases the first result's statement + quote + sentence must contain (case/accent-insensitive). */
  contains?: string[];
  minResults?: number;
  /** false: the article cannot answer; the engine must say so. */
  found?: boolean;
}

export interface EvalCase {
  id: string;
  group: string;
  article: string;
  question: string;
  expect: Expect;
}

export interface CheckResult {
  pass: boolean;
  reasons: string[];
}

export const GROUPS = ['who', 'what', 'when', 'search', 'english', 'typo', 'role', 'unanswerable'] as const;

/** Lower case, no accents, ligatures spelt out, typographic apostrophes and dashes unified. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´]/g, "'");
}

/** Words of a text after normalisation: letters and digits only. */
export function tokens(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function indexOfRun(haystack: string[], needle: string[]): number {
  if (needle.length === 0) return 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** Does `text` contain `phrase` as whole words (case-, accent- and punctuation-insensitive)? */
export function containsPhrase(text: string, phrase: string): boolean {
  return indexOfRun(tokens(text), tokens(phrase)) >= 0;
}

const LEADING_TITLES = new Set([
  'm',
  'mme',
  'mlle',
  'dr',
  'pr',
  'me',
  'monsieur',
  'madame',
  'docteur',
  'professeur',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'certains',
  'certaines',
  'the',
  'mr',
  'mrs',
  'ms',
]);

function nameTokens(name: string): string[] {
  const t = tokens(name);
  let i = 0;
  while (i < t.length - 1 && LEADING_TITLES.has(t[i]!)) i++;
  return t.slice(i);
}

/**
 * Does the engine's speaker name denote the expected one? The names must be equal once case, accents,
 * punctuation and leading titles or articles are ignored ("M. Dupont" = "Dupont", "Le ministère de la
 * Santé" = "ministère de la Santé", "Certains experts russes" = "experts russes"). A truncated or padded
 * name is wrong ("Haut Conseil" is not "Haut Conseil des finances publiques", "Économie Jean Martin" is not
 * "Jean Martin"); where several names are fair, the eval lists them as alternatives.
 */
export function sameSpeaker(expected: string, actual: string | null | undefined): boolean {
  if (!actual) return false;
  const e = nameTokens(expected);
  return e.length > 0 && e.join(' ') === nameTokens(actual).join(' ');
}

/** One expected speaker, or a list of acceptable names for the same speaker. */
export type SpeakerName = string | string[];

function matchesAny(expected: SpeakerName, actual: string | null | undefined): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((name) => sameSpeaker(name, actual));
}

function label(expected: SpeakerName): string {
  return Array.isArray(expected) ? expected.join(' | ') : expected;
}

function resultText(r: AnswerResult): string {
  return [r.statement, r.quote ?? '', r.sentence].join(' \n ');
}

export function checkAnswer(answer: Answer, expect: Expect): CheckResult {
  const reasons: string[] = [];
  const results = answer.results ?? [];

  if (expect.found === false) {
    if (answer.found !== false)
      reasons.push(`expected found: false, got found: true (${results.length} results)`);
    return { pass: reasons.length === 0, reasons };
  }

  if (!answer.found) reasons.push('expected an answer, got found: false');
  if (results.length === 0) {
    if (answer.found) reasons.push('found: true but no results');
    return { pass: false, reasons };
  }
  const first = results[0]!;

  if (expect.speaker !== undefined) {
    if (!matchesAny(expect.speaker, first.speaker)) {
      reasons.push(`first speaker ${JSON.stringify(first.speaker)}, expected ${label(expect.speaker)}`);
    }
  }

  if (expect.speakers !== undefined) {
    const wanted = expect.speakers;
    results.forEach((r, i) => {
      if (!wanted.some((name) => matchesAny(name, r.speaker))) {
        reasons.push(
          `result ${i + 1} speaker ${JSON.stringify(r.speaker)} is not one of ${wanted.map(label).join(', ')}`,
        );
      }
    });
    for (const name of wanted) {
      if (!results.some((r) => matchesAny(name, r.speaker))) reasons.push(`no result from ${label(name)}`);
    }
  }

  if (expect.when !== undefined) {
    if (!first.when || !containsPhrase(first.when, expect.when)) {
      reasons.push(`first when ${JSON.stringify(first.when)}, expected it to contain "${expect.when}"`);
    }
  }

  if (expect.contains !== undefined) {
    const text = resultText(first);
    const missing = expect.contains.filter((w) => !containsPhrase(text, w));
    if (missing.length > 0) reasons.push(`first result lacks ${missing.map((w) => `"${w}"`).join(', ')}`);
  }

  if (expect.minResults !== undefined && results.length < expect.minResults) {
    reasons.push(`${results.length} results, expected at least ${expect.minResults}`);
  }

  return { pass: reasons.length === 0, reasons };
}

/** Structural problems with one line of an eval file (empty when it is fine). */
export function validateCase(value: unknown): string[] {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const c = value as Record<string, unknown>;
  for (const key of ['id', 'group', 'article', 'question']) {
    if (typeof c[key] !== 'string' || (c[key] as string).trim() === '') errors.push(`missing ${key}`);
  }
  if (typeof c.group === 'string' && !(GROUPS as readonly string[]).includes(c.group)) {
    errors.push(`unknown group ${c.group}`);
  }
  const e = c.expect;
  if (typeof e !== 'object' || e === null) {
    errors.push('missing expect');
    return errors;
  }
  const x = e as Record<string, unknown>;
  const known = ['speaker', 'speakers', 'when', 'contains', 'minResults', 'found'];
  for (const key of Object.keys(x)) if (!known.includes(key)) errors.push(`unknown expect.${key}`);
  if (Object.keys(x).length === 0) errors.push('empty expect');
  const isName = (v: unknown) =>
    typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'string'));
  if ('speaker' in x && !isName(x.speaker)) errors.push('expect.speaker must be a name or a list of names');
  if ('speakers' in x && !(Array.isArray(x.speakers) && x.speakers.length > 0 && x.speakers.every(isName))) {
    errors.push('expect.speakers must be a non-empty list of names (or of lists of alternative names)');
  }
  if (x.found === false && Object.keys(x).length > 1) errors.push('found: false cannot be combined');
  if (c.group === 'unanswerable' && x.found !== false)
    errors.push('unanswerable questions expect found: false');
  return errors;
}
