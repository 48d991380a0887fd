// Timing and formatting helpers shared by the benchmarks.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Nearest-rank percentile of an unsorted sample, in the sample's unit. */
export function summarize(samples: number[]): Summary {
  const s = Float64Array.from(samples).sort();
  const at = (q: number) =>
    s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]! : NaN;
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN;
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s.length ? s[s.length - 1]! : NaN, mean };
}

/** Run `fn` on every input `rounds` times, one timing per call. */
export function timeEach<T>(inputs: readonly T[], rounds: number, fn: (input: T) => unknown): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = process.hrtime.bigint();
      const v = fn(input);
      out.push(msSince(t));
      if (v) sink++;
    }
  }
  if (sink < 0) console.log(sink);
  return out;
}

/** global.gc when node runs with --expose-gc; otherwise the flag is set at run time and gc taken from a new context. */
const collect: (() => void) | null = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

export function gcAvailable(): boolean {
  return collect !== null;
}

export function gc(): void {
  const g = collect;
  if (g) {
    g();
    g();
  }
}

export function memory(): { heapMB: number; rssMB: number } {
  gc();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 1048576, rssMB: m.rss / 1048576 };
}

export function fmt(ms: number, digits = 3): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(digits);
}

/** A fixed-width text table (first column left-aligned, the others right-aligned). */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table as GitHub markdown. */
export function markdownTable(head: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** Deterministic PRNG (mulberry32), so every run builds the same corpora. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
