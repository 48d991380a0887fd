// The serialisable index of one article: what the indexer produces and the engine reads.

export interface ArticleMeta {
  title: string;
  language: string;
  source: string | null;
  /** ISO date (YYYY-MM-DD) the article appeared, or null when unknown: no date is ever invented. */
  published: string | null;
}

export interface Paragraph {
  /** 1-based, as a reader counts. */
  index: number;
  text: string;
  sentenceIds: number[];
  /** Set for page furniture kept for reference but never read as content: headings, bylines, date lines. */
  kind?: 'heading' | 'byline' | 'dateline';
}

export interface Sentence {
  id: number;
  /** 1-based paragraph number. */
  paragraph: number;
  text: string;
}

export type EntityKind = 'person' | 'organisation' | 'group' | 'place';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Canonical name, e.g. "Anthony Blinken". */
  name: string;
  /** Other ways the article (or the alias file) names it: surname, "M. Blinken", the role. */
  aliases: string[];
  role: string | null;
  /** Sentence ids where it is mentioned. */
  mentions: number[];
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface TimeRef {
  /** As written in the article: "lundi", "le mois dernier", "depuis 2018". */
  text: string;
  /** Resolved ISO date (or YYYY / YYYY-MM for coarse ones) when the publication date allows; else null. */
  date: string | null;
}

export interface Statement {
  id: string;
  /** Entity id of the speaker, or null when nobody can be named. */
  speakerId: string | null;
  /** How the sentence names the speaker ("Il", "M. Blinken", "Certains experts russes"). */
  speakerMention: string | null;
  verb: string;
  /** The reported clause or quoted words, without the attribution. */
  content: string;
  /** Words inside quotation marks, joined with " … " when several. */
  quote: string | null;
  kind: StatementKind;
  time: TimeRef | null;
  /** To whom: "à la BBC". */
  audience: string | null;
  /** True for reported-speech conditionals ("aurait reçu"): reportedly. */
  hedged: boolean;
  sentenceId: number;
  paragraph: number;
}

/** Something that happened at a stated time, with no one reporting it. */
export interface TimedEvent {
  id: string;
  text: string;
  subject: string | null;
  time: TimeRef;
  sentenceId: number;
  paragraph: number;
}

export interface ArticleIndex {
  version: number;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  statements: Statement[];
  events: TimedEvent[];
}
