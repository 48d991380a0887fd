// What the engine answers: plain data, rendered by the CLI, JSON, or Discord.

import type { ArticleIndex } from '../article/types.ts';

export type Intent = 'who' | 'what' | 'when' | 'search' | 'speakers' | 'timeline';

export interface AnswerResult {
  /** Stable handle to re-fetch this result later (button custom ids): "st3" statement, "ev1" event, "se12" sentence. */
  ref: string;
  speaker: string | null;
  role: string | null;
  statement: string;
  quote: string | null;
  /** Time expression as written. */
  when: string | null;
  /** Resolved ISO date, or null. */
  date: string | null;
  verb: string | null;
  audience: string | null;
  hedged: boolean;
  sentence: string;
  paragraph: number;
  /** 0..1, higher is better. */
  score: number;
  /** Words of the query found in the sentence (for bold highlighting). */
  matched: string[];
  /** For "Pourquoi … ?" / "Why …?": the cause or purpose clause of the sentence ("parce que …", "afin de …"). */
  reason?: string;
}

export interface Answer {
  question: string;
  intent: Intent;
  found: boolean;
  results: AnswerResult[];
  /** When nothing was found: up to three things the article can answer. */
  suggestions: string[];
  /** Why nothing was found, when the engine knows ("L'article ne dit pas quand X l'a dit."). */
  note?: string;
  /** "Qu'a dit le ministre ?" when two speakers fit: their names, so a front end can say so. */
  ambiguous?: string[];
}

export interface SpeakerSummary {
  id: string;
  name: string;
  role: string | null;
  kind: string;
  aliases: string[];
  statements: number;
}

export interface StatementChoice {
  ref: string;
  /** Short human label: "Anthony Blinken : les talibans doivent respecter…". */
  label: string;
}

/** The one engine both front ends (CLI, Discord) call. Knows nothing of Discord. */
export interface Engine {
  readonly index: ArticleIndex;
  /** Free question (French or English), routed to an intent. */
  ask(question: string): Answer;
  who(text: string): Answer;
  said(speaker: string, topic?: string): Answer;
  when(text: string): Answer;
  search(text: string): Answer;
  speakers(): SpeakerSummary[];
  timeline(): Answer;
  /** Re-fetch one result by its ref (for stateless buttons). */
  byRef(ref: string): AnswerResult | null;
  /** Whole paragraph text by 1-based number. */
  paragraph(n: number): string | null;
  /** Autocomplete: speakers whose name, alias or role matches the input; all speakers on empty input. */
  suggestSpeakers(input: string, limit: number): SpeakerSummary[];
  /** Autocomplete: statements matching the input. */
  suggestStatements(input: string, limit: number): StatementChoice[];
}
