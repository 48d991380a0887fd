// Query words -> weighted search terms: stop words out, stems in, English mapped to French through the glossary.

import { STOPWORDS } from '../text/stopwords.ts';
import { contentStems, fold, stem, words } from '../text/normalize.ts';
import { cognates, englishLemmas } from './english.ts';

export interface Term {
  /** The word as the user typed it (folded). */
  word: string;
  /** Stems any of which satisfies the term (the word's own, or its English translations). */
  stems: string[];
  /** Multi-word translations: all of a phrase's stems must be there ("président-directeur général"). */
  phrases?: string[][];
  /** Near-synonyms: they satisfy the term too, with less confidence than the word itself. */
  alternates?: string[];
}

/** English translations and French near-synonyms of a folded word or phrase. */
export interface Glossary {
  translations: ReadonlyMap<string, { stems: string[]; phrases: string[][] }>;
  synonyms: ReadonlyMap<string, string[]>;
}

/**
 * One map for both data files: English words (data/glossary.json) and French synonyms (data/synonyms.json)
 * each lead to the French stems that may stand for them.
 */
export function makeGlossary(
  entries: Record<string, string[]> | undefined,
  synonyms: string[][] = [],
): Glossary {
  const build = (pairs: Array<[string, string[]]>) => {
    const map = new Map<string, Set<string>>();
    for (const [key, stems] of pairs) {
      if (!stems.length) continue;
      const set = map.get(key) ?? new Set<string>();
      stems.forEach((s) => set.add(s));
      map.set(key, set);
    }
    return new Map([...map].map(([k, v]): [string, string[]] => [k, [...v]]));
  };
  const translations = new Map<string, { stems: string[]; phrases: string[][] }>();
  for (const [en, frs] of Object.entries(entries ?? {})) {
    const all = frs.map(contentStems).filter((s) => s.length > 0);
    if (!all.length) continue;
    const key = fold(en);
    const prior = translations.get(key) ?? { stems: [], phrases: [] };
    translations.set(key, {
      stems: [...new Set([...prior.stems, ...all.filter((s) => s.length === 1).map((s) => s[0]!)])],
      phrases: [...prior.phrases, ...all.filter((s) => s.length > 1)],
    });
  }
  return {
    translations,
    // Only single words lead into a group: "mission" alone is not "mission diplomatique".
    synonyms: build(
      synonyms.flatMap((group) =>
        group
          .filter((w) => !/\s/.test(w))
          // By the word and by its stem, so any inflection leads in: "gagnent" as well as "gagner".
          .flatMap((w): Array<[string, string[]]> => {
            const stems = group.flatMap(contentStems);
            return [
              [fold(w), stems],
              [`~${stem(fold(w))}`, stems],
            ];
          }),
      ),
    ),
  };
}

const ENGLISH_HINTS = new Set([
  'the',
  'who',
  'what',
  'when',
  'did',
  'does',
  'said',
  'say',
  'about',
  'which',
  'how',
  'is',
  'was',
  'were',
  'has',
  'have',
  'since',
  'from',
  'of',
  'would',
  'will',
]);

export function looksEnglish(text: string): boolean {
  const ws = words(text);
  return ws.filter((w) => ENGLISH_HINTS.has(w)).length >= Math.max(1, Math.ceil(ws.length * 0.15));
}

// Extra English function words the French list does not need.
const ENGLISH_STOP = new Set(
  `would will should could can may might must shall any some all according article news many much how between
  over into onto than one ones`.split(/\s+/),
);

// The French-looking stems of a word, its English base forms included: the same for every glossary, kept.
const cognateStemCache = new Map<string, string[]>();
function cognateStems(word: string): string[] {
  let cached = cognateStemCache.get(word);
  if (!cached) {
    cached = [
      ...new Set([word, ...englishLemmas(word)].flatMap((w) => cognates(w).map((c) => stem(fold(c))))),
    ];
    if (cognateStemCache.size > 20000) cognateStemCache.clear();
    cognateStemCache.set(word, cached);
  }
  return cached;
}

/** English plurals and verb forms fall back to the glossary's base entry: "mayors" -> "mayor", "told" -> "tell". */
function translationOf(glossary: Glossary, word: string) {
  const own = glossary.translations.get(word);
  if (own) return own;
  for (const lemma of englishLemmas(word)) {
    const t = glossary.translations.get(lemma);
    if (t) return t;
  }
  return undefined;
}

export function terms(text: string, glossary: Glossary): Term[] {
  // An English possessive ("the prosecutor's office") leaves an "s" between the words of a phrase.
  const ws = words(text).filter((w) => w !== 's');
  const out: Term[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Glossary phrases first, longest first: "secretary of state", "last month".
    const phrase = [3, 2]
      .map((n) => ws.slice(i, i + n).join(' '))
      .find((p, k) => i + (3 - k) <= ws.length && glossary.translations.has(p));
    if (phrase) {
      // The phrase's own words count too: an English title may be written as is ("chief executive officer").
      const own = contentStems(phrase);
      const { stems, phrases } = glossary.translations.get(phrase)!;
      out.push({ word: phrase, stems, phrases: [...phrases, own] });
      i += phrase.split(' ').length - 1;
      continue;
    }
    if (STOPWORDS.has(w) || ENGLISH_STOP.has(w) || w.length < 2) continue;
    const stems = new Set([stem(w)]);
    const translation = translationOf(glossary, w);
    for (const s of translation?.stems ?? []) stems.add(s);
    if (!translation) for (const s of cognateStems(w)) stems.add(s);
    const key = [...stems].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const alternates = (glossary.synonyms.get(w) ?? glossary.synonyms.get(`~${stem(w)}`) ?? []).filter(
      (s) => !stems.has(s),
    );
    out.push({ word: w, stems: [...stems], phrases: translation?.phrases ?? [], alternates });
  }
  return out;
}
