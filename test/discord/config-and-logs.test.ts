import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NO_TOKEN_MESSAGE, parseConfig, startupErrors } from '../../src/discord/config.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { scrub } from '../../src/discord/secrets.ts';

describe('config', () => {
  it('defaults sensibly and reads the cooldown settings', () => {
    const r = parseConfig({
      DISCORD_TOKEN: 'abc',
      COOLDOWN_MAX: '3',
      COOLDOWN_WINDOW_SECONDS: '20',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(r.ok && r.config).toMatchObject({
      token: 'abc',
      apiUrl: 'http://127.0.0.1:9/api',
      logLevel: 'info',
      cooldown: { max: 3, windowMs: 20_000 },
    });
    expect(parseConfig({}).ok && parseConfig({}).ok).toBe(true);
  });

  it('explains every malformed value, without echoing the token', () => {
    const r = parseConfig({
      DISCORD_TOKEN: 'secret with spaces',
      DISCORD_CLIENT_ID: 'abc',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'localhost',
      LOG_LEVEL: 'loud',
      COOLDOWN_MAX: '-1',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(6);
    expect(r.errors.join('\n')).not.toContain('secret');
  });
});

describe('start-up errors', () => {
  it('a missing token gets its one line alone; otherwise one line per malformed setting; fine settings none', () => {
    const check = (env: Record<string, string>) => startupErrors(parseConfig(env), env);
    expect(check({})).toEqual([NO_TOKEN_MESSAGE]);
    expect(check({ DISCORD_TOKEN: '  ', LOG_LEVEL: 'loud' })).toEqual([NO_TOKEN_MESSAGE]);
    expect(check({ DISCORD_TOKEN: 'abcdefghijkl', LOG_LEVEL: 'loud', COOLDOWN_MAX: 'x' })).toEqual([
      expect.stringMatching(/^Invalid setting: LOG_LEVEL/),
      expect.stringMatching(/^Invalid setting: COOLDOWN_MAX/),
    ]);
    expect(check({ DISCORD_TOKEN: 'abcdefghijkl' })).toEqual([]);
  });
});

describe('logger', () => {
  it('writes one JSON line per event with the shard id, and never the token', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(c, _e, cb) {
        lines.push(String(c));
        cb();
      },
    });
    const token = 'MTAxMDEwMTAxMDEwMTAxMDEw.GfakeX.fake-token-for-tests-only-abcdefghijk';
    const log = createLogger({ shard: 1, secrets: [token], destination });
    log.info({ event: 'x', token, nested: { token }, message: `login with ${token}` });
    log.error({ event: 'y', err: new Error(`bad ${token}`) });
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(o.shard).toBe(1);
      expect(l).not.toContain(token);
    }
    expect(scrub('Bot abcdefghijklmnopqrstuvwx.abcdef.abcdefghijklmnopqrstuvwxyz12345', [])).toBe(
      'Bot [redacted]',
    );
  });
});
