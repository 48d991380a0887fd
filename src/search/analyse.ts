// Query words -> weighted search terms: stop words out, stems in, English mapped to French through the glossary.

import { STOPWORDS } from '../text/stopwords.ts';
import { fold, stem, words } from '../text/normalize.ts';

/** English word or phrase (folded) -> French stems. */
export type Glossary = ReadonlyMap<string, string[]>;

export interface Term {
  /** The word as the user typed it (folded). */
  word: string;
  /** Stems any of which satisfies the term. */
  stems: string[];
}

/** Builds the glossary from data/glossary.json's `entries` (or an already-parsed map). */
export function makeGlossary(entries: Record<string, string[]> | undefined): Glossary {
  const map = new Map<string, string[]>();
  for (const [en, frs] of Object.entries(entries ?? {})) {
    const stems = frs.flatMap((fr) => words(fr).filter((w) => !STOPWORDS.has(w)).map(stem));
    if (stems.length) map.set(fold(en), [...new Set(stems)]);
  }
  return map;
}

const ENGLISH_HINTS = new Set(['the', 'who', 'what', 'when', 'did', 'does', 'said', 'say', 'about', 'which', 'how', 'is', 'was', 'were', 'has', 'have', 'since', 'from', 'of', 'would', 'will']);

export function looksEnglish(text: string): boolean {
  const ws = words(text);
  return ws.filter((w) => ENGLISH_HINTS.has(w)).length >= Math.max(1, Math.ceil(ws.length * 0.15));
}

// Extra English function words the French list does not need.
const ENGLISH_STOP = new Set(['would', 'will', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'any', 'some', 'all', 'according', 'article', 'news']);

export function terms(text: string, glossary: Glossary): Term[] {
  const ws = words(text);
  const out: Term[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Two-word glossary phrases first: "last month", "white house".
    const pair = i + 1 < ws.length ? `${w} ${ws[i + 1]}` : '';
    if (pair && glossary.has(pair)) {
      out.push({ word: pair, stems: glossary.get(pair)! });
      i++;
      continue;
    }
    if (STOPWORDS.has(w) || ENGLISH_STOP.has(w) || w.length < 2) continue;
    const stems = new Set([stem(w)]);
    for (const s of glossary.get(w) ?? []) stems.add(s);
    const key = [...stems].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ word: w, stems: [...stems] });
  }
  return out;
}
