// Button state lives in the custom id (never in memory), so buttons keep working after a restart or on another shard.
// Format: "ans:<p|n>:<page>:<ref,ref,…>" for paging, "ctx:<ref>" for the context button, each followed by
// "@<article id>" when the answer came from a stored article (none: the default article, as before articles could be
// loaded, so older buttons keep working). ≤ 100 characters.
import { LIMITS } from './limits.ts';

export type ButtonAction =
  | { kind: 'page'; page: number; refs: string[]; mode: RenderMode; article?: string }
  | { kind: 'context'; ref: string; article?: string };

/** How results are drawn: 's' bolds matched words in the sentence (search), 'a' plain answer. */
export type RenderMode = 'a' | 's';

const REF = /^[a-z]{1,4}\d{1,6}$/;
/** A stored article's id (src/storage/ids.ts): 'a' and 11 base-36 digits. */
const ARTICLE = /^a[0-9a-z]{11}$/;

function suffix(article: string | null | undefined): string {
  return article && ARTICLE.test(article) ? `@${article}` : '';
}

/** The room left for refs once the article id is in. */
export function refBudget(article?: string | null): number {
  return LIMITS.customId - suffix(article).length;
}

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
export function encodePage(
  dir: 'p' | 'n',
  mode: RenderMode,
  page: number,
  refs: readonly string[],
  article?: string | null,
): string {
  return `ans:${dir}:${mode}:${page}:${fitRefs(refs, refBudget(article)).join(',')}${suffix(article)}`;
}

export function encodeContext(ref: string, article?: string | null): string {
  return `ctx:${ref}${suffix(article)}`;
}

export function decodeCustomId(id: string): ButtonAction | null {
  const [body = '', article, extra] = id.split('@');
  if (extra !== undefined || (article !== undefined && !ARTICLE.test(article))) return null;
  const from = article ? { article } : {};
  const page = /^ans:[pn]:([as]):(\d{1,2}):([a-z0-9,]+)$/.exec(body);
  if (page) {
    const refs = (page[3] ?? '').split(',').filter((r) => REF.test(r));
    const n = Number(page[2]);
    if (refs.length === 0 || n >= refs.length) return null;
    return { kind: 'page', page: n, refs, mode: page[1] as RenderMode, ...from };
  }
  const ctx = /^ctx:([a-z0-9]+)$/.exec(body);
  if (ctx && REF.test(ctx[1] ?? '')) return { kind: 'context', ref: ctx[1] as string, ...from };
  return null;
}
