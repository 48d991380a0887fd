// The terminal front end: the JSON contract, --batch, --article, and bad input.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/load.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli.ts');

function ask(args: string[], input?: string) {
  const r = spawnSync(TSX, [CLI, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RESULT_KEYS = [
  'speaker',
  'role',
  'statement',
  'quote',
  'when',
  'date',
  'sentence',
  'paragraph',
  'score',
];

function expectContract(obj: Record<string, unknown>) {
  expect(typeof obj.question).toBe('string');
  expect(typeof obj.intent).toBe('string');
  expect(typeof obj.found).toBe('boolean');
  expect(Array.isArray(obj.results)).toBe(true);
  for (const r of obj.results as Array<Record<string, unknown>>) {
    for (const k of RESULT_KEYS) expect(r).toHaveProperty(k);
    expect(typeof r.statement).toBe('string');
    expect(typeof r.sentence).toBe('string');
    expect(typeof r.paragraph).toBe('number');
    expect(typeof r.score).toBe('number');
    for (const k of ['speaker', 'role', 'quote', 'when', 'date'])
      expect(r[k] === null || typeof r[k] === 'string').toBe(true);
  }
}

describe('npm run ask', () => {
  it('answers one question in readable text', () => {
    const r = ask(['Qui a dit que les talibans doivent respecter leurs engagements ?']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Anthony Blinken');
    expect(r.out).toContain('lundi');
    expect(r.out).toMatch(/§1/);
  });

  it('--json prints one object with the documented shape', () => {
    const r = ask(['--json', "Qu'a dit Zamir Kaboul ?"]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const obj = JSON.parse(r.out);
    expectContract(obj);
    expect(obj).toMatchObject({ intent: 'what', found: true });
    expect(obj.results.map((x: { speaker: string }) => x.speaker)).toEqual(['Zamir Kaboul', 'Zamir Kaboul']);
  });

  it('--batch --json answers each line, in order, in one process', () => {
    const questions = [
      'Qui a dit que la légitimité devrait être méritée ?',
      "Qu'a dit Emmanuel Macron ?",
      'Depuis quand les dirigeants talibans se rendent-ils à Moscou ?',
    ];
    const r = ask(['--batch', '--json'], questions.join('\n') + '\n');
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(questions);
    lines.forEach(expectContract);
    expect(lines.map((l) => l.found)).toEqual([true, false, true]);
    expect(lines[2].results[0].when).toBe('depuis 2018');
  });

  it('--article answers about another article, with its metadata', () => {
    const r = ask([
      '--json',
      '--article',
      join(ROOT, 'test', 'fixtures', 'greve-hopital.txt'),
      'Quand la direction a-t-elle annoncé des recrutements ?',
    ]);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.out);
    expect(obj.results[0]).toMatchObject({ when: 'mercredi', date: '2024-03-13' });
  });

  it.each([
    ['an empty question', ['   ']],
    ['a 10 000-character question', ['a'.repeat(10_000)]],
    ['binary input', ['\u0001\u0002\u0003binaire']],
    ['a missing article', ['--article', '/nonexistent/article.txt', 'Qui ?']],
    ['an unknown option', ['--nope']],
  ])('%s: one line on stderr, non-zero exit, no stack trace', (_what, args) => {
    const r = ask(args);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^error: /);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('an empty article file is refused the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = ask(['--article', empty, 'Qui ?']);
    expect(r.code).not.toBe(0);
    expect(r.err.trim()).toMatch(/^error: article file is empty/);
  });
});
