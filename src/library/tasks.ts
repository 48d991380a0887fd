// The CPU-heavy steps of a load, run by the worker threads (or inline): reading a page's bytes into an article
// (HTML parsing, Readability) and building its index. Both pure; the worker and the inline mode share this.
import { buildIndex } from '../article/indexer.ts';
import type { ArticleIndex, ArticleMeta } from '../article/types.ts';
import { importFromBytes, type BytesSource } from '../import/index.ts';
import type { ImportedArticle } from '../import/types.ts';
import { readAliasGroups } from '../load.ts';

export { toFailure } from './task-failure.ts';

export type Task =
  | { task: 'index'; text: string; meta: ArticleMeta; headings: string[] }
  | { task: 'read'; bytes: Uint8Array; source: BytesSource };

export type TaskValue<T extends Task> = T extends { task: 'index' } ? ArticleIndex : ImportedArticle;

let aliases: string[][] | null = null;

export function perform(t: Task): ArticleIndex | ImportedArticle {
  if (t.task === 'read') return importFromBytes(t.bytes, t.source);
  aliases ??= readAliasGroups();
  return buildIndex(t.text, t.meta, aliases, { headings: t.headings });
}
