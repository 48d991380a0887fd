// The reported words themselves: tidy quotation marks, the time that goes with them, their tense.

import { insideAny } from './context.ts';
import type { Span } from './segment.ts';
import type { Tense, TimeMatch } from './time.ts';

/** Content without its trailing punctuation, quotation marks made regular: « … ». */
export function tidy(text: string, quotes: Span[], offset: number): string {
  let out = '';
  let i = 0;
  const local = quotes
    .map((q) => ({ start: q.start - offset, end: q.end - offset }))
    .filter((q) => q.end > 0 && q.start < text.length);
  for (const q of local) {
    const s = Math.max(0, q.start);
    out +=
      text
        .slice(i, s)
        .replace(/[«»“”"„]\s*$/, '')
        .replace(/\s*$/, ' ') +
      '« ' +
      text.slice(s, q.end) +
      ' »';
    i = Math.min(text.length, q.end);
    const after = text.slice(i).match(/^\s*[«»“”"]/);
    if (after) i += after[0].length;
  }
  out += text.slice(i);
  return out
    .replace(/^\s*[«»“”"]\s*(?=[«])/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .replace(/\s+([,.])/g, '$1')
    .trim();
}

/**
 * The time of the attribution ("a déclaré lundi") when there is one; otherwise the first time in what was said
 * ("… pourrait revenir sous 3 % en 2029"). Times inside a role ("installé quai Riondet depuis 1998") are neither.
 */
export function pickTime(
  times: TimeMatch[],
  content: Span,
  quotes: Span[],
  verbStart: number,
  verbEnd: number,
  roles: Span[] = [],
): TimeMatch | null {
  const usable = times.filter((t) => !insideAny(roles, t.start));
  const outside = usable.filter(
    (t) => (t.end <= content.start || t.start >= content.end) && !insideAny(quotes, t.start),
  );
  if (!outside.length) return usable.find((t) => t.start >= content.start && t.end <= content.end) ?? null;
  const distance = (t: TimeMatch) =>
    t.end <= verbStart ? verbStart - t.end : Math.max(0, t.start - verbEnd);
  return outside.reduce((a, b) => (distance(a) <= distance(b) ? a : b));
}

export function guessTense(text: string): Tense {
  if (/\b\p{L}+(?:era|eront|ira|iront|dra|dront|ra|ront)\b/u.test(text) || /prochain/.test(text))
    return 'future';
  return 'past';
}
