// Attributions set inside a quotation: « Nous ne céderons pas, a déclaré la maire, mais nous écouterons. »
// Newsrooms write the source in the middle of the quote; the quotation marks then frame both halves and the
// attribution, so the attribution would read as quoted words. This pass cuts the quotation around it.

import { PRONOUNS, TITLES } from './lexicon.ts';
import type { Span } from './segment.ts';
import { findTimes } from './time.ts';
import { tokenize } from './tokens.ts';
import { COMPOUND_AUXILIARIES, REPORTING_VERBS } from './verbs.ts';

export interface Incise {
  /** Where the attribution starts (its comma) and ends (before the punctuation that closes it). */
  start: number;
  end: number;
  /** The quoted words before and after it. */
  before: Span;
  after: Span;
}

const SUBJECT_START = /^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|cette|ce|cet)$/i;
const MAX_SUBJECT_WORDS = 16;

/** The end of an attribution that starts at `from`: the first , . ; outside brackets, or -1. */
function clauseEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && /[,.;!?]/.test(ch)) return i;
  }
  return -1;
}

/** An attribution at `comma` inside the quotation `q`: ", a déclaré X," / ", poursuit-elle." / ", explique X." */
function inciseAt(text: string, q: Span, comma: number): Incise | null {
  const rest = text.slice(comma + 1, q.end);
  const tokens = tokenize(rest);
  const [first, second] = tokens;
  if (!first || !/^\s+$/.test(rest.slice(0, first.start))) return null;
  let verbEnd: number;
  let needsSubject = true;
  const inverted = first.lower.match(/^(\p{L}+?)-(?:t-)?(il|elle|ils|elles|on)$/u);
  if (inverted) {
    const head = inverted[1]!;
    if (COMPOUND_AUXILIARIES.has(head) && second && REPORTING_VERBS.get(second.lower)?.participle)
      verbEnd = second.end;
    else if (REPORTING_VERBS.has(head) && !REPORTING_VERBS.get(head)!.participle) verbEnd = first.end;
    else return null;
    needsSubject = false;
  } else if (
    COMPOUND_AUXILIARIES.has(first.lower) &&
    second &&
    REPORTING_VERBS.get(second.lower)?.participle
  ) {
    verbEnd = second.end;
  } else {
    const form = REPORTING_VERBS.get(first.lower);
    if (!form || form.participle || form.gerund) return null;
    verbEnd = first.end;
  }
  let from = comma + 1 + verbEnd;
  // "…, a assuré mardi la maire, …": a time may come before the speaker.
  const time = findTimes(text.slice(from, q.end))[0];
  if (time && /^\s*$/.test(text.slice(from, from + time.start))) from += time.end;
  let end = clauseEnd(text, from, q.end);
  if (end < 0) return null;
  // "…, a déclaré la maire, Hélène Garnier, …": the name after the role belongs to the attribution.
  const name = text
    .slice(end, q.end)
    .match(/^,\s*\p{Lu}[\p{L}'-]+(?:\s+(?:de\s+|d'|du\s+|le\s+|la\s+)?\p{Lu}[\p{L}'-]+)+(?=\s*[,.;])/u);
  if (name && needsSubject) end += name[0].length;
  const subject = text.slice(from, end).trim();
  if (needsSubject) {
    const words = subject
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const head = tokenize(subject)[0];
    if (!head || words.length > MAX_SUBJECT_WORDS) return null;
    const named = /^\p{Lu}/u.test(head.text) || head.text in TITLES || SUBJECT_START.test(head.lower);
    if (!named || PRONOUNS[head.lower]) return null;
  } else if (subject && subject.split(/\s+/).length > 8) return null;
  // The quotation must go on after the attribution, or this was its end and the marks are just misplaced.
  const afterStart = end + (text.slice(end).match(/^[,.;!?]\s*/)?.[0].length ?? 1);
  if (tokenize(text.slice(afterStart, q.end)).length < 2) return null;
  return {
    start: comma,
    end,
    before: { start: q.start, end: comma },
    after: { start: afterStart, end: q.end },
  };
}

/** Quotation spans with every attribution inside them cut out; the incises found, for the statement pass. */
export function splitIncises(text: string, quotes: Span[]): { quotes: Span[]; incises: Incise[] } {
  const out: Span[] = [];
  const incises: Incise[] = [];
  for (const q of quotes) {
    let current: Span = q;
    for (let i = current.start; i < current.end; i++) {
      if (text[i] !== ',') continue;
      const incise = inciseAt(text, current, i);
      if (!incise) continue;
      incises.push(incise);
      out.push(incise.before);
      current = incise.after;
      i = current.start - 1;
    }
    out.push(current);
  }
  return { quotes: out, incises };
}
