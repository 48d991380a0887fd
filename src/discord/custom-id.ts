// Button state lives in the custom id (never in memory), so buttons keep working after a restart or on another shard.
// Format: "ans:<p|n>:<page>:<ref,ref,…>" for paging, "ctx:<ref>" for the context button. ≤ 100 characters.
import { LIMITS } from './limits.ts';

export type ButtonAction =
  { kind: 'page'; page: number; refs: string[]; mode: RenderMode } | { kind: 'context'; ref: string };

/** How results are drawn: 's' bolds matched words in the sentence (search), 'a' plain answer. */
export type RenderMode = 'a' | 's';

const REF = /^[a-z]{1,4}\d{1,6}$/;

/** Refs that fit in a custom id, best first; the rest are dropped (a page count of 10+ is plenty). */
export function fitRefs(refs: readonly string[], maxLen: number = LIMITS.customId): string[] {
  const header = 'ans:p:s:99:'.length;
  const kept: string[] = [];
  let len = header;
  for (const ref of refs) {
    if (!REF.test(ref) || kept.includes(ref)) continue;
    const add = ref.length + (kept.length ? 1 : 0);
    if (len + add > maxLen) break;
    kept.push(ref);
    len += add;
  }
  return kept;
}

/** `dir` only keeps the previous and next buttons' ids distinct when they point at the same page. */
export function encodePage(dir: 'p' | 'n', mode: RenderMode, page: number, refs: readonly string[]): string {
  return `ans:${dir}:${mode}:${page}:${fitRefs(refs).join(',')}`;
}

export function encodeContext(ref: string): string {
  return `ctx:${ref}`;
}

export function decodeCustomId(id: string): ButtonAction | null {
  const page = /^ans:[pn]:([as]):(\d{1,2}):([a-z0-9,]+)$/.exec(id);
  if (page) {
    const refs = (page[3] ?? '').split(',').filter((r) => REF.test(r));
    const n = Number(page[2]);
    if (refs.length === 0 || n >= refs.length) return null;
    return { kind: 'page', page: n, refs, mode: page[1] as RenderMode };
  }
  const ctx = /^ctx:([a-z0-9]+)$/.exec(id);
  if (ctx && REF.test(ctx[1] ?? '')) return { kind: 'context', ref: ctx[1] as string };
  return null;
}
