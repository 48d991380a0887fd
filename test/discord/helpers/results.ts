// Hand-made answer results for unit tests of rendering, independent of the real engine's wording.
import type { AnswerResult } from '../../../src/search/types.ts';

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
