import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/search/types.ts';
import { checkAnswer, containsPhrase, normalize, sameSpeaker, validateCase } from './check.ts';

function result(partial: Partial<AnswerResult>): AnswerResult {
  return {
    ref: 'st1',
    speaker: null,
    role: null,
    statement: '',
    quote: null,
    when: null,
    date: null,
    verb: null,
    audience: null,
    hedged: false,
    sentence: '',
    paragraph: 1,
    score: 0.9,
    matched: [],
    ...partial,
  };
}

function answer(results: AnswerResult[], found = results.length > 0): Answer {
  return { question: 'q', intent: 'who', found, results, suggestions: [] };
}

const blinken = result({
  speaker: 'Anthony Blinken',
  statement: 'les talibans doivent respecter leurs engagements',
  quote: 'doivent respecter leurs engagements',
  when: 'lundi',
  sentence: 'Anthony Blinken a déclaré lundi que les talibans » doivent respecter leurs engagements ».',
});
const blinken2 = result({
  ref: 'st2',
  speaker: 'Anthony Blinken',
  statement: "les États-Unis avaient déplacé l'ambassade à Doha",
});
const kaboul = result({ ref: 'st3', speaker: 'Zamir Kaboul', statement: 'opérer activement à Kaboul' });

describe('normalisation helpers', () => {
  it('ignores case, accents, ligatures and apostrophe styles', () => {
    expect(normalize('Légitimité’ŒUVRE')).toBe("legitimite'oeuvre");
    expect(containsPhrase('la légitimité devrait « être méritée »', 'legitimite')).toBe(true);
    expect(containsPhrase('unité de lits d’aval', "lits d'aval")).toBe(true);
  });
  it('matches whole words only', () => {
    expect(containsPhrase('le Conseil a réuni', 'EI')).toBe(false);
    expect(containsPhrase("combattre l'EI", 'EI')).toBe(true);
  });
  it('compares speaker names without titles, never merging close names', () => {
    expect(sameSpeaker('M. Dupont', 'Dupont')).toBe(true);
    expect(sameSpeaker('ministère de la Santé', 'Le ministère de la Santé')).toBe(true);
    expect(sameSpeaker('experts russes', 'Certains experts russes')).toBe(true);
    expect(sameSpeaker('Hospices civils de Lyon', 'la direction des Hospices civils de Lyon')).toBe(false);
    expect(sameSpeaker('Haut Conseil des finances publiques', 'Haut Conseil')).toBe(false);
    expect(sameSpeaker('Jean Martin', 'Économie Jean Martin')).toBe(false);
    expect(sameSpeaker('M. Dupont', 'M')).toBe(false);
    expect(sameSpeaker('Paul Durand', 'Dr Paul Durand')).toBe(true);
    expect(sameSpeaker('Jean Martin', 'Jeanne Martin')).toBe(false);
    expect(sameSpeaker('Paul Durand', 'Paula Durant')).toBe(false);
    expect(sameSpeaker('Claire Vienne', 'Vienne')).toBe(false);
    expect(sameSpeaker('Zamir Kaboul', null)).toBe(false);
  });
});

describe('checkAnswer', () => {
  it('passes a right answer', () => {
    const r = checkAnswer(answer([blinken, blinken2]), {
      speaker: 'Anthony Blinken',
      when: 'lundi',
      contains: ['engagements'],
    });
    expect(r).toEqual({ pass: true, reasons: [] });
  });

  it('fails on the wrong first speaker', () => {
    const r = checkAnswer(answer([kaboul, blinken]), { speaker: 'Anthony Blinken' });
    expect(r.pass).toBe(false);
    expect(r.reasons[0]).toMatch(/Zamir Kaboul/);
  });

  it('accepts any of several speaker names', () => {
    expect(checkAnswer(answer([kaboul]), { speaker: ['Anthony Blinken', 'Zamir Kaboul'] }).pass).toBe(true);
  });

  it('fails on a missing or different time expression', () => {
    expect(checkAnswer(answer([blinken2]), { when: 'lundi' }).pass).toBe(false);
    expect(checkAnswer(answer([blinken]), { when: 'le mois dernier' }).pass).toBe(false);
    expect(checkAnswer(answer([result({ when: 'depuis 2018' })]), { when: '2018' }).pass).toBe(true);
  });

  it('fails when a word is missing from the first result', () => {
    const r = checkAnswer(answer([blinken2, blinken]), { contains: ['engagements'] });
    expect(r.pass).toBe(false);
    expect(r.reasons[0]).toMatch(/engagements/);
  });

  it('speakers: all of them and nobody else', () => {
    expect(
      checkAnswer(answer([blinken, blinken2]), { speakers: ['Anthony Blinken'], minResults: 2 }).pass,
    ).toBe(true);
    expect(checkAnswer(answer([blinken, kaboul]), { speakers: ['Anthony Blinken'] }).pass).toBe(false);
    expect(checkAnswer(answer([blinken]), { speakers: ['Anthony Blinken', 'Zamir Kaboul'] }).pass).toBe(
      false,
    );
  });

  it('speakers: an inner list gives acceptable names for one speaker', () => {
    const cgt = result({ speaker: 'CGT Santé du Rhône' });
    const other = result({ speaker: 'Marie Lefèvre' });
    const names = [['CGT Santé', 'CGT Santé du Rhône', 'CGT']];
    expect(checkAnswer(answer([cgt]), { speakers: names }).pass).toBe(true);
    expect(checkAnswer(answer([cgt, other]), { speakers: names }).pass).toBe(false);
    expect(checkAnswer(answer([cgt]), { speakers: ['CGT Santé'] }).pass).toBe(false);
  });

  it('minResults', () => {
    expect(checkAnswer(answer([blinken]), { speakers: ['Anthony Blinken'], minResults: 2 }).pass).toBe(false);
  });

  it('found: false passes only an honest miss', () => {
    expect(checkAnswer(answer([], false), { found: false }).pass).toBe(true);
    expect(checkAnswer(answer([kaboul], true), { found: false }).pass).toBe(false);
  });

  it('an answerable question answered with found: false fails', () => {
    expect(checkAnswer(answer([], false), { speaker: 'Zamir Kaboul' }).pass).toBe(false);
    expect(checkAnswer(answer([kaboul], false), { speaker: 'Zamir Kaboul' }).pass).toBe(false);
  });
});

describe('validateCase', () => {
  it('accepts a well-formed case and reports broken ones', () => {
    const ok = {
      id: 'd1',
      group: 'who',
      article: 'data/article.txt',
      question: 'Qui ?',
      expect: { speaker: 'X' },
    };
    expect(validateCase(ok)).toEqual([]);
    expect(validateCase({ ...ok, group: 'nope' })).toContain('unknown group nope');
    expect(validateCase({ ...ok, expect: { speeker: 'X' } })).toContain('unknown expect.speeker');
    expect(validateCase({ ...ok, expect: { speakers: 'X' } }).length).toBe(1);
    expect(validateCase({ ...ok, group: 'unanswerable' })).toContain(
      'unanswerable questions expect found: false',
    );
  });
});
