// What every step of statement extraction knows about the sentence at hand.

import type { Apposition, EntityDraft, Mention } from './entities.ts';
import type { Incise } from './incises.ts';
import type { Span } from './segment.ts';
import type { TimeMatch } from './time.ts';
import type { Token } from './tokens.ts';
import type { Sentence } from './types.ts';

export interface Context {
  s: Sentence;
  tokens: Token[];
  quotes: Span[];
  /** Attributions that stood inside a quotation (cut out of `quotes`). */
  incises: Incise[];
  times: TimeMatch[];
  mentions: Mention[];
  appositions: Apposition[];
}

/** Who a phrase names: an entity when one is known, and the words as written. */
export interface Resolved {
  entity: EntityDraft | null;
  mention: string | null;
}

export const insideAny = (spans: Span[], pos: number) => spans.some((q) => pos >= q.start && pos < q.end);
