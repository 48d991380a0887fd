// The CPU-heavy steps of a load, run by the worker threads (or inline): reading a page's bytes into an article
// (HTML parsing, Readability) and building its index. Both pure; the worker and the inline mode share this.
import { buildIndex } from '../article/indexer.ts';
import type { ArticleIndex, ArticleMeta } from '../article/types.ts';
import { importFromBytes, type BytesSource } from '../import/index.ts';
import { ImportError, type ImportedArticle, type ImportErrorCode } from '../import/types.ts';
import { readAliasGroups } from '../load.ts';

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

/** What crosses the thread boundary for a failure: the message, and an ImportError's code so it can be rebuilt. */
export interface TaskFailure {
  error: string;
  code?: ImportErrorCode;
}

export function toFailure(err: unknown): TaskFailure {
  if (err instanceof ImportError) return { error: err.message, code: err.code };
  return { error: err instanceof Error ? err.message : String(err) };
}

export function fromFailure(f: TaskFailure): Error {
  return f.code ? new ImportError(f.code, f.error) : new Error(f.error);
}
