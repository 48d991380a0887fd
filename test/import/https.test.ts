// https links: certificates are verified (a self-signed one is refused) and the address guard applies as on http.
// The certificate is made by openssl at run time; without openssl these tests are skipped.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importFromUrl } from '../../src/import/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-tls-'));
const OPENSSL_ARGS = [
  'req',
  '-x509',
  '-newkey',
  'rsa:2048',
  '-nodes',
  '-days',
  '1',
  '-subj',
  '/CN=127.0.0.1',
];
const made =
  spawnSync('openssl', [...OPENSSL_ARGS, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], {
    stdio: 'ignore',
  }).status === 0;

let server: Server;
let port = 0;
beforeAll(async () => {
  if (!made) return;
  server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><article><p>Un article.</p></article></body></html>');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function refusal(url: string, options = {}): Promise<ImportError> {
  try {
    await importFromUrl(url, options);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe.skipIf(!made)('https', () => {
  it('refuses a self-signed certificate', async () => {
    const err = await refusal(`https://127.0.0.1:${port}/`, { allowPrivate: true });
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/certificate is not valid/);
  });

  it('refuses a private address before any TLS', async () => {
    expect((await refusal(`https://127.0.0.1:${port}/`, { allowPrivate: false })).code).toBe(
      'private-address',
    );
    const rebinding = async () => [{ address: '127.0.0.1', family: 4 }];
    expect((await refusal(`https://news.example:${port}/`, { resolve: rebinding })).code).toBe(
      'private-address',
    );
  });
});
