// Links → articles over a local server: the good pages, and every way a link can be refused.

import type { LookupAddress } from 'node:dns';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { forbiddenReason } from '../../src/import/address-guard.ts';
import type { Resolver } from '../../src/import/guarded-lookup.ts';
import { ImportError, importFromUrl, IMPORT_LIMITS, type FetchOptions } from '../../src/import/index.ts';
import { page, send, serve, type TestServer } from './server.ts';

let server: TestServer;
let counted = 0;
const CRUE = page('courrier-crue.html');
const LATIN1 = page('hopital-latin1.html');
const TEXT =
  "Le maire a déclaré hier que le pont serait rouvert lundi.\n\nLes riverains ont salué l'annonce.\n";

beforeAll(async () => {
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
  const big = Buffer.from(
    `<html><body><article><p>${'Un mot. '.repeat(400_000)}</p></article></body></html>`,
  );
  server = await serve({
    '/crue': send(CRUE, { 'content-type': 'text/html; charset=utf-8' }),
    '/crue-gzip': send(gzipSync(CRUE), {
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'gzip',
    }),
    '/untyped': send(CRUE, {}),
    '/latin1': send(LATIN1, { 'content-type': 'text/html' }),
    '/texte.txt': send(TEXT, { 'content-type': 'text/plain; charset=utf-8' }),
    // The page's own <meta> removed: only the header says windows-1252.
    '/latin1-header': send(
      Buffer.from(LATIN1.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1'),
      {
        'content-type': 'text/html; charset=ISO-8859-1',
      },
    ),
    '/texte-latin1': send(Buffer.from(TEXT, 'latin1'), { 'content-type': 'text/plain' }),
    '/paywall': send(page('paywall.html'), { 'content-type': 'text/html; charset=utf-8' }),
    '/accueil': send(page('accueil.html'), { 'content-type': 'text/html; charset=utf-8' }),
    '/counted': (_req, res) => {
      counted++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(CRUE);
    },
    '/404-endless': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>encore</p>'.repeat(1000)), 5);
      res.on('close', () => clearInterval(timer));
    },
    '/500': send('<h1>Erreur interne</h1>', { 'content-type': 'text/html' }, 500),
    '/slow': () => {
      // never answers: the time limit has to end it
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><article><p>Le début, puis plus rien');
    },
    '/loop-a': send('', { location: '/loop-b' }, 302),
    '/loop-b': send('', { location: '/loop-a' }, 301),
    '/hop/*': (req, res) => {
      const n = Number(req.url!.split('/').pop());
      res.writeHead(
        n > 0 ? 307 : 200,
        n > 0 ? { location: `/hop/${n - 1}` } : { 'content-type': 'text/html' },
      );
      res.end(n > 0 ? '' : CRUE);
    },
    '/to-metadata': send('', { location: 'http://169.254.169.254/latest/meta-data/' }, 302),
    '/to-intranet': send('', { location: 'http://intranet.example/' }, 302),
    '/to-ftp': send('', { location: 'ftp://127.0.0.1/x' }, 302),
    '/pdf': send('%PDF-1.7\n', { 'content-type': 'application/pdf' }),
    '/image': send(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { 'content-type': 'image/jpeg' }),
    '/video': send('', { 'content-type': 'video/mp4' }),
    '/big': send(big, { 'content-type': 'text/html', 'content-length': big.length }),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < big.length; i += 64 * 1024) res.write(big.subarray(i, i + 64 * 1024));
      res.end();
    },
    '/bomb': send(bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
    '/corrupt-gzip': send(Buffer.from('not gzip at all'), {
      'content-type': 'text/html',
      'content-encoding': 'gzip',
    }),
    '/secret': send('', {}, 404),
  });
});

afterAll(() => server.close());

// The test server's own address stands in for a public site; every other internal address stays refused.
const ONLY_THE_TEST_SERVER: FetchOptions = {
  policy: (address) => (address === '127.0.0.1' ? null : forbiddenReason(address)),
};

async function refusal(url: string, options: FetchOptions = { allowPrivate: true }): Promise<ImportError> {
  try {
    await importFromUrl(url, options);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('pages that load', () => {
  it('a news page', async () => {
    const article = await importFromUrl(`${server.base}/crue`, { allowPrivate: true });
    expect(article.meta.title).toBe('Crue de la Sorne : le maire promet des aides rapides');
    expect(article.meta.source).toBe(`${server.base}/crue`);
    expect(article.meta.published).toBe('2024-03-13');
    expect(article.headings).toHaveLength(2);
  });

  it('the same page gzip-compressed, or with no content type', async () => {
    const plain = await importFromUrl(`${server.base}/crue`, { allowPrivate: true });
    expect((await importFromUrl(`${server.base}/crue-gzip`, { allowPrivate: true })).text).toBe(plain.text);
    expect((await importFromUrl(`${server.base}/untyped`, { allowPrivate: true })).text).toBe(plain.text);
  });

  it('a windows-1252 page that declares its charset in a <meta>', async () => {
    const article = await importFromUrl(`${server.base}/latin1`, { allowPrivate: true });
    expect(article.text).toContain("l'hôpital de Brières");
    expect(article.text).toContain('contrecœur');
  });

  it('a windows-1252 page whose charset only the header gives', async () => {
    const article = await importFromUrl(`${server.base}/latin1-header`, { allowPrivate: true });
    expect(article.text).toContain('150 000 € de moins');
  });

  it('a plain text', async () => {
    const article = await importFromUrl(`${server.base}/texte.txt`, { allowPrivate: true });
    expect(article.text).toBe(TEXT.trim());
    expect(article.meta.title).toBe('texte');
    expect(article.meta.source).toBe(`${server.base}/texte.txt`);
  });

  it('after five redirects, with the final URL as source', async () => {
    const article = await importFromUrl(`${server.base}/hop/5`, { allowPrivate: true });
    expect(article.meta.source).toBe(`${server.base}/hop/0`);
  });

  it('ARTICLE_FETCH_ALLOW_PRIVATE=1 opens private addresses; unset, they are refused', async () => {
    vi.stubEnv('ARTICLE_FETCH_ALLOW_PRIVATE', '1');
    try {
      await expect(importFromUrl(`${server.base}/crue`)).resolves.toBeTruthy();
    } finally {
      vi.unstubAllEnvs();
    }
    vi.stubEnv('ARTICLE_FETCH_ALLOW_PRIVATE', '');
    try {
      expect((await refusal(`${server.base}/crue`, {})).code).toBe('private-address');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('links that are refused', () => {
  it.each([
    ['not a link', 'bad-url'],
    ['ftp://127.0.0.1/article.txt', 'bad-url'],
    ['file:///etc/passwd', 'bad-url'],
    ['javascript:alert(1)', 'bad-url'],
  ])('%s → %s', async (url, code) => {
    expect((await refusal(url)).code).toBe(code);
  });

  it('a link with credentials, without repeating them', async () => {
    const err = await refusal(`http://admin:hunter2@127.0.0.1:${server.port}/crue`);
    expect(err.code).toBe('bad-url');
    expect(err.message).not.toContain('hunter2');
  });

  it('404 and 500, without the query string in the message', async () => {
    const notFound = await refusal(`${server.base}/secret?token=abc123`);
    expect(notFound.code).toBe('http-status');
    expect(notFound.message).toMatch(/404/);
    expect(notFound.message).not.toContain('abc123');
    const err = await refusal(`${server.base}/500`);
    expect(err.code).toBe('http-status');
    expect(err.message).toMatch(/500/);
  });

  it('an error page whose body never ends is refused at once, its body left unread', async () => {
    const started = Date.now();
    const err = await refusal(`${server.base}/404-endless`, { allowPrivate: true, timeoutMs: 5000 });
    expect(err.code).toBe('http-status');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a page that does not answer in time, or stops halfway', async () => {
    const started = Date.now();
    const err = await refusal(`${server.base}/slow`, { allowPrivate: true, timeoutMs: 300 });
    expect(err.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await refusal(`${server.base}/slow-body`, { allowPrivate: true, timeoutMs: 300 })).code).toBe(
      'timeout',
    );
  });

  it('the default time limit is 10 s', () => {
    expect(IMPORT_LIMITS.timeoutMs).toBe(10_000);
    expect(IMPORT_LIMITS.maxRedirects).toBe(5);
    expect(IMPORT_LIMITS.maxBytes).toBe(2 * 1024 * 1024);
  });

  it('a redirect loop and six redirects', async () => {
    const loop = await refusal(`${server.base}/loop-a`);
    expect(loop.code).toBe('too-many-redirects');
    expect(loop.message).toMatch(/loop/);
    expect((await refusal(`${server.base}/hop/6`)).code).toBe('too-many-redirects');
  });

  it('a redirect to another scheme', async () => {
    expect((await refusal(`${server.base}/to-ftp`)).code).toBe('bad-url');
  });

  it('a private address, literal or named, with the guard on', async () => {
    for (const url of [
      `${server.base}/crue`,
      `http://localhost:${server.port}/crue`,
      `http://[::1]:${server.port}/crue`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://[::ffff:127.0.0.1]/',
      // Other spellings of 127.0.0.1 the URL parser normalises.
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://127.1/',
      'http://0.0.0.0/',
    ]) {
      const err = await refusal(url, {});
      expect(err.code, url).toBe('private-address');
    }
  });

  it('a redirect to the metadata address or to a name that resolves inside, each hop checked', async () => {
    const intranet: Resolver = async (host) =>
      host === 'intranet.example' ? [{ address: '10.1.2.3', family: 4 } as LookupAddress] : [];
    expect((await refusal(`${server.base}/to-metadata`, ONLY_THE_TEST_SERVER)).code).toBe('private-address');
    const err = await refusal(`${server.base}/to-intranet`, { ...ONLY_THE_TEST_SERVER, resolve: intranet });
    expect(err.code).toBe('private-address');
    // The control: the same page loads under this policy, so the refusals above came from the redirects.
    await expect(importFromUrl(`${server.base}/crue`, ONLY_THE_TEST_SERVER)).resolves.toBeTruthy();
  });

  it('DNS rebinding: a public-looking name that resolves to 127.0.0.1 is refused at connect time', async () => {
    const rebinding: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const url = `http://news.example:${server.port}/crue`;
    expect((await refusal(url, { resolve: rebinding })).code).toBe('private-address');
    // With the guard off the same resolver reaches the page: the refusal is the guard's, not a DNS failure.
    await expect(importFromUrl(url, { resolve: rebinding, allowPrivate: true })).resolves.toBeTruthy();
  });

  it('the connected socket is checked again (a policy that changes its mind between lookup and connect)', async () => {
    let calls = 0;
    const fickle: FetchOptions = { policy: () => (calls++ === 0 ? null : 'refused at connect time') };
    const err = await refusal(`${server.base}/counted`, fickle);
    expect(err.code).toBe('private-address');
    expect(err.message).toMatch(/refused at connect time/);
    expect(calls).toBe(2);
    // Dropped before the request was sent: the server never saw it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counted).toBe(0);
    await importFromUrl(`${server.base}/counted`, { allowPrivate: true });
    expect(counted).toBe(1);
  });

  it.each([
    ['/pdf', /a PDF/],
    ['/image', /an image/],
    ['/video', /a video/],
  ])('%s is not an article type', async (path, message) => {
    const err = await refusal(`${server.base}${path}`);
    expect(err.code).toBe('not-article-type');
    expect(err.message).toMatch(message);
  });

  it('too large, announced or streamed', async () => {
    expect((await refusal(`${server.base}/big`)).code).toBe('too-large');
    expect((await refusal(`${server.base}/big-chunked`)).code).toBe('too-large');
  });

  it('a gzip bomb stops at the size limit', async () => {
    const started = Date.now();
    const err = await refusal(`${server.base}/bomb`);
    expect(err.code).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a corrupt compressed body', async () => {
    expect((await refusal(`${server.base}/corrupt-gzip`)).code).toBe('network');
  });

  it('a closed port', async () => {
    const closed = await serve({});
    await closed.close();
    expect((await refusal(`${closed.base}/crue`)).code).toBe('network');
  });

  it('a plain text that is not UTF-8 and names no charset', async () => {
    expect((await refusal(`${server.base}/texte-latin1`)).code).toBe('not-utf8');
  });

  it('a paywall stub and a home page', async () => {
    expect((await refusal(`${server.base}/paywall`)).code).toBe('no-article-body');
    expect((await refusal(`${server.base}/accueil`)).code).toBe('no-article-body');
  });
});
