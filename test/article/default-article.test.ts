// The default article, read closely: segmentation, people, places that share a name, statements, events.

import { describe, expect, it } from 'vitest';
import { indexOf, speakerName } from '../helpers.ts';

const index = indexOf('default');
const entity = (name: string) => index.entities.find((e) => e.name === name);

describe('default article', () => {
  it('has its paragraphs and sentences', () => {
    expect(index.paragraphs).toHaveLength(11);
    expect(index.sentences).toHaveLength(13);
    expect(index.meta.published).toBeNull();
  });

  it('keeps Zamir Kaboul the person apart from Kaboul the city', () => {
    const person = entity('Zamir Kaboul');
    const city = index.entities.find((e) => e.kind === 'place' && e.name === 'Kaboul');
    expect(person?.kind).toBe('person');
    expect(person?.aliases).toContain('M. Kaboul');
    expect(city).toBeDefined();
    expect(city!.id).not.toBe(person!.id);
    // "fermé leur mission diplomatique à Kaboul" is the city, not the man.
    const missionSentence = index.sentences.find((s) => s.text.includes('mission diplomatique'))!;
    expect(city!.mentions).toContain(missionSentence.id);
    expect(person!.mentions).not.toContain(missionSentence.id);
  });

  it('takes roles from apposition, before and after the name', () => {
    expect(entity('Zamir Kaboul')?.role).toBe("représentant spécial du président pour l'Afghanistan");
    expect(entity('Anthony Blinken')?.role).toBe("secrétaire d'État américain");
    expect(entity('Andrei Kortunov')?.role).toBe(
      'chef du groupe de réflexion Russian International Affairs Council',
    );
    expect(entity('Anthony Blinken')?.aliases).toEqual(expect.arrayContaining(['M. Blinken', 'Blinken']));
  });

  it('resolves pronouns to the right speaker', () => {
    const byVerbSentence = (fragment: string) =>
      index.statements.find((s) => index.sentences[s.sentenceId]!.text.startsWith(fragment))!;
    expect(speakerName(index, byVerbSentence('Il a également déclaré'))).toBe('Zamir Kaboul');
    expect(speakerName(index, byVerbSentence('« Peut-être'))).toBe('Andrei Kortunov');
    expect(speakerName(index, byVerbSentence('M. Blinken'))).toBe('Anthony Blinken');
  });

  it('records time, audience, kind and hedging', () => {
    const blinken = index.statements.find((s) => s.content.includes('engagements'))!;
    expect(blinken.time?.text).toBe('lundi');
    expect(blinken.time?.date).toBeNull();
    expect(blinken.kind).toBe('mixed');
    expect(blinken.quote).toBe('doivent respecter leurs engagements … être méritée');
    const bbc = index.statements.find((s) => s.audience?.includes('BBC'))!;
    expect(bbc.audience).toBe('à la BBC');
    expect(bbc.kind).toBe('direct');
    const kremlin = index.statements.find((s) => s.hedged)!;
    expect(kremlin.time?.text).toBe('Le mois dernier');
    expect(speakerName(index, kremlin)).toMatch(/direction des militants/i);
  });

  it('indexes timed events that nobody reports', () => {
    const when = index.events.map((e) => e.time.text);
    expect(when).toEqual(expect.arrayContaining(['depuis 2018', 'depuis 2003', 'depuis un certain temps']));
    const moscow = index.events.find((e) => e.time.text === 'depuis 2018')!;
    expect(moscow.text).toContain('Les dirigeants talibans se sont rendus');
    expect(moscow.time.date).toBe('2018');
  });
});
