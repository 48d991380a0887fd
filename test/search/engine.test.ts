// The answer engine on the default article and the fixtures: the examples and the behaviours around them.

import { describe, expect, it } from 'vitest';
import { route } from '../../src/search/intent.ts';
import { engineOf } from '../helpers.ts';

const engine = engineOf('default');
const speakers = (q: string) => engine.ask(q).results.map((r) => r.speaker);

describe('the examples of the issue', () => {
  it('Qui a dit que les talibans doivent respecter leurs engagements ? -> Blinken, lundi', () => {
    const a = engine.ask('Qui a dit que les talibans doivent respecter leurs engagements ?');
    expect(a.intent).toBe('who');
    expect(a.found).toBe(true);
    expect(a.results[0]).toMatchObject({
      speaker: 'Anthony Blinken',
      when: 'lundi',
      date: null,
      paragraph: 1,
    });
  });

  it("Qu'a dit Zamir Kaboul ? -> both of his statements", () => {
    const a = engine.ask("Qu'a dit Zamir Kaboul ?");
    expect(a.intent).toBe('what');
    expect(a.results.map((r) => r.speaker)).toEqual(['Zamir Kaboul', 'Zamir Kaboul']);
    expect(a.results[0]!.statement).toContain('opérer activement à Kaboul');
    expect(a.results[1]!.statement).toContain('conditionnellement démocratiques');
  });

  it('Depuis quand les dirigeants talibans se rendent-ils à Moscou ? -> depuis 2018', () => {
    const a = engine.ask('Depuis quand les dirigeants talibans se rendent-ils à Moscou ?');
    expect(a.intent).toBe('when');
    expect(a.results[0]).toMatchObject({ when: 'depuis 2018', date: '2018' });
  });

  it('what did kortunov say -> his two statements, one to the BBC', () => {
    const a = engine.ask('what did kortunov say');
    expect(a.results.map((r) => r.speaker)).toEqual(['Andrei Kortunov', 'Andrei Kortunov']);
    expect(a.results.map((r) => r.audience)).toContain('à la BBC');
  });

  it("Qu'a dit Emmanuel Macron ? -> found: false", () => {
    const a = engine.ask("Qu'a dit Emmanuel Macron ?");
    expect(a.found).toBe(false);
    expect(a.results).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe('queries as people type them', () => {
  it.each([
    ['accents', 'legitimite meritee', 'Anthony Blinken'],
    ['misspellings', 'engagemens des talibans', 'Anthony Blinken'],
    ['apostrophes', 'l’ambassade à Doha', 'Anthony Blinken'],
    ['case', 'OPÉRER ACTIVEMENT', 'Zamir Kaboul'],
  ])('%s: %s', (_kind, q, speaker) => {
    const a = engine.ask(q);
    expect(a.found).toBe(true);
    expect(a.results[0]!.speaker).toBe(speaker);
  });

  it.each([
    ["Qu'a dit Blinkenn ?", 'Anthony Blinken'],
    ["Qu'a dit Kabulov ?", 'Zamir Kaboul'],
    ["Qu'a dit Kortounov ?", 'Andrei Kortunov'],
    ["Qu'a dit Antony Blinken ?", 'Anthony Blinken'],
    ["Qu'a dit le secrétaire d'État américain ?", 'Anthony Blinken'],
    ['What did the US Secretary of State say?', 'Anthony Blinken'],
  ])('%s', (q, speaker) => {
    const got = speakers(q);
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got)).toEqual(new Set([speaker]));
  });

  it('matches numbers written in the question', () => {
    expect(engine.search('2018').found).toBe(true);
    expect(engine.ask('Quand en 2003 ?').results[0]!.when).toBe('depuis 2003');
  });

  it('answers English questions through the glossary', () => {
    expect(engine.ask('Who said the embassy would keep operating in Kabul?').results[0]!.speaker).toBe(
      'Zamir Kaboul',
    );
    expect(engine.ask('When did the Taliban leaders visit Moscow?').results[0]!.when).toBe('depuis 2018');
  });
});

describe('honest misses', () => {
  it.each([
    'recette de la pizza',
    'Who said the moon is made of cheese?',
    "Qu'a dit Blinken à la BBC ?",
    'Qui a parlé de la Chine ?',
    '   ',
    '???',
  ])('%s -> found: false', (q) => {
    const a = engine.ask(q);
    expect(a.found).toBe(false);
    expect(a.results).toEqual([]);
  });

  it('each result carries a confidence between 0 and 1', () => {
    for (const q of ['Qui a dit que la légitimité devrait être méritée ?', 'ambassade', 'Quand ?']) {
      for (const r of engine.ask(q).results) {
        expect(r.score).toBeGreaterThan(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('close names are never merged', () => {
  const budget = engineOf('budget-bercy');
  it('Jean Martin and Jeanne Martin stay two people', () => {
    const jean = budget.said('Jean Martin');
    const jeanne = budget.said('Jeanne Martin');
    expect(new Set(jean.results.map((r) => r.speaker))).toEqual(new Set(['Jean Martin']));
    expect(new Set(jeanne.results.map((r) => r.speaker))).toEqual(new Set(['Jeanne Martin']));
    expect(budget.ask("Qu'a dit Jeanne Martain ?").results.every((r) => r.speaker === 'Jeanne Martin')).toBe(
      true,
    );
  });

  it('Paul Durand and Paula Durant stay two people', () => {
    const hospital = engineOf('greve-hopital');
    expect(new Set(hospital.ask("Qu'a dit Paul Durand ?").results.map((r) => r.speaker))).toEqual(
      new Set(['Paul Durand']),
    );
    expect(new Set(hospital.ask("Qu'a dit Paula Durant ?").results.map((r) => r.speaker))).toEqual(
      new Set(['Paula Durant']),
    );
  });
});

describe('intent routing', () => {
  it.each([
    ['Qui a dit que X ?', 'who'],
    ["Qu'a dit Blinken ?", 'what'],
    ['What did Kortunov say about Isis?', 'what'],
    ['Quand Blinken a-t-il parlé ?', 'when'],
    ['Depuis quand les talibans vont à Moscou', 'when'],
    ['When did the leaders visit?', 'when'],
    ['Who said that?', 'who'],
    ['Qui est cité dans l’article ?', 'speakers'],
    ['chronologie', 'timeline'],
    ['ambassade à Doha', 'search'],
  ])('%s -> %s', (q, intent) => {
    expect(route(q).intent).toBe(intent);
  });

  it('splits a speaker from a topic and an audience', () => {
    expect(route("Qu'a dit Kortunov sur l'Afghanistan ?")).toMatchObject({
      speaker: 'kortunov',
      topic: "l'afghanistan",
    });
    expect(route("Qu'a dit Kortunov à la BBC ?")).toMatchObject({ speaker: 'kortunov', audience: 'la bbc' });
  });
});

describe('the other engine functions', () => {
  it('speakers() lists who is quoted, with roles and counts', () => {
    const list = engine.speakers();
    expect(list.find((s) => s.name === 'Zamir Kaboul')).toMatchObject({
      statements: 2,
      role: "représentant spécial du président pour l'Afghanistan",
    });
    expect(list.find((s) => s.name === 'Andrei Kortunov')?.statements).toBe(2);
    expect(list.every((s) => s.statements > 0)).toBe(true);
  });

  it('timeline() puts dated items in order', () => {
    const t = engine.timeline();
    expect(t.intent).toBe('timeline');
    const dated = t.results.filter((r) => r.date).map((r) => r.date!);
    expect(dated).toEqual([...dated].sort());
    expect(t.results.map((r) => r.when)).toEqual(
      expect.arrayContaining(['depuis 2003', 'depuis 2018', 'lundi', 'Le mois dernier']),
    );
  });

  it('search() marks the matched words', () => {
    const a = engine.search('mission diplomatique');
    expect(a.results[0]!.matched).toEqual(expect.arrayContaining(['mission', 'diplomatique']));
  });

  it('byRef() gives back a result, paragraph() the whole paragraph', () => {
    const first = engine.ask('Qui a dit que la légitimité devrait être méritée ?').results[0]!;
    expect(engine.byRef(first.ref)).toMatchObject({ speaker: first.speaker, statement: first.statement });
    expect(engine.byRef('nope')).toBeNull();
    expect(engine.paragraph(first.paragraph)).toContain(first.sentence.slice(0, 30));
    expect(engine.paragraph(999)).toBeNull();
  });

  it('autocomplete: all speakers on empty input, prefixes and typos after', () => {
    expect(engine.suggestSpeakers('', 25).length).toBe(engine.speakers().length);
    expect(engine.suggestSpeakers('kor', 25).map((s) => s.name)).toEqual(['Andrei Kortunov']);
    expect(engine.suggestSpeakers('secrétaire', 25).map((s) => s.name)).toEqual(['Anthony Blinken']);
    expect(engine.suggestSpeakers('Blinkn', 25).map((s) => s.name)).toEqual(['Anthony Blinken']);
    const statements = engine.suggestStatements('engagements', 25);
    expect(statements[0]!.label).toContain('Blinken');
    expect(statements.every((c) => c.label.length <= 100 && c.ref.length <= 100)).toBe(true);
  });
});
