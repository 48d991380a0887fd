// The limit the HTTP endpoint is measured against: an endpoint that does nothing but what every endpoint must — read
// the body, check the Ed25519 signature with node:crypto — and return a fixed answer. No JSON parsing, no router.
import type { KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest } from '../../src/http/verify.ts';

const FIXED = Buffer.from('{"type":4,"data":{"content":"ok","allowed_mentions":{"parse":[]}}}');

export async function startBaselineEndpoint(key: KeyObject): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const sig = req.headers['x-signature-ed25519'] as string | undefined;
      const ts = req.headers['x-signature-timestamp'] as string | undefined;
      if (verifyRequest(key, sig, ts, Buffer.concat(chunks)) !== 'ok') {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': FIXED.length });
      res.end(FIXED);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions` };
}
