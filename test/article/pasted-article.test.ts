// An article pasted the way sites publish it: title, byline, publication line, dateline.

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { createEngine } from '../../src/search/engine.ts';

const TEXT = `Grève : le trafic fortement perturbé ce week-end

Par Julie Moreau
Publié le 12 mars 2024 à 18h05

PARIS (AFP) - La grève des contrôleurs entraînera l'annulation de deux TGV sur trois samedi, a annoncé jeudi la direction de l'entreprise.

« Nous regrettons profondément la gêne occasionnée », a déclaré Christophe Fanichet, PDG de SNCF Voyageurs, sur franceinfo. Il a précisé que les billets seraient remboursés.`;

const meta = { title: 'Grève', language: 'fr', source: null, published: null };

describe('a pasted article', () => {
  const index = buildIndex(TEXT, meta);

  it('takes the publication date from the header line, and indexes no event for it', () => {
    expect(index.meta.published).toBe('2024-03-12');
    expect(index.events.map((e) => e.time.text)).not.toContain('le 12 mars 2024');
  });

  it('keeps the metadata date when there is one', () => {
    expect(buildIndex(TEXT, { ...meta, published: '2024-03-13' }).meta.published).toBe('2024-03-13');
  });

  it('reads a dateline apart from the first sentence, and its attribution at the end', () => {
    expect(index.sentences.map((s) => s.text)).toContain('PARIS (AFP)');
    const first = index.statements.find((s) => s.content.startsWith('La grève'))!;
    expect(first.time?.date).toBe('2024-03-07');
    expect(index.entities.find((e) => e.id === first.speakerId)?.name).toMatch(/direction de l'entreprise/i);
  });

  it('answers with dates resolved against the header date', () => {
    const engine = createEngine(index);
    expect(engine.ask("Qu'a dit Christophe Fanichet ?").results.map((r) => r.audience)).toContain(
      'sur franceinfo',
    );
    expect(engine.ask('Quand a lieu la grève ?').results[0]).toMatchObject({
      when: 'samedi',
      date: '2024-03-16',
    });
  });
});

describe('header lines that are not headers', () => {
  it('keeps a paragraph that only starts like a publication line', () => {
    const text = `Un titre\n\nLe livre est sorti.\n\nPublié le 3 mai 2020 chez Gallimard, il « a tout changé », a estimé la critique Marie Durand.`;
    const index = buildIndex(text, meta);
    expect(index.meta.published).toBeNull();
    expect(index.statements.map((s) => s.content)).toEqual([expect.stringContaining('a tout changé')]);
  });

  it('survives thousands of datelines', () => {
    expect(() => buildIndex('PARIS (AFP) - '.repeat(5000), meta)).not.toThrow();
  });
});
