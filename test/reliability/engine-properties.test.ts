// Property-based tests over every engine function: hostile input never throws, never takes more than 50 ms, always
// yields well-formed plain data, and a question that shares no word with the article finds nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import type { ArticleIndex } from '../../src/article/types.ts';
import { readAliasGroups, readArticle, readGlossary, readSynonyms } from '../../src/load.ts';
import { createEngine, type EngineOptions } from '../../src/search/engine.ts';
import type { Engine } from '../../src/search/types.ts';
import { articlePath, FIXTURE_NAMES } from '../helpers.ts';
import {
  anyText,
  articleVocabulary,
  expectAnswer,
  expectChoices,
  expectResult,
  expectSpeakers,
  fold,
  shortText,
  unrelatedText,
} from './arbitraries.ts';

/** Per call, as the issue asks: no input may make the engine slow (e.g. a pathological regular expression). */
const BUDGET_MS = 50;
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

interface Article {
  name: string;
  index: ArticleIndex;
  engine: Engine;
  vocabulary: string[];
}

let opts: EngineOptions;
const articles = new Map<string, Article>();
const art = (name = 'default') => articles.get(name)!;

beforeAll(() => {
  const glossary = readGlossary();
  const synonyms = readSynonyms();
  opts = { glossary, synonyms };
  const aliases = readAliasGroups();
  // Words the glossary or synonyms could turn into an article word count as shared.
  const extra = [
    ...Object.entries(glossary).flatMap(([k, v]) => [k, ...v]),
    ...synonyms.flat(),
    ...aliases.flat(),
  ];
  for (const name of ['default', ...FIXTURE_NAMES]) {
    const { text, meta } = readArticle(articlePath(name));
    const index = buildIndex(text, meta, aliases);
    const engine = createEngine(index, opts);
    // Warm up the JIT so the time budget measures the engine, not the compiler.
    for (let i = 0; i < 20; i++)
      engine.ask('Qui a dit que les talibans doivent respecter leurs engagements ?');
    articles.set(name, { name, index, engine, vocabulary: articleVocabulary(index, extra) });
  }
});

const show = (s: unknown) => JSON.stringify(s)?.slice(0, 300);

/**
 * Call on the shared engine and check the time. A call over budget is repeated on two fresh engines (no caches) and
 * only fails when it is over budget there too, so a GC pause or a busy CI core is not reported as a slow input.
 */
function timed<T>(name: string, input: unknown, call: (e: Engine) => T, a = art()): T {
  const t = process.hrtime.bigint();
  const value = call(a.engine);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (ms > BUDGET_MS) {
    const again = [0, 1].map(() => {
      const fresh = createEngine(a.index, opts);
      const t2 = process.hrtime.bigint();
      call(fresh);
      return Number(process.hrtime.bigint() - t2) / 1e6;
    });
    const best = Math.min(...again);
    expect(
      best,
      `${name}(${show(input)}) took ${ms.toFixed(1)} ms, then ${again.map((x) => x.toFixed(1)).join(' / ')} ms on fresh engines`,
    ).toBeLessThanOrEqual(BUDGET_MS);
  }
  return value;
}

const params = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true });

describe(`engine functions on hostile input (fast-check seed ${SEED})`, () => {
  it('ask', () => {
    fc.assert(
      fc.property(anyText, (q) => {
        expectAnswer(
          timed('ask', q, (e) => e.ask(q)),
          art().index,
        );
      }),
      params(400),
    );
  });

  it.each(['who', 'when', 'search'] as const)('%s', (fn) => {
    fc.assert(
      fc.property(anyText, (q) => {
        expectAnswer(
          timed(fn, q, (e) => e[fn](q)),
          art().index,
        );
      }),
      params(250),
    );
  });

  it('said (speaker, optional topic)', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (speaker, topic) => {
        expectAnswer(
          timed('said', [speaker, topic], (e) => e.said(speaker, topic)),
          art().index,
        );
      }),
      params(300),
    );
  });

  it('suggestSpeakers', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 30 }), (q, limit) => {
        expectSpeakers(
          timed('suggestSpeakers', q, (e) => e.suggestSpeakers(q, limit)),
          limit,
        );
      }),
      params(400),
    );
  });

  it('suggestStatements', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 30 }), (q, limit) => {
        expectChoices(
          timed('suggestStatements', q, (e) => e.suggestStatements(q, limit)),
          limit,
        );
      }),
      params(400),
    );
  });

  it('byRef: any string is null or a well-formed result with that ref', () => {
    const refs = art().engine.speakers().length ? ['st0', 'st1', 'ev0', 'se0', 'se12'] : ['se0'];
    const ref = fc.oneof(
      shortText,
      fc.constantFrom(...refs),
      fc
        .tuple(fc.constantFrom('st', 'ev', 'se', 'ST', 'st-', ''), fc.integer({ min: -5, max: 100_000 }))
        .map(([p, n]) => `${p}${n}`),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'st1\u0000', ' st1', 'st01'),
    );
    fc.assert(
      fc.property(ref, (r) => {
        const result = timed('byRef', r, (e) => e.byRef(r));
        if (result !== null) {
          expectResult(result, art().index);
          expect(result.ref).toBe(r);
        }
      }),
      params(400),
    );
  });

  it('byRef: every ref an answer gives is found again', () => {
    const { engine, index } = art();
    const refs = new Set(
      ['timeline', 'Qui est cité ?', ...index.sentences.map((s) => s.text.slice(0, 60))].flatMap((q) =>
        engine.ask(q).results.map((r) => r.ref),
      ),
    );
    expect(refs.size).toBeGreaterThan(0);
    for (const ref of refs) expect(engine.byRef(ref)?.ref).toBe(ref);
  });

  it('paragraph: any number is null or that paragraph', () => {
    const { index } = art();
    const n = fc.oneof(
      fc.integer({ min: -10, max: index.paragraphs.length + 10 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1),
    );
    fc.assert(
      fc.property(n, (x) => {
        const p = timed('paragraph', x, (e) => e.paragraph(x));
        if (Number.isInteger(x) && x >= 1 && x <= index.paragraphs.length)
          expect(typeof p === 'string' && p.length > 0).toBe(true);
        else expect(p === null || typeof p === 'string').toBe(true);
      }),
      params(400),
    );
  });

  it('speakers and timeline are stable plain data', () => {
    const { engine, index } = art();
    expectSpeakers(engine.speakers(), Infinity);
    expectAnswer(engine.timeline(), index);
    expect(JSON.stringify(engine.speakers())).toBe(JSON.stringify(engine.speakers()));
  });
});

describe('a question that shares no word with the article finds nothing', () => {
  it.each(['default', ...FIXTURE_NAMES])('%s', (name) => {
    const a = art(name);
    fc.assert(
      fc.property(unrelatedText(a.vocabulary), (q) => {
        for (const fn of ['ask', 'who', 'when', 'search'] as const) {
          const answer = timed(fn, q, (e) => e[fn](q), a);
          expectAnswer(answer, a.index);
          expect(answer.found, `${fn}(${show(q)})`).toBe(false);
          expect(answer.results).toEqual([]);
        }
        const said = timed('said', q, (e) => e.said(q, q), a);
        expect(said.found, `said(${show(q)})`).toBe(false);
        expect(said.results).toEqual([]);
        if (fold(q).trim())
          expect(timed('suggestSpeakers', q, (e) => e.suggestSpeakers(q, 25), a)).toEqual([]);
      }),
      params(60),
    );
  });
});
