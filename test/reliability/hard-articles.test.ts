// Articles that are hard to read, through buildIndex (text) or readArticle + loadEngine (a temp file): each either
// indexes what it can (and the engine then answers) or is refused with one ArticleError of one line. Every case runs in
// a child process (hard-article-worker.ts) with a time bound, so a hang or a crash is reported, not suffered.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { readArticle, readAliasGroups, DEFAULT_ARTICLE, ROOT } from '../../src/load.ts';
import { CASE_NAMES } from './hard-article-worker.ts';

const WORKER = join(ROOT, 'test', 'reliability', 'hard-article-worker.ts');

interface Outcome {
  name: string;
  outcome: 'indexed' | 'refused';
  ms: number;
  sentences?: number;
  statements?: number;
  firstSentence?: string;
  asked?: number;
  message?: string;
}

interface WorkerRun {
  outcomes: Map<string, Outcome>;
  started: string[];
  code: number | null;
  stderr: string;
  timedOut: boolean;
}

function runWorker(cases: string[], timeoutMs: number): Promise<WorkerRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...cases], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = stdout
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Outcome & { start?: boolean });
      resolve({
        outcomes: new Map(lines.filter((l) => !l.start).map((l) => [l.name, l])),
        started: lines.filter((l) => l.start).map((l) => l.name),
        code,
        stderr,
        timedOut,
      });
    });
  });
}

const BIG = '5 MB';
const SMALL = CASE_NAMES.filter((n) => n !== BIG);
let small: WorkerRun;
let big: WorkerRun;

beforeAll(async () => {
  // Both at once: the 5 MB case is the long one (about 20 s of CPU on this machine).
  [small, big] = await Promise.all([runWorker(SMALL, 60_000), runWorker([BIG], 100_000)]);
}, 110_000);

function outcome(run: WorkerRun, name: string): Outcome {
  const hung = run.started.filter((n) => !run.outcomes.has(n));
  expect(run.timedOut, `timed out while indexing ${hung.join(', ')}`).toBe(false);
  expect(run.stderr, 'the worker crashed (not an ArticleError)').toBe('');
  expect(run.code).toBe(0);
  const o = run.outcomes.get(name);
  expect(o, `no outcome for ${name}`).toBeDefined();
  return o!;
}

function expectClearRefusal(o: Outcome): void {
  expect(o.outcome, JSON.stringify(o)).toBe('refused');
  expect(o.message).toBeTruthy();
  expect(o.message).not.toMatch(/\n/);
  expect(o.message!.length).toBeLessThan(300);
  expect(o.message).not.toMatch(/\bat .+:\d+:\d+/);
}

function expectIndexed(o: Outcome): void {
  expect(o.outcome, JSON.stringify(o)).toBe('indexed');
  expect(o.sentences).toBeGreaterThan(0);
}

describe('hard articles', () => {
  it('every case either indexes or fails with one clear ArticleError, within its time bound, without crashing', () => {
    for (const name of SMALL) {
      const o = outcome(small, name);
      if (o.outcome === 'refused') expectClearRefusal(o);
      else expectIndexed(o);
      expect(o.ms, name).toBeLessThan(15_000);
    }
  });

  it.each([
    'empty',
    'empty file',
    'whitespace',
    'whitespace file',
    'punctuation and emoji only',
    'binary (NUL bytes)',
  ])('%s is refused', (name) => {
    expectClearRefusal(outcome(small, name));
  });

  it.each([
    'one huge sentence',
    'one huge word',
    'one line of 20 000 quotes',
    'no punctuation',
    'unbalanced quotation marks',
  ])('%s is indexed', (name) => {
    expectIndexed(outcome(small, name));
  });

  it('CRLF and BOM: the same sentences as the plain file, no BOM or CR left', () => {
    const o = outcome(small, 'CRLF and BOM');
    expectIndexed(o);
    const { text, meta } = readArticle(DEFAULT_ARTICLE);
    expect(o.sentences).toBe(buildIndex(text, meta, readAliasGroups()).sentences.length);
    expect(o.firstSentence).not.toMatch(/^\uFEFF|\r/);
    expect(o.asked).toBe(6);
  });

  it('Latin-1 bytes are decoded as Latin-1 (accents intact) and answered', () => {
    const o = outcome(small, 'Latin-1 bytes');
    expectIndexed(o);
    expect(o.firstSentence).toContain('représentant spécial du président');
    expect(o.asked).toBe(6);
  });

  it('5 MB of text (under the 8 MB limit) is indexed in bounded time and answered', () => {
    const o = outcome(big, BIG);
    expectIndexed(o);
    expect(o.statements).toBeGreaterThan(1000);
    expect(o.asked).toBe(6);
  });
});
