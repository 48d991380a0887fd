// How a failed task crosses the thread boundary and comes back as the same kind of error. Kept apart from tasks.ts so
// the pool can read failures without loading what the tasks need (the HTML reader, the indexer).
import { ImportError, type ImportErrorCode } from '../import/types.ts';

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
