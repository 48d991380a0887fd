import { describe, expect, it } from 'vitest';
import { chronologicalKey, findTimes, resolveTime } from '../../src/article/time.ts';

const times = (text: string) => findTimes(text).map((t) => t.text);

describe('time expressions as written', () => {
  it('finds the forms news articles use', () => {
    const text =
      'Il a déclaré lundi que le mois dernier, depuis 2018 et en 2003, le 15 décembre, la semaine dernière, jeudi soir, hier, il y a deux semaines, depuis un certain temps, la veille.';
    expect(times(text)).toEqual([
      'lundi',
      'le mois dernier',
      'depuis 2018',
      'en 2003',
      'le 15 décembre',
      'la semaine dernière',
      'jeudi soir',
      'hier',
      'il y a deux semaines',
      'depuis un certain temps',
      'la veille',
    ]);
  });

  it('keeps a date whole after "ce" and with its part of the day', () => {
    expect(
      times('Il a parlé ce lundi 15 janvier, puis dès le 4 mars au soir et le 3 mars dans la soirée.'),
    ).toEqual(['ce lundi 15 janvier', 'dès le 4 mars au soir', 'le 3 mars dans la soirée']);
    expect(resolveTime('ce lundi 15 janvier', '2024-01-15').date).toBe('2024-01-15');
    // A day the month does not have is no date at all.
    expect(resolveTime('le 31 février 2024', null).date).toBeNull();
    expect(resolveTime('le 29 février 2024', null).date).toBe('2024-02-29');
  });

  it('does not see weekdays inside other words', () => {
    expect(times('Les lundistes du samedistan')).toEqual([]);
  });
});

describe('resolution against the publication date', () => {
  // 2026-11-25 is a Wednesday.
  const at = (text: string, tense: 'past' | 'future' = 'past') => resolveTime(text, '2026-11-25', tense).date;

  it('resolves weekdays backwards in the past and forwards in the future', () => {
    expect(at('lundi')).toBe('2026-11-23');
    expect(at('jeudi soir')).toBe('2026-11-19');
    expect(at('lundi', 'future')).toBe('2026-11-30');
    expect(at('lundi prochain')).toBe('2026-11-30');
    expect(at('lundi dernier')).toBe('2026-11-23');
  });

  it('resolves dernier/dernière, hier, il y a', () => {
    expect(at('le mois dernier')).toBe('2026-10');
    expect(at('la semaine dernière')).toBe('2026-W47');
    expect(at("l'an dernier")).toBe('2025');
    expect(at('hier')).toBe('2026-11-24');
    expect(at('il y a deux semaines')).toBe('2026-11-11');
  });

  it('puts a past day-month without a year before the publication', () => {
    expect(at('le 15 décembre')).toBe('2025-12-15');
    expect(at('le 15 décembre', 'future')).toBe('2026-12-15');
    expect(at('le 1er mars 2024')).toBe('2024-03-01');
  });

  it('keeps years and never invents a date without a publication date', () => {
    expect(resolveTime('depuis 2018', null).date).toBe('2018');
    expect(resolveTime('en mars 2023', null).date).toBe('2023-03');
    expect(resolveTime('lundi', null).date).toBeNull();
    expect(resolveTime('le mois dernier', null).date).toBeNull();
    expect(resolveTime('depuis un certain temps', '2026-11-25').date).toBeNull();
  });
});

describe('durations, seasons and clock times', () => {
  it('reads "depuis N ans" back from the publication date', () => {
    expect(resolveTime('depuis onze ans', '2024-03-14').date).toBe('2013');
    expect(resolveTime("depuis une dizaine d'années", '2024-03-14').date).toBe('2014');
    expect(resolveTime('depuis onze ans', null).date).toBeNull();
  });

  it('finds clock times and seasons', () => {
    expect(
      findTimes('entrés vers 3 h 40, rouvert mercredi à 4 heures, prêté au printemps prochain').map(
        (t) => t.text,
      ),
    ).toEqual(['vers 3 h 40', 'mercredi à 4 heures', 'au printemps prochain']);
    expect(resolveTime('au printemps prochain', '2025-11-05').date).toBe('2026-03');
  });
});

describe('chronological order', () => {
  const order = (published: string | null, expressions: string[]) =>
    [...expressions].sort((a, b) => {
      const [ka, kb] = [chronologicalKey(a, published), chronologicalKey(b, published)];
      return ka === kb ? 0 : !ka ? 1 : !kb ? -1 : ka < kb ? -1 : 1;
    });

  it('orders years, weeks and days once the publication date is known', () => {
    expect(order('2024-03-14', ['lundi prochain', 'la semaine dernière', 'En 2022', 'mardi'])).toEqual([
      'En 2022',
      'la semaine dernière',
      'mardi',
      'lundi prochain',
    ]);
  });

  it('still orders relative expressions without one, after every absolute date and without inventing any', () => {
    expect(order(null, ['lundi', 'depuis un certain temps', 'Le mois dernier', 'depuis 2018'])).toEqual([
      'depuis 2018',
      'Le mois dernier',
      'lundi',
      'depuis un certain temps',
    ]);
    expect(resolveTime('lundi', null).date).toBeNull();
  });
});
