// Small pure parts of per-server articles: the article id in button custom ids, the scope of an interaction, and
// the DATABASE_PATH / engine cache settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/discord/config.ts';
import { decodeCustomId, encodeContext, encodePage } from '../../src/discord/custom-id.ts';
import { LIMITS } from '../../src/discord/limits.ts';
import { scopeOfInteraction } from '../../src/discord/scope.ts';
import { articleId, contentHash } from '../../src/storage/ids.ts';

const ID = articleId('guild:123456789012345678', contentHash('un texte'));

describe('custom ids with an article', () => {
  it('carry the article id, stay ≤ 100 characters, and read back', () => {
    expect(ID).toMatch(/^a[0-9a-z]{11}$/);
    const refs = Array.from({ length: 30 }, (_, i) => `st${1000 + i}`);
    const id = encodePage('n', 'a', 1, refs, ID);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    const back = decodeCustomId(id);
    expect(back).toMatchObject({ kind: 'page', page: 1, article: ID });
    expect(decodeCustomId(encodeContext('st3', ID))).toEqual({ kind: 'context', ref: 'st3', article: ID });
  });

  it('ids from before articles could be loaded still mean the default article', () => {
    expect(decodeCustomId('ans:n:a:1:st1,st2')).toEqual({
      kind: 'page',
      page: 1,
      refs: ['st1', 'st2'],
      mode: 'a',
    });
    expect(decodeCustomId('ctx:st1')).toEqual({ kind: 'context', ref: 'st1' });
  });

  it('a malformed article part is refused', () => {
    for (const bad of [
      'ctx:st1@',
      'ctx:st1@zz',
      'ctx:st1@a00000000000@a00000000000',
      'ans:n:a:1:st1@A0000000000B',
    ])
      expect(decodeCustomId(bad), bad).toBeNull();
  });
});

describe('scopeOfInteraction', () => {
  const user = { id: '42' };
  it('a server where the app is installed is the server’s; DMs and user-only installs are the user’s', () => {
    expect(
      scopeOfInteraction({
        guildId: '7',
        user,
        authorizingIntegrationOwners: { guildId: '7', userId: null },
      } as never),
    ).toBe('guild:7');
    expect(
      scopeOfInteraction({
        guildId: null,
        user,
        authorizingIntegrationOwners: { guildId: null, userId: '42' },
      } as never),
    ).toBe('user:42');
    expect(
      scopeOfInteraction({
        guildId: '7',
        user,
        authorizingIntegrationOwners: { guildId: null, userId: '42' },
      } as never),
    ).toBe('user:42');
    expect(scopeOfInteraction({ guildId: '7', user, authorizingIntegrationOwners: {} } as never)).toBe(
      'guild:7',
    );
  });
});

describe('storage settings', () => {
  it('DATABASE_PATH defaults to ./var/bot.sqlite; a folder is refused with one clear line', () => {
    const ok = parseConfig({});
    expect(ok.ok && ok.config.databasePath).toBe('./var/bot.sqlite');
    expect(ok.ok && ok.config.engineCache).toEqual({ maxEntries: 200, maxMegabytes: 64 });
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    try {
      const bad = parseConfig({ DATABASE_PATH: dir, ENGINE_CACHE_SIZE: '0', ENGINE_CACHE_MB: 'lots' });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.errors.some((e) => e.startsWith('DATABASE_PATH must be a file path'))).toBe(true);
        expect(bad.errors.some((e) => e.startsWith('ENGINE_CACHE_SIZE'))).toBe(true);
        expect(bad.errors.some((e) => e.startsWith('ENGINE_CACHE_MB'))).toBe(true);
      }
      const file = parseConfig({ DATABASE_PATH: join(dir, 'x.sqlite') });
      expect(file.ok && file.config.databasePath).toBe(join(dir, 'x.sqlite'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
