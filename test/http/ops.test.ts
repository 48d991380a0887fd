// The pieces around the endpoint: settings (DISCORD_PUBLIC_KEY, ports, DATABASE_URL never echoed), /health's verdicts,
// replay memory, signature checks on their own, and `npm run start:http` refusing to start without its key.
import { describe, expect, it } from 'vitest';
import { parseOpsConfig } from '../../src/http/config.ts';
import { SeenIds } from '../../src/http/seen.ts';
import { publicKeyFromHex, verifyRequest } from '../../src/http/verify.ts';
import { health } from '../../src/ops/ops.ts';
import { openStore } from '../../src/storage/open.ts';
import { SqliteStore } from '../../src/storage/sqlite.ts';
import { cleanEnv, runScript } from '../discord/helpers/spawn.ts';
import { keyPair, signBody } from './helpers.ts';

describe('settings', () => {
  it('defaults: port 8080, no health port, SQLite', () => {
    expect(parseOpsConfig({})).toEqual({
      config: { publicKey: null, httpPort: 8080, healthPort: null, databaseUrl: null },
      errors: [],
    });
  });

  it('one line per bad setting, never echoing the database URL (it may hold a password)', () => {
    const { errors } = parseOpsConfig({
      DISCORD_PUBLIC_KEY: 'xyz',
      HTTP_PORT: '99999',
      HEALTH_PORT: 'web',
      DATABASE_URL: 'mysql://root:hunter2@db/x',
    });
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).not.toContain('hunter2');
    for (const name of ['DISCORD_PUBLIC_KEY', 'HTTP_PORT', 'HEALTH_PORT', 'DATABASE_URL'])
      expect(errors.filter((e) => e.startsWith(name))).toHaveLength(1);
  });

  it('DATABASE_URL unset opens the SQLite file', async () => {
    const store = await openStore({ databaseUrl: null, databasePath: ':memory:' });
    expect(store).toBeInstanceOf(SqliteStore);
    await store.close();
  });
});

describe('/health', () => {
  it('is ok only when ready and the store answers', async () => {
    expect(await health({ ready: () => true })).toMatchObject({ status: 'ok', storage: 'none' });
    expect(await health({ ready: () => true, storage: async () => true })).toMatchObject({
      status: 'ok',
      storage: 'ok',
    });
    expect(await health({ ready: () => true, storage: async () => false })).toMatchObject({
      status: 'unavailable',
      storage: 'unreachable',
    });
    expect(
      await health({
        ready: () => true,
        storage: () => Promise.reject(new Error('down')),
      }),
    ).toMatchObject({ status: 'unavailable' });
    expect(await health({ ready: () => false })).toMatchObject({ status: 'unavailable', ready: false });
  });
});

describe('signatures and replays', () => {
  const keys = keyPair();
  const key = publicKeyFromHex(keys.publicHex);
  const body = Buffer.from('{"type":1}');
  const now = 1_800_000_000;

  it('accepts a good signature inside the window, refuses the rest', () => {
    const ts = String(now);
    const sig = signBody(keys.privateKey, ts, body.toString());
    expect(verifyRequest(key, sig, ts, body, now)).toBe('ok');
    expect(verifyRequest(key, sig, ts, body, now + 299)).toBe('ok');
    expect(verifyRequest(key, sig, ts, body, now + 301)).toBe('stale');
    expect(verifyRequest(key, sig, ts, body, now - 301)).toBe('stale');
    expect(verifyRequest(key, undefined, ts, body, now)).toBe('missing');
    expect(verifyRequest(key, sig, undefined, body, now)).toBe('missing');
    expect(
      verifyRequest(
        key,
        sig.replace(/^./, (c) => (c === '0' ? '1' : '0')),
        ts,
        body,
        now,
      ),
    ).toBe('bad-signature');
    // Signed by another key.
    const other = keyPair();
    expect(verifyRequest(key, signBody(other.privateKey, ts, body.toString()), ts, body, now)).toBe(
      'bad-signature',
    );
  });

  it('refuses a malformed public key', () => {
    expect(() => publicKeyFromHex('00')).toThrow(/64 hexadecimal/);
  });

  it('remembers ids for the ttl only, and never more than its maximum', () => {
    const seen = new SeenIds(1000, 3);
    expect(seen.add('a', 0)).toBe(true);
    expect(seen.add('a', 500)).toBe(false);
    expect(seen.add('a', 1600)).toBe(true);
    for (const id of ['b', 'c', 'd']) seen.add(id, 1700);
    // 'a' was pushed out by the size bound.
    expect(seen.add('a', 1800)).toBe(true);
  });
});

describe('npm run start:http', () => {
  it('without DISCORD_PUBLIC_KEY exits 1 with one line saying what to set', async () => {
    const r = await runScript('start:http', cleanEnv(), 60_000);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_PUBLIC_KEY/);
    expect(r.stdout.trim()).toBe('');
  }, 70_000);
});
