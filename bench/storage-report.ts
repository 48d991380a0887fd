// The loaded-articles rows of npm run bench, from bench/storage.ts's JSON.
import type { StorageBench } from './storage.ts';
import { fmt } from './stats.ts';

export type { StorageBench };

export function storageRows(s: StorageBench): string[][] {
  const ms = (x: { p50: number; p99: number }) => `${fmt(x.p50)} / ${fmt(x.p99)} ms (p50 / p99)`;
  return [
    [`load a typical page (${s.typicalChars} chars), worker`, ms(s.load)],
    ['same, read and indexed inline', ms(s.loadInline)],
    ['first load in a process (worker start)', `${fmt(s.workerStartMs)} ms`],
    ['engine from the stored index', ms(s.fromIndex)],
    ['engine from the text (index + engine)', ms(s.fromText)],
    [
      'heap per cached engine',
      `${s.perEngineKB.toFixed(0)} KB (${s.bytesPerChar.toFixed(0)} bytes per character; cache estimate ${s.estimatePerEngineKB.toFixed(0)} KB)`,
    ],
    ['question, engine cached (warm)', ms(s.warm)],
    ['question, cold cache (read + build + answer)', ms(s.cold)],
    [
      `${s.lru.servers} servers, skewed traffic, LRU of ${s.lru.maxEntries}`,
      `hit rate ${(s.lru.hitRate * 100).toFixed(0)} %, ${s.lru.entries} engines, heap ${s.lru.heapMB.toFixed(1)} MB (all ${s.lru.servers} held: ≈ ${s.lru.unboundedEstimateMB.toFixed(0)} MB); answers ${ms(s.lru.answer)}`,
    ],
    [
      `longest event-loop stall, ${s.loopDelay.loads} loads of ${s.loopDelay.articleChars} chars at once`,
      `${fmt(s.loopDelay.workerMaxMs)} ms with the worker, ${fmt(s.loopDelay.inlineMaxMs)} ms inline`,
    ],
  ];
}
