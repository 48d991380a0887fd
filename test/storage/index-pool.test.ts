// Index building in worker threads: the same index as on the main thread, the event loop free meanwhile, and a job
// past its time bound fails without taking the pool down.
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { IndexPool, IndexTimeoutError } from '../../src/library/index-pool.ts';
import { readAliasGroups } from '../../src/load.ts';
import { PORT_TEXT } from '../discord/helpers/pages.ts';

const meta = { title: 'Le port', language: 'fr', source: null, published: '2026-03-12' };
const pools: IndexPool[] = [];
afterAll(async () => {
  for (const p of pools) await p.close();
});

describe('IndexPool', () => {
  it('builds in a worker the same index as the main thread, and the event loop keeps turning', async () => {
    const pool = new IndexPool({ size: 1 });
    pools.push(pool);
    const big = Array.from({ length: 30 }, () => PORT_TEXT).join('\n\n');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = Date.now();
    const index = await pool.build(big, meta, []);
    const ms = Date.now() - started;
    clearInterval(timer);
    expect(index).toEqual(buildIndex(big, meta, readAliasGroups()));
    // Ticks kept coming while the worker indexed (a blocked loop would give ~0).
    expect(ticks).toBeGreaterThan(Math.min(5, ms / 20));
    expect(index.statements.length).toBeGreaterThan(0);
  }, 30_000);

  it('jobs queue on a pool of one and all complete', async () => {
    const pool = new IndexPool({ size: 1 });
    pools.push(pool);
    const indexes = await Promise.all(
      [1, 2, 3].map((n) => pool.build(`${PORT_TEXT}\n\nParagraphe ${n}.`, meta, [])),
    );
    expect(indexes.map((i) => i.paragraphs.at(-1)?.text)).toEqual([
      'Paragraphe 1.',
      'Paragraphe 2.',
      'Paragraphe 3.',
    ]);
  }, 30_000);

  it('a job over its time bound fails with IndexTimeoutError; the next job gets a fresh worker', async () => {
    const pool = new IndexPool({ size: 1 });
    pools.push(pool);
    await expect(
      pool.build(Array(200).fill(PORT_TEXT).join('\n\n'), meta, [], { timeoutMs: 1 }),
    ).rejects.toBeInstanceOf(IndexTimeoutError);
    expect((await pool.build(PORT_TEXT, meta, [])).paragraphs.length).toBeGreaterThan(0);
  }, 30_000);

  it('an idle worker is stopped, and a later job starts another', async () => {
    const pool = new IndexPool({ size: 1, idleMs: 50 });
    pools.push(pool);
    await pool.build(PORT_TEXT, meta, []);
    await new Promise((r) => setTimeout(r, 200));
    expect((await pool.build(PORT_TEXT, meta, [])).paragraphs.length).toBeGreaterThan(0);
  }, 30_000);

  it('inline mode builds on the calling thread', async () => {
    const pool = new IndexPool({ inline: true });
    expect(await pool.build(PORT_TEXT, meta, [])).toEqual(buildIndex(PORT_TEXT, meta, readAliasGroups()));
  });
});
