import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeContext, encodePage, fitRefs } from '../../src/discord/custom-id.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { embedLength, fitEmbeds } from '../../src/discord/render/fit.ts';
import { fitChoices } from '../../src/discord/router.ts';
import { boldWords, escape, fitFormatted, highlight, truncate } from '../../src/discord/text.ts';
import { scrubData } from '../../src/discord/secrets.ts';
import { isStaleInteraction } from '../../src/discord/errors.ts';

describe('truncate', () => {
  it('keeps short text as is and cuts long text with an ellipsis within the limit', () => {
    expect(truncate('court', 10)).toBe('court');
    const cut = truncate('les talibans doivent respecter leurs engagements', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toBe('les talibans…');
  });

  it('never exceeds the limit, never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 200 }),
        (s, max) => {
          const out = truncate(s, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (s.length <= max) expect(out).toBe(s);
          else expect(out.endsWith('…')).toBe(true);
          expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
        },
      ),
    );
  });
});

describe('escaping and highlighting', () => {
  it('escapes markdown and neutralises @everyone in echoed text', () => {
    expect(escape('**gras** _it_ `code` @everyone')).toBe(
      '\\*\\*gras\\*\\* \\_it\\_ \\`code\\` @\u200beveryone',
    );
  });

  it('escapes masked links, headings, lists and block quotes that would render at a line start', () => {
    const out = escape('[clic](https://evil.example)\n# Titre\n- item\n1. un\n> cité');
    expect(out).toBe('\\[clic](https://evil.example)\n\\# Titre\n\\- item\n1\\. un\n\\> cité');
  });

  it('bolds matched words, accent- and case-insensitively, and reads them back', () => {
    const out = highlight('L’ambassade de Russie à Kaboul', ['ambassade', 'kaboul']);
    expect(out).toContain('**ambassade**');
    expect(out).toContain('**Kaboul**');
    expect(boldWords(out)).toEqual(['ambassade', 'Kaboul']);
  });

  it('fitFormatted keeps formatted output within the limit without cutting escapes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 5, max: 1024 }), (s, max) => {
        const out = fitFormatted(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(/(^|[^\\])\\…$/.test(out)).toBe(false);
      }),
    );
  });
});

describe('custom ids', () => {
  it('round-trip paging and context state, always ≤ 100 characters', () => {
    const ref = fc.tuple(fc.constantFrom('st', 'ev', 'se'), fc.nat(99999)).map(([p, n]) => `${p}${n}`);
    fc.assert(
      fc.property(fc.uniqueArray(ref, { minLength: 1, maxLength: 40 }), fc.nat(50), (refs, page) => {
        const kept = fitRefs(refs);
        const p = Math.min(page, kept.length - 1);
        const id = encodePage('n', 's', p, refs);
        expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(decodeCustomId(id)).toEqual({ kind: 'page', page: p, refs: kept, mode: 's' });
        expect(decodeCustomId(encodeContext(refs[0]!))).toEqual({ kind: 'context', ref: refs[0] });
      }),
    );
  });

  it('rejects foreign or tampered ids', () => {
    for (const id of ['', 'ans:x:a:0:st1', 'ans:n:a:5:st1,st2', 'ctx:../../etc', 'other:thing', 'ans:n:a:0:'])
      expect(decodeCustomId(id)).toBeNull();
  });
});

describe('cooldown', () => {
  it('allows max answers per window per user, then says how long to wait', () => {
    const c = new Cooldown({ max: 2, windowMs: 10_000 });
    expect(c.take('a', 0).ok).toBe(true);
    expect(c.take('a', 1000).ok).toBe(true);
    expect(c.take('a', 2000)).toEqual({ ok: false, retryAfterMs: 8000 });
    expect(c.take('b', 2000).ok).toBe(true);
    expect(c.take('a', 10_001).ok).toBe(true);
  });

  it('is off with max 0, and forgets idle users', () => {
    const off = new Cooldown({ max: 0, windowMs: 1000 });
    for (let i = 0; i < 100; i++) expect(off.take('a', 0).ok).toBe(true);
    const c = new Cooldown({ max: 1, windowMs: 1000 });
    c.take('a', 0);
    c.prune(5000);
    expect(c.size).toBe(0);
  });
});

describe('embed and choice limits', () => {
  it('fitEmbeds enforces field, description and 6000-total limits', () => {
    const long = 'mot '.repeat(3000);
    const embeds = fitEmbeds(
      Array.from({ length: 3 }, () => ({
        title: long,
        description: long,
        author: { name: long },
        footer: { text: long },
        fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
      })),
    );
    const total = embeds.reduce((n, e) => n + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(e.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
  });

  it('fitChoices keeps 25 choices, names ≤ 100, drops values that would need cutting', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `nom ${i} `.repeat(30), value: `st${i}` }));
    choices.push({ name: 'trop long', value: 'x'.repeat(101) });
    const out = fitChoices(choices);
    expect(out).toHaveLength(25);
    for (const c of out) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('secrets and stale interactions', () => {
  it('scrubData removes the token (given or token-shaped) from every string of a reply, leaving the rest as is', () => {
    const token = 'MTAxMDEwMTAxMDEwMTAxMDEw.GfakeX.fake-token-for-tests-only-abcdefghijk';
    const reply = {
      content: `« ${token} »`,
      embeds: [{ title: 'x', fields: [{ name: 'n', value: `a${token}b` }] }],
    };
    const out = scrubData(reply, [token]);
    expect(JSON.stringify(out)).not.toContain(token);
    expect(out.content).toBe('« [redacted] »');
    // A real token has underscores, which markdown escaping may turn into "\_": still scrubbed.
    const underscored = 'MTAxMDEw_TAxMDEwMTAxMDEw.Gf_keX.fake_token_for_tests_only_abcdefghijk';
    const escaped = escape(`_${underscored}_ ${underscored}`);
    expect(escaped).toContain('\\_');
    expect(scrubData({ content: escaped }, [underscored]).content).not.toMatch(/MTAx|fake/);
    expect(scrubData({ content: escaped }, []).content).not.toMatch(/MTAx|fake/);
    const clean = { content: 'rien à cacher' };
    expect(scrubData(clean, [token])).toBe(clean);
  });

  it('expired interactions and webhook tokens count as stale, other errors do not', () => {
    for (const code of [10062, 40060, 10015, 50027]) expect(isStaleInteraction({ code })).toBe(true);
    for (const err of [{ code: 50035 }, new Error('x'), null, 'x'])
      expect(isStaleInteraction(err)).toBe(false);
  });
});
