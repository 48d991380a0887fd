// A tiny hand-made Engine for unit tests of rendering and routing, independent of the real engine's wording.
import type { ArticleIndex } from '../../../src/article/types.ts';
import type { Answer, AnswerResult, Engine, SpeakerSummary } from '../../../src/search/types.ts';

export function result(over: Partial<AnswerResult> = {}): AnswerResult {
  return {
    ref: 'st1',
    speaker: 'Anthony Blinken',
    role: 'secrétaire d’État américain',
    statement: 'les talibans doivent respecter leurs engagements',
    quote: 'doivent respecter leurs engagements',
    when: 'lundi',
    date: '2021-08-16',
    verb: 'a déclaré',
    audience: null,
    hedged: false,
    sentence: 'Anthony Blinken a déclaré lundi que les talibans « doivent respecter leurs engagements ».',
    paragraph: 1,
    score: 0.9,
    matched: ['talibans'],
    ...over,
  };
}

export const RESULTS: AnswerResult[] = [
  result(),
  result({
    ref: 'st2',
    speaker: 'Andrei Kortunov',
    role: 'chef du groupe de réflexion Russian International Affairs Council',
    statement: 'les djihadistes auront du mal à imposer leur autorité',
    quote: null,
    when: null,
    date: null,
    verb: 'estime',
    sentence: 'Andrei Kortunov estime que les djihadistes auront du mal à imposer leur autorité.',
    paragraph: 10,
    matched: [],
  }),
  result({
    ref: 'ev1',
    speaker: null,
    role: null,
    statement: 'Le Kremlin aurait reçu l’assurance',
    quote: null,
    hedged: true,
    paragraph: 7,
  }),
];

const SPEAKERS: SpeakerSummary[] = [
  {
    id: 'blinken',
    name: 'Anthony Blinken',
    role: 'secrétaire d’État américain',
    kind: 'person',
    aliases: ['M. Blinken'],
    statements: 2,
  },
  {
    id: 'kortunov',
    name: 'Andrei Kortunov',
    role: 'chef du groupe de réflexion',
    kind: 'person',
    aliases: ['Kortunov'],
    statements: 2,
  },
];

const answer = (question: string, results: AnswerResult[], intent: Answer['intent'] = 'what'): Answer => ({
  question,
  intent,
  found: results.length > 0,
  results,
  suggestions: results.length
    ? []
    : ['Qui a dit que les talibans doivent respecter leurs engagements ?', '/intervenants'],
});

export function fakeEngine(): Engine {
  const byText = (q: string) =>
    /zzz|xyzzy/i.test(q)
      ? []
      : RESULTS.filter((r) => r.sentence.toLowerCase().includes(q.toLowerCase().split(' ')[0] ?? ''))
          .concat(RESULTS)
          .filter((r, i, all) => all.indexOf(r) === i)
          .slice(0, 3);
  const index = {
    version: 1,
    meta: { title: 'Moscou et les talibans', language: 'fr', source: 'BBC', published: '2021-08-20' },
    paragraphs: [{ index: 1, text: 'Paragraphe un. ' + RESULTS[0]!.sentence, sentenceIds: [0] }],
    sentences: [],
    entities: [],
    statements: [],
    events: [],
  } as ArticleIndex;
  return {
    index,
    ask: (q) => (/intervenants|speakers/i.test(q) ? answer(q, [], 'speakers') : answer(q, byText(q))),
    who: (q) => answer(q, byText(q), 'who'),
    said: (s, topic) =>
      answer(
        `${s} ${topic ?? ''}`.trim(),
        RESULTS.filter((r) => r.speaker?.toLowerCase().includes(s.toLowerCase())),
        'what',
      ),
    when: (q) => answer(q, byText(q), 'when'),
    search: (q) => answer(q, byText(q), 'search'),
    speakers: () => SPEAKERS,
    timeline: () =>
      answer(
        'timeline',
        RESULTS.filter((r) => r.date),
        'timeline',
      ),
    byRef: (ref) => RESULTS.find((r) => r.ref === ref) ?? null,
    paragraph: (n) => (n === 1 ? index.paragraphs[0]!.text : n <= 10 ? `Texte du paragraphe ${n}.` : null),
    suggestSpeakers: (input, limit) =>
      SPEAKERS.filter((s) => !input || s.name.toLowerCase().includes(input.toLowerCase())).slice(0, limit),
    suggestStatements: (input, limit) =>
      RESULTS.filter((r) => r.statement.includes(input))
        .map((r) => ({ ref: r.ref, label: `${r.speaker ?? '?'} : ${r.statement}` }))
        .slice(0, limit),
  };
}
