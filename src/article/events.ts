// Things that happened at a stated time, with no one reporting them.

import type { Context } from './context.ts';
import { guessTense } from './content.ts';
import type { Span } from './segment.ts';
import { resolveTime, type TimeMatch } from './time.ts';
import type { ArticleMeta, TimedEvent, TimeRef } from './types.ts';

/** `bounds`: a time inside someone's reported words stays within them (the attribution is not the event). */
export function makeEvent(
  n: number,
  ctx: Context,
  t: TimeMatch,
  meta: ArticleMeta,
  bounds?: Span,
): TimedEvent {
  const { s } = ctx;
  const lo = bounds?.start ?? 0;
  const hi = bounds?.end ?? s.text.length;
  // The clause (between , ; :) that holds the expression.
  const lastBreak = (before: number) =>
    Math.max(...[',', ';', ':'].map((c) => s.text.lastIndexOf(c, before)));
  const nextBreak = (after: number) => {
    const found = [',', ';', ':'].map((c) => s.text.indexOf(c, after)).filter((i) => i >= 0);
    return found.length ? Math.min(...found) : s.text.length;
  };
  let start = Math.max(lo, lastBreak(t.start - 1) + 1);
  let end = Math.min(hi, nextBreak(t.end));
  // "…de grève, entamé la semaine dernière": a clause with no subject of its own belongs to the one before.
  if (
    /^\s*(?:(?!(?:malgré|après|près|dès|déjà|été|selon|ici|aussi|parmi|depuis)\s)\p{Ll}{3,}(?:é|ée|és|ées|i|is|it|u|us)(?=[\s,])|qui\s)/u.test(
      s.text.slice(start, end),
    ) &&
    start > 0
  ) {
    start = Math.max(lo, lastBreak(start - 2) + 1);
  }
  let clause = s.text.slice(start, end).trim();
  // "Le mois dernier, le Kremlin …", "… est visé : en 2011, une tentative …": a bare time takes the clause after it.
  if (clause.replace(t.text, '').split(/\s+/).filter(Boolean).length < 3 && end < hi) {
    end = Math.min(hi, nextBreak(end + 1));
    clause = s.text.slice(start, end).trim();
  }
  if (clause.replace(t.text, '').split(/\s+/).filter(Boolean).length < 4) {
    start = lo;
    end = hi;
    clause = s.text.slice(lo, hi).trim();
  }
  const subject = ctx.mentions.find((m) => m.start >= start && m.end <= end && !m.governed);
  const time: TimeRef = resolveTime(t.text, meta.published, guessTense(clause));
  return {
    id: `ev${n}`,
    text: clause.replace(/[\s.;,]+$/, ''),
    subject: subject
      ? s.text.slice(subject.start, subject.end)
      : (clause.match(
          /^(?:(?:Les?|La)\s+|L')[\p{L}-]+(?:\s+(?!(?:a|ont|avait|avaient|est|sont|était|sera|se|s')\b)\p{Ll}[\p{Ll}-]*)?/u,
        )?.[0] ?? null),
    time,
    sentenceId: s.id,
    paragraph: s.paragraph,
  };
}
