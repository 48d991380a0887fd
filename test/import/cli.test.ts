// `npm run ask -- --url URL` and `--article page.html`: the CLI over the importer, against a local server.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/load.ts';
import { page, PAGES, send, serve, type TestServer } from './server.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli.ts');

// Asynchronous, so the test server in this process keeps answering while the CLI runs.
function ask(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [CLI, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, out, err) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await serve({
    '/crue': send(page('courrier-crue.html'), { 'content-type': 'text/html; charset=utf-8' }),
    '/pdf': send('%PDF-1.7', { 'content-type': 'application/pdf' }),
  });
});
afterAll(() => server.close());

describe('--url', () => {
  it('answers about the page, with its date', async () => {
    const r = await ask(['--url', `${server.base}/crue`, '--json', "Qu'a dit Paul Girard ?"], {
      ARTICLE_FETCH_ALLOW_PRIVATE: '1',
    });
    expect(r.err).toBe('');
    const answer = JSON.parse(r.out) as {
      found: boolean;
      results: Array<{ speaker: string; when: string; date: string }>;
    };
    expect(answer.found).toBe(true);
    expect(answer.results[0]).toMatchObject({ speaker: 'Paul Girard', when: 'lundi', date: '2024-03-11' });
  });

  it('refuses a private address by default, in one error line', async () => {
    const r = await ask(['--url', `${server.base}/crue`, 'Qui parle ?'], { ARTICLE_FETCH_ALLOW_PRIVATE: '' });
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^error: 127\.0\.0\.1 points at a loopback address: refused\n$/);
  });

  it('refuses a PDF', async () => {
    const r = await ask(['--url', `${server.base}/pdf`, 'Qui parle ?'], { ARTICLE_FETCH_ALLOW_PRIVATE: '1' });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^error: the link is a PDF/);
  });

  it('one article at a time', async () => {
    const r = await ask(['--url', `${server.base}/crue`, '--article', 'data/article.txt', 'Qui parle ?']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/one article at a time/);
  });
});

describe('--article page.html', () => {
  it('reads a saved page like a link', async () => {
    const r = await ask([
      '--article',
      join(PAGES, 'hopital-latin1.html'),
      '--json',
      "Qu'a dit Hélène Garnier ?",
    ]);
    expect(r.err).toBe('');
    const answer = JSON.parse(r.out) as { results: Array<{ speaker: string; date: string }> };
    expect(answer.results[0]).toMatchObject({ speaker: 'Hélène Garnier', date: '2024-04-01' });
  });

  it('a page with no article body is refused', async () => {
    const r = await ask(['--article', join(PAGES, 'accueil.html'), 'Qui parle ?']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^error: no article text on this page/);
  });
});
