// Scoring: the share of the question's (rarity-weighted) terms that a document contains.

import type { Doc, Field } from './documents.ts';
import type { Term } from './analyse.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface ResolvedTerm {
  word: string;
  /** What satisfies the term (every stem of one option), each with how sure a match through it is. */
  options: Array<{ stems: string[]; confidence: number }>;
  weight: number;
}

/** Confidence of a match through a near-synonym rather than the word itself. */
const SYNONYM_CONFIDENCE = 0.85;

export interface Scored {
  doc: Doc;
  score: number;
  matchedStems: Set<string>;
}

const FIELD_WEIGHT: Record<Field, number> = { content: 1, speaker: 1, time: 1, sentence: 0.8 };

export class Weights {
  private readonly df = new Map<string, number>();
  readonly unknownWeight: number;

  constructor(private readonly sentenceStems: ReadonlyArray<ReadonlySet<string>>) {
    for (const set of sentenceStems) for (const s of set) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    // An unknown word weighs like a word seen once: it is what the question is about and the article lacks.
    this.unknownWeight = this.idf(1);
  }

  private idf(df: number): number {
    return Math.log(1 + (this.sentenceStems.length + 1) / df);
  }

  of(stem: string): number {
    const df = this.df.get(stem);
    return df ? this.idf(df) : this.unknownWeight;
  }
}

/** Maps each query term onto stems the article has: exact, via the glossary, or by fuzzy correction. */
export function resolveTerms(terms: Term[], vocab: Vocabulary, weights: Weights): ResolvedTerm[] {
  return terms.map((t) => {
    const known = t.stems.filter((s) => vocab.has(s));
    const phrases = (t.phrases ?? []).filter((p) => p.every((s) => vocab.has(s)));
    const alternates = (t.alternates ?? []).filter((s) => vocab.has(s));
    if (known.length || phrases.length || alternates.length) {
      return {
        word: t.word,
        options: [
          ...known.map((stem) => ({ stems: [stem], confidence: 1 })),
          ...phrases.map((stems) => ({ stems, confidence: 1 })),
          ...alternates.map((stem) => ({ stems: [stem], confidence: SYNONYM_CONFIDENCE })),
        ],
        weight: Math.max(...[...known, ...phrases.flat(), ...alternates].map((s) => weights.of(s))),
      };
    }
    const fix = /^\d+$/.test(t.word) ? null : vocab.correct(t.word);
    if (fix)
      return {
        word: t.word,
        options: [{ stems: [fix.stem], confidence: fix.confidence }],
        weight: weights.of(fix.stem),
      };
    return { word: t.word, options: [], weight: weights.unknownWeight };
  });
}

/** Every stem of the option is in the set (a loop, not a closure: this runs for every document on every question). */
function allIn(stems: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < stems.length; i++) if (!set.has(stems[i]!)) return false;
  return true;
}

export function coverage(
  doc: Doc,
  terms: ResolvedTerm[],
  fields: readonly Field[],
  matched?: Set<string>,
): number {
  let total = 0;
  let got = 0;
  for (const t of terms) {
    total += t.weight;
    let best = 0;
    for (const f of fields) {
      const set = doc.fields[f];
      for (const o of t.options) {
        if (!allIn(o.stems, set)) continue;
        best = Math.max(best, FIELD_WEIGHT[f] * o.confidence);
        if (matched) for (const s of o.stems) matched.add(s);
      }
    }
    got += t.weight * best;
  }
  return total > 0 ? got / total : 0;
}

export function score(doc: Doc, terms: ResolvedTerm[], fields: readonly Field[]): Scored {
  const matchedStems = new Set<string>();
  return { doc, score: coverage(doc, terms, fields, matchedStems), matchedStems };
}

/** Documents that match at all, best first; matched words are worked out only for those. */
export function rank(docs: readonly Doc[], terms: ResolvedTerm[], fields: readonly Field[]): Scored[] {
  const hits: Array<{ doc: Doc; score: number }> = [];
  for (const doc of docs) {
    const s = coverage(doc, terms, fields);
    if (s > 0) hits.push({ doc, score: s });
  }
  hits.sort((a, b) => b.score - a.score || a.doc.sentence.id - b.doc.sentence.id);
  // Matched words are only needed for the few results shown: worked out when first asked for.
  return hits.map(({ doc, score }) => {
    let matched: Set<string> | null = null;
    return {
      doc,
      score,
      get matchedStems() {
        if (!matched) {
          matched = new Set();
          coverage(doc, terms, fields, matched);
        }
        return matched;
      },
    };
  });
}
