// The SQLite store: the shared contract (in memory and on disk), plus what only a file can show: the file and its
// folder are created, WAL, versioned migrations, data kept across reopening, and a kill -9 in the middle of a load.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/storage/sqlite.ts';
import { SQLITE_MIGRATIONS } from '../../src/storage/sqlite-migrations.ts';
import { describeStore, sampleArticle } from './contract.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'article-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describeStore('sqlite in memory', async () => ({ store: openSqliteStore(':memory:') }));
describeStore('sqlite file', async () => ({ store: openSqliteStore(join(tmp(), 'bot.sqlite')) }));

const G: `guild:${string}` = 'guild:300000000000000001';

describe('SQLite file', () => {
  it('creates the file and its folders on first start, in WAL mode, at the latest schema version', async () => {
    const path = join(tmp(), 'var', 'deeper', 'bot.sqlite');
    const store = openSqliteStore(path);
    expect(store.schemaVersion()).toBe(0);
    await store.migrate();
    expect(existsSync(path)).toBe(true);
    expect(store.schemaVersion()).toBe(SQLITE_MIGRATIONS.at(-1)!.version);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toHaveLength(
      SQLITE_MIGRATIONS.length,
    );
    db.close();
  });

  it('applies only the migrations it has not applied yet', async () => {
    const path = join(tmp(), 'bot.sqlite');
    const v1 = openSqliteStore(path, { migrations: SQLITE_MIGRATIONS.slice(0, 1) });
    await v1.migrate();
    await v1.addArticle(sampleArticle(G, 1));
    await v1.close();
    const next = [
      ...SQLITE_MIGRATIONS,
      { version: 99, name: 'test: a column', sql: 'ALTER TABLE articles ADD COLUMN extra TEXT' },
    ];
    const v2 = openSqliteStore(path, { migrations: next });
    await v2.migrate();
    await v2.migrate();
    expect(v2.schemaVersion()).toBe(99);
    expect(await v2.countArticles(G)).toBe(1);
    await v2.close();
  });

  it('a failing migration leaves the database at the previous version', async () => {
    const path = join(tmp(), 'bot.sqlite');
    const bad = [
      ...SQLITE_MIGRATIONS,
      {
        version: 50,
        name: 'test: half then fail',
        sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table',
      },
    ];
    const store = openSqliteStore(path, { migrations: bad });
    await expect(store.migrate()).rejects.toThrow(/no_such_table/);
    expect(store.schemaVersion()).toBe(SQLITE_MIGRATIONS.at(-1)!.version);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('keeps articles, their index and the current choice across a reopen (a restart does not re-index)', async () => {
    const path = join(tmp(), 'bot.sqlite');
    const first = openSqliteStore(path);
    await first.migrate();
    const input = sampleArticle(G, 4);
    const { article } = await first.addArticle(input);
    await first.close();
    const again = openSqliteStore(path);
    await again.migrate();
    expect((await again.currentArticle(G, null))?.id).toBe(article.id);
    expect((await again.getArticle(article.id))?.index).toEqual(input.index);
    expect(await again.ping()).toBe(true);
    await again.close();
    expect(await again.ping()).toBe(false);
  });

  it('kill -9 in the middle of a load: what was committed is there, the half-written article is not', async () => {
    const path = join(tmp(), 'bot.sqlite');
    const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('test/storage/crash-writer.ts'), path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => r(sig)));
    await expect.poll(() => out, { timeout: 20_000, interval: 50 }).toContain('inside-second-load');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(out).toContain('first-committed');

    const store = openSqliteStore(path);
    await store.migrate();
    const list = await store.listArticles(G);
    expect(list.map((a) => a.title)).toEqual(['Budget 1']);
    expect((await store.currentArticle(G, null))?.title).toBe('Budget 1');
    expect((await store.getArticle(list[0]!.id))?.index.statements.length).toBeGreaterThan(0);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 40_000);
});
