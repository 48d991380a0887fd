import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { REPORTING_VERBS, reportingLemmas } from '../../src/article/verbs.ts';

describe('reporting verbs', () => {
  it('are about a hundred and fifty lemmas with their forms generated', () => {
    expect(reportingLemmas().length).toBeGreaterThanOrEqual(100);
    expect(REPORTING_VERBS.size).toBeGreaterThan(1500);
  });

  it.each([
    ['déclaré', 'déclarer', true],
    ['estime', 'estimer', false],
    ['appelle', 'appeler', false],
    ['rejette', 'rejeter', false],
    ['révèle', 'révéler', false],
    ['annonçait', 'annoncer', false],
    ['garantit', 'garantir', false],
    ['dit', 'dire', false],
    ['reconnu', 'reconnaître', true],
  ])('%s is a form of %s', (form, lemma, participle) => {
    expect(REPORTING_VERBS.get(form)).toMatchObject({ lemma, participle });
  });

  it('marks the conditional as reported, not asserted', () => {
    expect(REPORTING_VERBS.get('déclarerait')?.conditional).toBe(true);
  });

  it('does not take a noun for a verb', () => {
    const meta = { title: 't', language: 'fr', source: null, published: null };
    const index = buildIndex(
      "La note du ministère est parue. L'analyse des données a pris du temps. Le souffle du vent a tout emporté.",
      meta,
    );
    expect(index.statements).toEqual([]);
  });
});
