// The HTTP endpoint under test: a generated Ed25519 key pair (the tests play Discord and sign), the fake Discord for
// the follow-up REST calls a deferred answer makes, and a signed POST helper.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Command } from '../../src/discord/command.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { startHttpApp, type HttpApp } from '../../src/http/app.ts';
import type { ArticleLibrary } from '../../src/library/library.ts';
import type { Engine } from '../../src/search/types.ts';
import { TOKEN } from '../discord/helpers/harness.ts';
import { FakeDiscord } from '../fake-discord/server.ts';

export interface KeyPair {
  privateKey: KeyObject;
  /** 64 hex characters, as the Developer Portal shows an application's public key. */
  publicHex: string;
}

export function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // The raw key is the last 32 bytes of the 44-byte DER SPKI encoding.
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicHex: der.subarray(der.length - 32).toString('hex') };
}

export function signBody(key: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
}

export interface HttpHarness {
  app: HttpApp;
  fake: FakeDiscord;
  keys: KeyPair;
  logs: string[];
  url: string;
  /** POST a payload signed with the test key (override any part to break it). */
  post(
    payload: unknown,
    opts?: { timestamp?: string; signature?: string | null; body?: string },
  ): Promise<{ status: number; body: unknown; text: string }>;
  stop(): Promise<void>;
}

export async function startHttpHarness(
  engine: Engine,
  opts: {
    commands?: ReadonlyMap<string, Command>;
    storage?: () => Promise<boolean>;
    fake?: FakeDiscord;
    library?: ArticleLibrary;
  } = {},
): Promise<HttpHarness> {
  const fake = opts.fake ?? (await new FakeDiscord().start());
  const keys = keyPair();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await startHttpApp({
    config: { token: TOKEN, apiUrl: fake.apiUrl, cooldown: { max: 0, windowMs: 10_000 } },
    engine,
    logger: createLogger({ level: 'debug', secrets: [TOKEN], destination }),
    publicKey: keys.publicHex,
    port: 0,
    host: '127.0.0.1',
    ...(opts.commands ? { commands: opts.commands } : {}),
    ...(opts.storage ? { storage: opts.storage } : {}),
    ...(opts.library ? { library: opts.library } : {}),
  });
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    fake,
    keys,
    logs,
    url,
    async post(payload, o = {}) {
      const body = o.body ?? JSON.stringify(payload);
      const timestamp = o.timestamp ?? String(Math.floor(Date.now() / 1000));
      const signature = o.signature === undefined ? signBody(keys.privateKey, timestamp, body) : o.signature;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      headers['x-signature-timestamp'] = timestamp;
      if (signature !== null) headers['x-signature-ed25519'] = signature;
      const res = await fetch(`${url}/interactions`, { method: 'POST', headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed, text };
    },
    async stop() {
      await app.stop(3000);
      if (!opts.fake) await fake.close();
    },
  };
}
