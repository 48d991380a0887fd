// The answer engine: one per article, indexes built once, every answer plain data.

import type { ArticleIndex } from '../article/types.ts';
import { words } from '../text/normalize.ts';
import { looksEnglish, makeGlossary, terms, type Glossary } from './analyse.ts';
import { chronologicalKey } from '../article/time.ts';
import { buildDocs, stemSet, type Doc } from './documents.ts';
import { route } from './intent.ts';
import { coverage, rank, resolveTerms, score, Weights, type ResolvedTerm, type Scored } from './rank.ts';
import { paragraphText, toResult } from './results.ts';
import { SpeakerFinder } from './speakers.ts';
import type { Answer, AnswerResult, Engine, Intent, SpeakerSummary } from './types.ts';
import { Suggester } from './suggest.ts';
import { Vocabulary } from './vocabulary.ts';

/** A document answers when at least this share of the question's weighted words is in it. */
export const FOUND_THRESHOLD = 0.5;
/** A topic within one speaker's statements needs less: the speaker already narrowed the field. */
export const TOPIC_THRESHOLD = 0.34;
/** Further results are kept while they score at least this share of the best one. */
const RELATIVE_CUTOFF = 0.6;
const MAX_RESULTS = 10;
/** Questions are cut to this many characters: enough for any real question, bounded work for any input. */
export const MAX_QUESTION_CHARS = 500;

// Words that say "someone spoke" or "something happened" in a question, without saying about what
// ("Qui a parlé de …", "Quand a eu lieu …", "trouve le passage sur …").
const QUESTION_NOISE = new Set(
  `parle parler evoque mentionne aborde dit speak spoke talk talked mention mentioned article passage phrase texte
  trouve cherche find search show montre lieu passe`.split(/\s+/),
);

export interface EngineOptions {
  /** English -> French entries from data/glossary.json. */
  glossary?: Record<string, string[]>;
  /** Groups of French words that mean the same in news prose (data/synonyms.json). */
  synonyms?: string[][];
}

// The data files' glossary is the same for every article: stemmed once per options object, not once per engine.
const glossaries = new WeakMap<EngineOptions, Glossary>();
function sharedGlossary(options: EngineOptions): Glossary {
  let g = glossaries.get(options);
  if (!g) {
    g = makeGlossary(options.glossary, options.synonyms);
    glossaries.set(options, g);
  }
  return g;
}

export function createEngine(index: ArticleIndex, options: EngineOptions = {}): Engine {
  // An entity's other names lead to the name the article uses: "Moscow" finds "Moscou", "Isis" finds "EI".
  const aliases = makeGlossary(
    Object.fromEntries(
      index.entities.flatMap((e) => e.aliases.map((a): [string, string[]] => [a.toLowerCase(), [e.name]])),
    ),
  );
  const shared = sharedGlossary(options);
  const glossary: Glossary = {
    translations: new Map([...aliases.translations, ...shared.translations]),
    synonyms: shared.synonyms,
  };
  const docs = buildDocs(index);
  const byRef = new Map<string, Doc>(
    [...docs.statements, ...docs.events, ...docs.sentences].map((d) => [d.ref, d]),
  );
  const statementCount = new Map<string, number>();
  for (const st of index.statements) {
    if (st.speakerId) statementCount.set(st.speakerId, (statementCount.get(st.speakerId) ?? 0) + 1);
  }
  const speaking = new Set(statementCount.keys());
  const vocabWords = [
    ...index.sentences.flatMap((s) => words(s.text)),
    ...index.entities.flatMap((e) => words([e.name, ...e.aliases, e.role ?? ''].join(' '))),
  ];
  const vocab = new Vocabulary(vocabWords);
  const weights = new Weights(docs.sentenceStems);
  const finder = new SpeakerFinder(index.entities, speaking);

  const speakerList: SpeakerSummary[] = index.entities
    .filter((e) => speaking.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      kind: e.kind,
      aliases: e.aliases,
      statements: statementCount.get(e.id) ?? 0,
    }));

  const suggester = new Suggester(index, speakerList, vocab, finder);

  // Answers that do not depend on the question: worked out once, here.
  const timed = [...docs.events, ...docs.statements.filter((d) => d.statement?.time)];
  const chronology = new Map(
    timed.map((d) => [d, chronologicalKey((d.event?.time ?? d.statement?.time)!.text, index.meta.published)]),
  );
  const timelineResults = [...timed]
    .sort((a, b) => {
      const [ka, kb] = [chronology.get(a)!, chronology.get(b)!];
      if (ka && kb && ka !== kb) return ka < kb ? -1 : 1;
      if (!!ka !== !!kb) return ka ? -1 : 1;
      return a.sentence.id - b.sentence.id;
    })
    .map((d) => toResult(d, 1, new Set()));
  const speakerResults = speakerList.map((s) => {
    const first = docs.statements.find((d) => d.statement?.speakerId === s.id)!;
    return { ...toResult(first, 1, new Set()), speaker: s.name, role: s.role };
  });
  const mostQuoted = [...speakerList].sort((a, b) => b.statements - a.statements).slice(0, 2);

  const queryTerms = (text: string): ResolvedTerm[] =>
    resolveTerms(
      terms(text.slice(0, MAX_QUESTION_CHARS), glossary).filter((t) => !QUESTION_NOISE.has(t.word)),
      vocab,
      weights,
    );

  const answer = (
    question: string,
    intent: Intent,
    scored: Scored[],
    threshold = FOUND_THRESHOLD,
  ): Answer => {
    const best = scored[0];
    if (!best || best.score < threshold) return miss(question, intent);
    const kept = scored
      .filter((s) => s.score >= Math.max(threshold, best.score * RELATIVE_CUTOFF))
      .slice(0, MAX_RESULTS);
    return {
      question,
      intent,
      found: true,
      results: kept.map((s) => toResult(s.doc, s.score, s.matchedStems)),
      suggestions: [],
    };
  };

  const miss = (question: string, intent: Intent): Answer => ({
    question,
    intent,
    found: false,
    results: [],
    suggestions: suggestionsFor(question),
  });

  const suggestionsFor = (question: string): string[] => {
    const english = looksEnglish(question);
    const out = mostQuoted.map((s) => (english ? `What did ${s.name} say?` : `Qu'a dit ${s.name} ?`));
    if (index.events.length || index.statements.some((s) => s.time))
      out.push(english ? 'Timeline' : 'Chronologie');
    else out.push(english ? 'Who is quoted?' : 'Qui est cité ?');
    return out.slice(0, 3);
  };

  const who = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'who');
    const found = answer(question, 'who', rank(docs.statements, t, ['content', 'sentence']));
    if (found.found) return found;
    // A passage with no speaker can still be the answer ("On pense que…"): only when it matches strongly.
    const fallback = rank(docs.sentences, t, ['content']);
    return answer(question, 'who', fallback, 0.75);
  };

  const said = (
    speaker: string,
    topic = '',
    question = topic ? `${speaker} ${topic}` : speaker,
    audience = '',
  ): Answer => {
    const name = speaker.slice(0, MAX_QUESTION_CHARS);
    let match = finder.find(name, terms(name, glossary));
    // "Que pense Kortunov du nord de l'Afghanistan ?": the name ends where a topic starts. A name is a few words,
    // so only the first few "de" are worth trying.
    const cuts = [...name.matchAll(/\s(?:du|de la|de l'|des|de|d')\s*/g)].slice(0, 4);
    for (const cut of cuts) {
      const head = name.slice(0, cut.index);
      const found = match ? null : finder.find(head, terms(head, glossary));
      if (found) {
        match = found;
        topic = `${name.slice(cut.index + cut[0].length)} ${topic}`.trim();
      }
    }
    if (!match) return miss(question, 'what');
    const ids = new Set(match.entities.map((e) => e.id));
    let own = docs.statements.filter((d) => d.statement && ids.has(d.statement.speakerId ?? ''));
    if (audience) {
      // "à la BBC": only what was said to them; nothing said to them is an honest miss.
      const to = stemSet(audience);
      own = own.filter((d) => [...stemSet(d.statement!.audience ?? '')].some((s) => to.has(s)));
    }
    if (!own.length) return miss(question, 'what');
    const t = topic.trim() ? queryTerms(topic) : [];
    if (!t.length) {
      return {
        question,
        intent: 'what',
        found: true,
        results: own.map((d) => toResult(d, match.confidence, new Set())),
        suggestions: [],
      };
    }
    const scored = own
      .map((d) => score(d, t, ['content', 'sentence']))
      .filter((s) => s.score >= TOPIC_THRESHOLD);
    if (!scored.length) return miss(question, 'what');
    scored.sort((a, b) => b.score - a.score);
    return {
      question,
      intent: 'what',
      found: true,
      results: scored.map((s) => toResult(s.doc, s.score * match.confidence, s.matchedStems)),
      suggestions: [],
    };
  };

  const when = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'when');
    // Only what carries a time can say when: a matching statement without one is not an answer.
    // The clause that carries the time must itself match: a name elsewhere in its sentence is not enough.
    const anchored = timed.filter((d) => coverage(d, t, ['content', 'speaker']) > 0);
    const ranked = rank(anchored, t, ['content', 'sentence', 'speaker', 'time']);
    return answer(question, 'when', ranked);
  };

  const search = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'search');
    return answer(question, 'search', rank(docs.sentences, t, ['content', 'speaker']));
  };

  const timeline = (question = 'timeline'): Answer =>
    timelineResults.length
      ? { question, intent: 'timeline', found: true, results: timelineResults, suggestions: [] }
      : miss(question, 'timeline');

  const speakersAnswer = (question: string): Answer => ({
    question,
    intent: 'speakers',
    found: speakerResults.length > 0,
    results: speakerResults,
    suggestions: [],
  });

  return {
    index,
    ask(question: string): Answer {
      const q = typeof question === 'string' ? question.slice(0, MAX_QUESTION_CHARS).trim() : '';
      if (!q) return miss('', 'search');
      const routed = route(q);
      switch (routed.intent) {
        case 'what': {
          const answer = said(routed.speaker ?? '', routed.topic, q, routed.audience);
          // "Qui est sceptique quant aux promesses ?" describes a stance, not a person.
          return answer.found || !routed.loose ? answer : who(routed.speaker ?? '', q);
        }
        case 'who':
          return who(routed.topic, q);
        case 'when':
          return when(routed.topic, q);
        case 'speakers':
          return speakersAnswer(q);
        case 'timeline':
          return timeline(q);
        default:
          return search(routed.topic, q);
      }
    },
    who: (text) => who(text),
    said: (speaker, topic) => said(speaker, topic ?? ''),
    when: (text) => when(text),
    search: (text) => search(text),
    speakers: () => speakerList,
    timeline: () => timeline(),
    byRef(ref: string): AnswerResult | null {
      const d = byRef.get(ref);
      return d ? toResult(d, 1, new Set()) : null;
    },
    paragraph: (n) => paragraphText(index, n),
    suggestSpeakers: (input, limit) => suggester.speakersFor(input, limit),
    suggestStatements: (input, limit) => suggester.statementsFor(input, limit),
  };
}
