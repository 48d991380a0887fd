// fast-check generators for hostile input, and the checks every engine answer must pass.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ArticleIndex } from '../../src/article/types.ts';
import type { Answer, AnswerResult, SpeakerSummary, StatementChoice } from '../../src/search/types.ts';
import { editDistance } from '../../src/text/distance.ts';
import { fold, nameKey, words } from '../../src/text/normalize.ts';

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇫🇷', '❤️', '🤖', '\u{1F600}\u{FE0F}'];
const RTL = ['مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C', '\u200F', 'سلام'];
const COMBINING = ['e\u0301', 'a\u0300\u0301\u0302\u0303', '\u0301', 'Z̷̢͎a̸l̵g̶o̴', '\u20DD'];
const CONTROL = [
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\uFFFD',
  '\uFEFF',
  '\u200B',
  '\u00A0',
  '\t',
  '\r\n',
  '\n\n\n',
];
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];
const MARKDOWN = [
  '**gras**',
  '__souligné__',
  '*i*',
  '`code`',
  '```js\nx\n```',
  '> citation',
  '||spoiler||',
  '[lien](https://example.com)',
  '# Titre',
  '- item',
  '~~barré~~',
  '\\*',
];
const MENTIONS = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123>',
  '<@&987654321098765432>',
  '<#222>',
  '<:emoji:123>',
  '<t:1700000000:R>',
  '</ask:1>',
];
const FUSE_OPS = [
  "'",
  '!',
  '^',
  '$',
  '=',
  '|',
  "'talibans",
  '!Kaboul',
  '^Moscou',
  'Blinken$',
  '=exact',
  "!^'$=|",
  '\'"quoted"',
  'a | b',
  '!!',
  '^$',
];
const REGEX = [
  '.*',
  '.+?',
  '(a+)+$',
  '(a|aa)+b',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '\\',
  '\\d+',
  '(?<=x)',
  '(?=',
  '[^]',
  '$&',
  '$1',
  '*+?',
  '(.*a){20}',
  '\\u{0}',
];
const ARTICLE_WORDS = [
  'talibans',
  'Blinken',
  'Kaboul',
  'Kortunov',
  'Moscou',
  'ambassade',
  'légitimité',
  'Qui a dit',
  "Qu'a dit",
  'quand',
  'who said',
  'when',
  'chronologie',
  'timeline',
  'qui est cité',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI, ...RTL, ...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL, ...SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN, ...MENTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...FUSE_OPS, ...REGEX) },
  { weight: 2, arbitrary: fc.constantFrom(...ARTICLE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', ' ? ', ', ', '. ', '\n') },
);

/** Short hostile text: a few pieces glued together. */
export const shortText = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

/** Long hostile text, 0 to 6000 characters: pieces repeated up to a target length. */
export const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 6000 }))
  .map(([parts, n]) => {
    const unit = parts.join(' ') || 'x';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });

/** One long unbroken word (the worst case for spelling correction). */
export const longWord = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéè'), minLength: 1, maxLength: 12 }),
    fc.integer({ min: 20, max: 6000 }),
  )
  .map(([w, n]) => w.repeat(Math.ceil(n / w.length)).slice(0, n));

export const anyText = fc.oneof(
  { weight: 5, arbitrary: shortText },
  { weight: 3, arbitrary: longText },
  { weight: 1, arbitrary: longWord },
);

/** Everything the article could match a word against: its words, names, roles, and the glossary and synonyms. */
export function articleVocabulary(index: ArticleIndex, extra: string[] = []): string[] {
  const all = [
    ...index.sentences.flatMap((s) => words(s.text)),
    ...index.entities.flatMap((e) => words([e.name, ...e.aliases, e.role ?? ''].join(' '))),
    ...words(index.meta.title),
    ...extra.flatMap((x) => words(x)),
  ];
  return [...new Set(all)];
}

/** True when no word of `text` equals, contains, is contained in, sounds like or is within 2 edits of a vocabulary word. */
export function sharesNoWord(text: string, vocabulary: readonly string[]): boolean {
  return words(text).every((w) => {
    const kw = nameKey(w);
    return vocabulary.every((v) => {
      if (w === v || (v.length >= 2 && w.includes(v)) || v.includes(w)) return false;
      if (kw.length >= 3 && kw === keyOf(v)) return false;
      return editDistance(w, v, 2) > 2;
    });
  });
}

// The vocabulary's sound-alike keys, worked out once per word rather than once per generated text (the same check,
// only faster: the vocabulary holds every glossary word).
const keys = new Map<string, string>();
function keyOf(v: string): string {
  let k = keys.get(v);
  if (k === undefined) keys.set(v, (k = nameKey(v)));
  return k;
}

// Letters that French news prose barely uses, so most of these words are far from every article word; the filter
// above then makes sure.
const ODD_WORD = fc.string({ unit: fc.constantFrom(...'qwxzkjhy'), minLength: 3, maxLength: 14 });
const SEPARATOR = fc.constantFrom(
  ' ',
  ' ? ',
  ' — ',
  '\n',
  ' 😀 ',
  ' ** ',
  " ' ",
  ' | ',
  ' ^',
  '$ ',
  ' <@&123> ',
  ' @everyone ',
  ' (.*)+ ',
  ' مرحبا ',
  ' e\u0301 ',
);

/** Questions made only of words the article cannot match (checked by `sharesNoWord`). */
export function unrelatedText(vocabulary: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(ODD_WORD, SEPARATOR), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''))
    .filter((t) => sharesNoWord(t, vocabulary));
}

const INTENTS = new Set(['who', 'what', 'when', 'search', 'speakers', 'timeline']);

export function expectResult(r: AnswerResult, index: ArticleIndex): void {
  expect(r.ref).toMatch(/^(st|ev|se)\d+$/);
  for (const k of ['speaker', 'role', 'quote', 'when', 'date', 'verb', 'audience'] as const)
    expect(r[k] === null || typeof r[k] === 'string', k).toBe(true);
  expect(typeof r.statement).toBe('string');
  expect(typeof r.sentence).toBe('string');
  expect(r.sentence.length).toBeGreaterThan(0);
  expect(typeof r.hedged).toBe('boolean');
  expect(Number.isInteger(r.paragraph)).toBe(true);
  expect(r.paragraph).toBeGreaterThanOrEqual(1);
  expect(r.paragraph).toBeLessThanOrEqual(index.paragraphs.length);
  expect(Number.isFinite(r.score)).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  expect(Array.isArray(r.matched) && r.matched.every((m) => typeof m === 'string')).toBe(true);
  if (r.date !== null) expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?/);
}

export function expectAnswer(a: Answer, index: ArticleIndex): void {
  expect(typeof a.question).toBe('string');
  expect(INTENTS.has(a.intent), a.intent).toBe(true);
  expect(typeof a.found).toBe('boolean');
  expect(Array.isArray(a.results)).toBe(true);
  expect(a.found).toBe(a.results.length > 0);
  for (const r of a.results) expectResult(r, index);
  expect(Array.isArray(a.suggestions) && a.suggestions.every((s) => typeof s === 'string')).toBe(true);
  expect(a.suggestions.length).toBeLessThanOrEqual(3);
  // Plain data all the way down: the CLI prints it as JSON, Discord buttons re-fetch it by ref.
  expect(() => JSON.stringify(a)).not.toThrow();
}

export function expectSpeakers(list: SpeakerSummary[], limit: number): void {
  expect(Array.isArray(list)).toBe(true);
  expect(list.length).toBeLessThanOrEqual(Math.max(0, limit));
  for (const s of list) {
    expect(typeof s.id).toBe('string');
    expect(typeof s.name).toBe('string');
    expect(s.name.length).toBeGreaterThan(0);
    expect(Number.isInteger(s.statements) && s.statements >= 0).toBe(true);
    expect(Array.isArray(s.aliases)).toBe(true);
  }
}

export function expectChoices(list: StatementChoice[], limit: number): void {
  expect(Array.isArray(list)).toBe(true);
  expect(list.length).toBeLessThanOrEqual(Math.max(0, limit));
  for (const c of list) {
    expect(c.ref).toMatch(/^st\d+$/);
    expect(typeof c.label).toBe('string');
    expect(c.label.length).toBeGreaterThan(0);
    expect(c.label.length).toBeLessThanOrEqual(100);
  }
}

export { fold };
