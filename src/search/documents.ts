// Searchable documents built once from the index: statements, timed events, sentences.

import type { ArticleIndex, Entity, Sentence, Statement, TimedEvent } from '../article/types.ts';
import { contentStems } from '../text/normalize.ts';

export type Field = 'speaker' | 'content' | 'sentence' | 'time';

export interface Doc {
  ref: string;
  type: 'statement' | 'event' | 'sentence';
  sentence: Sentence;
  statement: Statement | null;
  event: TimedEvent | null;
  speaker: Entity | null;
  fields: Record<Field, ReadonlySet<string>>;
}

export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

function speakerText(e: Entity | null, mention: string | null): string {
  return e ? [e.name, ...e.aliases, e.role ?? ''].join(' ') : (mention ?? '');
}

export interface Docs {
  statements: Doc[];
  events: Doc[];
  sentences: Doc[];
  /** Each sentence's stems, computed once and shared by every document of that sentence. */
  sentenceStems: ReadonlyArray<ReadonlySet<string>>;
}

/** A statement's verb classes (deny, warn, …), as stems its content carries: see verb-classes.ts. */
export type VerbClassifier = (verb: string, sentence: string) => string[];

export function buildDocs(index: ArticleIndex, classify: VerbClassifier = () => []): Docs {
  const entity = new Map(index.entities.map((e) => [e.id, e]));
  const sentenceStems = index.sentences.map((s) => stemSet(s.text));
  const empty: ReadonlySet<string> = new Set();
  const statementDocs = index.statements.map((st): Doc => {
    const sp = st.speakerId ? (entity.get(st.speakerId) ?? null) : null;
    return {
      ref: st.id,
      type: 'statement',
      sentence: index.sentences[st.sentenceId]!,
      statement: st,
      event: null,
      speaker: sp,
      fields: {
        speaker: stemSet(speakerText(sp, st.speakerMention)),
        content: new Set([
          ...contentStems(`${st.content} ${st.verb} ${st.audience ?? ''}`),
          ...classify(st.verb, index.sentences[st.sentenceId]!.text),
        ]),
        sentence: sentenceStems[st.sentenceId]!,
        time: stemSet(st.time?.text ?? ''),
      },
    };
  });
  const eventDocs = index.events.map((ev): Doc => ({
    ref: ev.id,
    type: 'event',
    sentence: index.sentences[ev.sentenceId]!,
    statement: null,
    event: ev,
    speaker: null,
    fields: {
      speaker: stemSet(ev.subject ?? ''),
      content: stemSet(ev.text),
      sentence: sentenceStems[ev.sentenceId]!,
      time: stemSet(ev.time.text),
    },
  }));
  const firstStatement = new Map<number, Doc>();
  for (const d of statementDocs) if (!firstStatement.has(d.sentence.id)) firstStatement.set(d.sentence.id, d);
  const sentenceDocs = index.sentences.map((s): Doc => {
    const st = firstStatement.get(s.id) ?? null;
    return {
      ref: `se${s.id}`,
      type: 'sentence',
      sentence: s,
      statement: st?.statement ?? null,
      event: null,
      speaker: st?.speaker ?? null,
      fields: {
        speaker: st ? st.fields.speaker : empty,
        content: sentenceStems[s.id]!,
        sentence: empty,
        time: empty,
      },
    };
  });
  return { statements: statementDocs, events: eventDocs, sentences: sentenceDocs, sentenceStems };
}
