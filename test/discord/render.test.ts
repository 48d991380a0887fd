import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderAnswer, renderContext, renderNoMatch, renderPage } from '../../src/discord/render/answer.ts';
import { renderSpeakers, renderTimeline } from '../../src/discord/render/lists.ts';
import { embedLength } from '../../src/discord/render/fit.ts';
import { toReplyOptions } from '../../src/discord/render/reply.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { decodeCustomId } from '../../src/discord/custom-id.ts';
import { RESULTS, result } from './helpers/results.ts';

const opts = { lang: 'fr' as const, heading: 'Qui a dit', articleTitle: 'Moscou et les talibans' };

describe('renderAnswer', () => {
  it('shows the speaker as author, the quote as a block quote, when, source and footer', () => {
    const reply = renderAnswer(
      { question: 'q', intent: 'who', found: true, results: RESULTS, suggestions: [] },
      opts,
    );
    const e = reply.embeds![0]!;
    expect(e.author!.name).toBe('Anthony Blinken — secrétaire d’État américain');
    expect(e.description).toContain('> « doivent respecter leurs engagements »');
    expect(e.fields!.find((f) => f.name === 'Quand')!.value).toBe('lundi (16 août 2021)');
    expect(e.fields!.at(-1)!.name).toBe('Phrase source (§ 1)');
    expect(e.footer!.text).toBe('Article : Moscou et les talibans · résultat 1/3');
    const buttons = reply.components![0]!.components;
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual([
      '◀ Précédent',
      'Suivant ▶',
      'Contexte',
    ]);
    expect(buttons[0]).toMatchObject({ disabled: true });
    expect(buttons[2]).toMatchObject({ style: ButtonStyle.Primary });
  });

  it('labels in English for English locales', () => {
    const e = renderPage(RESULTS, 2, { ...opts, lang: 'en' }).embeds![0]!;
    expect(e.footer!.text).toBe('Article: Moscou et les talibans · result 3/3');
    expect(e.author!.name).toBe('Unnamed source');
    expect(e.description).toContain('Reported in the conditional');
  });

  it('page buttons carry the refs and target pages; a single result has only Context', () => {
    const reply = renderPage(RESULTS, 1, opts);
    const [prev, next] = reply.components![0]!.components as { custom_id: string }[];
    expect(decodeCustomId(prev!.custom_id)).toEqual({
      kind: 'page',
      page: 0,
      refs: ['st1', 'st2', 'ev1'],
      mode: 'a',
    });
    expect(decodeCustomId(next!.custom_id)).toMatchObject({ page: 2 });
    const one = renderPage([RESULTS[0]!], 0, opts);
    expect(one.components![0]!.components).toHaveLength(1);
  });

  it('bolds matched words in search mode and stays within every limit with huge text', () => {
    const big = result({
      statement: 'x'.repeat(9000),
      quote: '*'.repeat(9000),
      sentence: 'talibans '.repeat(2000),
      role: 'r'.repeat(500),
      when: 'w'.repeat(3000),
      audience: 'a'.repeat(3000),
      matched: ['talibans'],
    });
    const reply = renderPage([big], 0, { ...opts, heading: 'h'.repeat(1000), mode: 's' });
    const sent = toReplyOptions(reply);
    const e = sent.embeds[0]!;
    expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    expect(e.fields!.at(-1)!.value).toMatch(/^\*\*talibans\*\*/);
    expect(e.fields!.at(-1)!.value.endsWith('…')).toBe(true);
    expect(sent.allowedMentions).toEqual({ parse: [] });
  });
});

describe('no match', () => {
  it('is short, ephemeral, escapes the question and offers at most three suggestions', () => {
    const reply = renderNoMatch('**pizza** @everyone', ['a', 'b', 'c', 'd'], 'fr');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(
      "Je n'ai rien trouvé sur « \\*\\*pizza\\*\\* @\u200beveryone » dans l'article.",
    );
    expect(reply.content!.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(renderNoMatch('x', [], 'en').content).toBe('I found nothing about “x” in the article.');
  });
});

describe('lists and context', () => {
  it('speakers and timeline fit one embed', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`,
      name: `Personne ${i}`,
      role: 'rôle '.repeat(10),
      kind: 'person',
      aliases: [],
      statements: i,
    }));
    const s = renderSpeakers(many, 'fr', 'T').embeds![0]!;
    expect(s.title).toBe('Intervenants (500)');
    expect(s.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(s.description).toMatch(/… et \d+ de plus$/);
    const tl = renderTimeline(
      { question: '', intent: 'timeline', found: true, results: RESULTS, suggestions: [] },
      'en',
      'T',
    );
    expect(tl.embeds![0]!.description).toContain('**August 16, 2021** (lundi)');
  });

  it('context shows the whole paragraph with the sentence in bold, ephemerally', () => {
    const r = RESULTS[0]!;
    const reply = renderContext(r, `Avant. ${r.sentence} Après.`, opts);
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.title).toBe('Paragraphe 1');
    expect(reply.embeds![0]!.description).toContain('**Anthony Blinken a déclaré');
  });
});

describe('any answer fits Discord', () => {
  it('holds every limit for arbitrary text in every field, in both languages', async () => {
    const fc = (await import('fast-check')).default;
    const str = fc.string({ unit: 'grapheme', maxLength: 5000 });
    const res = fc.record({
      ref: fc.constantFrom('st1', 'ev2', 'se33'),
      speaker: fc.option(str),
      role: fc.option(str),
      statement: str,
      quote: fc.option(str),
      when: fc.option(str),
      date: fc.option(fc.constantFrom('2021-08-16', '2021-08', '2021', 'bientôt')),
      verb: fc.option(str),
      audience: fc.option(str),
      hedged: fc.boolean(),
      sentence: str,
      paragraph: fc.nat(999),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      matched: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(res, str, fc.constantFrom('fr' as const, 'en' as const), (r, heading, lang) => {
        const sent = toReplyOptions(renderPage([r], 0, { lang, heading, articleTitle: heading, mode: 's' }));
        const e = sent.embeds[0]!;
        expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
        expect((e.title ?? 'x').length).toBeGreaterThan(0);
        expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
        expect((e.description ?? 'x').length).toBeGreaterThan(0);
        expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(e.author!.name.length).toBeGreaterThan(0);
        expect(e.author!.name.length).toBeLessThanOrEqual(LIMITS.embedAuthorName);
        expect(e.footer!.text.length).toBeLessThanOrEqual(LIMITS.embedFooter);
        for (const f of e.fields!) {
          expect(f.value.length).toBeGreaterThan(0);
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
        }
        const ctx = renderContext(r, r.sentence + ' ' + heading, { lang, heading, articleTitle: heading });
        expect((ctx.embeds![0]!.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the engine says beside its results', () => {
  it('shows the reason of a "Pourquoi" answer, says when two speakers fit, and gives the note of a miss', () => {
    const why = renderAnswer(
      {
        question: 'Pourquoi ?',
        intent: 'search',
        found: true,
        results: [{ ...RESULTS[0]!, reason: 'afin de rassurer les familles' }],
        suggestions: [],
        ambiguous: ['Anne *Morel*', 'Paul Roux'],
      },
      opts,
    );
    expect(why.embeds![0]!.fields!.find((f) => f.name === 'Pourquoi')!.value).toBe(
      'afin de rassurer les familles',
    );
    expect(why.content).toBe('Plusieurs intervenants correspondent : Anne \\*Morel\\*, Paul Roux.');
    const miss = renderAnswer(
      {
        question: 'Quand ?',
        intent: 'when',
        found: false,
        results: [],
        suggestions: [],
        note: "L'article ne dit pas quand Paul Roux l'a dit.",
      },
      opts,
    );
    expect(miss.content).toContain("L'article ne dit pas quand Paul Roux l'a dit.");
    expect(miss.ephemeral).toBe(true);
  });
});
