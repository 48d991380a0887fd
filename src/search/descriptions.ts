// What the article says of someone around their name, beyond the role the indexer kept: the words just before
// a mention ("Au nom du collectif des avocats de la défense, Me X a dit", "au patron du groupe : interrogé
// mardi, Y a menacé") and the apposition just after it. A question that names a speaker by such a description
// ("l'avocat de la défense", "le patron du groupe") can then find them. Also the organisation a role's
// complement refers back to: "porte-parole du ministère" after "le ministère iranien des Affaires étrangères".

import type { ArticleIndex, Entity } from '../article/types.ts';
import { fold } from '../text/normalize.ts';

/** Words before a mention that may still describe it: a role, its complement, a short insert. */
const BEFORE_WORDS = 12;
/** Words of an apposition after a mention, up to its closing comma. */
const AFTER_WORDS = 8;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function namesOf(e: Entity): string[] {
  return [e.name, ...e.aliases].filter((n) => n.length >= 2);
}

/** Character spans of every name or alias of `e` in `text` (folded comparison, whole words). */
function spans(text: string, e: Entity): Array<[number, number]> {
  const folded = fold(text);
  const out: Array<[number, number]> = [];
  for (const n of namesOf(e)) {
    const f = fold(n);
    let i = folded.indexOf(f);
    while (i >= 0) {
      const before = folded[i - 1];
      const after = folded[i + f.length];
      if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after)))
        out.push([i, i + f.length]);
      i = folded.indexOf(f, i + 1);
    }
  }
  return out;
}

/**
 * For each person or organisation that speaks, the words around its mentions, bounded by the sentence and by
 * any other entity's mention (the words before "le ministre a reçu le maire X" stop at nobody, but those before
 * "Y a salué X" stop at Y), plus the names of the organisations its role's complements point to.
 */
export function describe(index: ArticleIndex, speaking: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const others = index.entities.filter((e) => e.kind !== 'place');
  // Only someone who could be described stops a window: a channel named in between ("interrogé par RTL") does not.
  const stoppers = others.filter((e) => e.kind === 'person' || speaking.has(e.id));
  const sentenceText = new Map(index.sentences.map((s) => [s.id, s.text]));
  for (const e of index.entities) {
    if (!speaking.has(e.id)) continue;
    const parts: string[] = [];
    for (const id of new Set(e.mentions)) {
      const text = sentenceText.get(id);
      if (!text) continue;
      const all = spans(text, e);
      // "Patrick Pouyanné" and its alias "Pouyanné": the whole name is the mention.
      const own = all.filter(([a, b]) => !all.some(([c, d]) => c <= a && d >= b && d - c > b - a));
      if (!own.length) continue;
      const foreign = stoppers
        .filter((o) => o.id !== e.id)
        .flatMap((o) => spans(text, o))
        // A longer name holding this one ("Le Maire" in "Bruno Le Maire") is not someone else.
        .filter(([a, b]) => !own.some(([c, d]) => a <= c && b >= d));
      for (const [start, end] of own) {
        // A quotation before the name is someone's words, not a description of them.
        const quote = Math.max(...[...text.slice(0, start).matchAll(/[«»"“”]/g)].map((m) => m.index + 1), 0);
        const stop = Math.max(quote, ...foreign.filter(([, b]) => b <= start).map(([, b]) => b));
        const before = [...text.slice(stop, start).matchAll(WORD)].map((m) => m[0]).slice(-BEFORE_WORDS);
        const next = foreign.filter(([a]) => a >= end).map(([a]) => a);
        const tail = text.slice(end, Math.min(text.length, ...next));
        const apposition = /^\s*,([^,.;:«»"()]+)/.exec(tail)?.[1] ?? '';
        const after = [...apposition.matchAll(WORD)].map((m) => m[0]).slice(0, AFTER_WORDS);
        parts.push([...before, ...after].join(' '));
      }
    }
    parts.push(...complementNames(e, others));
    const text = parts.join(' ').trim();
    if (text) out.set(e.id, text);
  }
  return out;
}

/** "porte-parole du ministère": the one organisation named "Ministère …" in the article, when there is one. */
function complementNames(e: Entity, others: readonly Entity[]): string[] {
  const heads = [...(e.role ?? '').matchAll(/\b(?:du|de la|de l'|des)\s*([\p{L}-]+)\s*(?:,|$)/gu)].map((m) =>
    fold(m[1]!),
  );
  return heads.flatMap((head) => {
    const fits = others.filter(
      (o) => o.id !== e.id && o.kind !== 'person' && fold(o.name).split(/[\s']/)[0] === head,
    );
    return fits.length === 1 ? [fits[0]!.name] : [];
  });
}
