// Documents -> the plain AnswerResult the front ends render.

import type { ArticleIndex, Entity } from '../article/types.ts';
import { fold, stem } from '../text/normalize.ts';
import type { Doc } from './documents.ts';
import type { AnswerResult } from './types.ts';

const round = (n: number) => Math.round(n * 1000) / 1000;

// A sentence's surface words and their stems, worked out once per sentence object (the index keeps them).
const surfaceCache = new WeakMap<object, Array<{ word: string; stems: string[] }>>();
function surfaceWords(sentence: string, key?: object): Array<{ word: string; stems: string[] }> {
  const cached = key ? surfaceCache.get(key) : undefined;
  if (cached) return cached;
  const out: Array<{ word: string; stems: string[] }> = [];
  for (const m of sentence.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
    const parts = fold(m[0])
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    out.push({ word: m[0], stems: parts.map(stem) });
  }
  if (key) surfaceCache.set(key, out);
  return out;
}

/** Surface words of the sentence whose stems the question matched, for bold highlighting. */
export function matchedWords(sentence: string, stems: ReadonlySet<string>, key?: object): string[] {
  if (!stems.size) return [];
  const out = new Set<string>();
  for (const { word, stems: own } of surfaceWords(sentence, key))
    if (own.some((s) => stems.has(s))) out.add(word);
  return [...out];
}

export function toResult(doc: Doc, score: number, stems: ReadonlySet<string>): AnswerResult {
  const st = doc.statement;
  const sp: Entity | null = doc.speaker;
  const time = st?.time ?? doc.event?.time ?? null;
  const useStatement = doc.type !== 'event' && st;
  return {
    ref: doc.ref,
    speaker: useStatement ? (sp?.name ?? null) : null,
    role: useStatement ? (sp?.role ?? null) : null,
    statement: doc.type === 'event' ? doc.event!.text : st ? st.content : doc.sentence.text,
    quote: useStatement ? st.quote : null,
    when: useStatement || doc.type === 'event' ? (time?.text ?? null) : null,
    date: useStatement || doc.type === 'event' ? (time?.date ?? null) : null,
    verb: useStatement ? st.verb : null,
    audience: useStatement ? st.audience : null,
    hedged: useStatement ? st.hedged : false,
    sentence: doc.sentence.text,
    paragraph: doc.sentence.paragraph,
    score: round(score),
    matched: matchedWords(doc.sentence.text, stems, doc.sentence),
  };
}

export function paragraphText(index: ArticleIndex, n: number): string | null {
  return index.paragraphs.find((p) => p.index === n)?.text ?? null;
}
