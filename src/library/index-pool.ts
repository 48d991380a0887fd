// Reading pages and building indexes off the event loop: a small pool of worker threads, so a load in one server
// never stalls the questions answered in the others (parsing a page and indexing it are pure CPU: tens of ms for a
// typical page, a few hundred near the size limit; npm run bench). A job that runs past its time bound has its
// worker terminated (and replaced), so a pathological page cannot pin a thread. `inline` runs on the calling thread
// (benchmarks, and where worker threads are unwanted).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleIndex, ArticleMeta } from '../article/types.ts';
import type { BytesSource } from '../import/index.ts';
import type { ImportedArticle } from '../import/types.ts';
import { fromFailure, type TaskFailure } from './task-failure.ts';
import type { Task } from './tasks.ts';

type Job = Task & { id: number };
type JobResult = ({ id: number; value: unknown } & Partial<TaskFailure>) | ({ id: number } & TaskFailure);

export interface IndexPoolOptions {
  /** Workers at most; default one per core beyond the first (the main thread answers questions), 1 to 2. */
  size?: number;
  timeoutMs?: number;
  /** An idle worker is stopped after this long, giving its memory back (it restarts on the next load). */
  idleMs?: number;
  inline?: boolean;
}

export class IndexTimeoutError extends Error {
  constructor(ms: number) {
    super(`reading or indexing took longer than ${ms} ms`);
    this.name = 'IndexTimeoutError';
  }
}

interface Pending {
  job: Job;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

// Compiled (dist/, npm start): the worker body is JavaScript already. From source (tsx, vitest): a small .mjs entry
// registers tsx in the worker first.
const WORKER_URL = import.meta.url.endsWith('.js')
  ? new URL('./index-worker-body.js', import.meta.url)
  : new URL('./index-worker.mjs', import.meta.url);

export class IndexPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly timeoutMs: number;

  constructor(private readonly opts: IndexPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? Math.min(2, availableParallelism() - 1));
    this.timeoutMs = opts.timeoutMs ?? 20_000;
  }

  /** The index of an article's text (what the indexer builds; headings as the page marked them). */
  build(
    text: string,
    meta: ArticleMeta,
    headings: readonly string[] = [],
    options: { timeoutMs?: number } = {},
  ): Promise<ArticleIndex> {
    return this.run(
      { task: 'index', text, meta, headings: [...headings] },
      options.timeoutMs,
    ) as Promise<ArticleIndex>;
  }

  /** A fetched page or an attachment's bytes read into an article (importFromBytes); ImportErrors come back as such. */
  read(bytes: Uint8Array, source: BytesSource): Promise<ImportedArticle> {
    return this.run({ task: 'read', bytes, source }) as Promise<ImportedArticle>;
  }

  private run(task: Task, timeoutMs = this.timeoutMs): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the index pool is closed'));
    // Imported only here: the HTML reader and the indexer are tens of MB and hundreds of ms at start-up, and a process
    // with workers never runs them on its own thread.
    if (this.opts.inline) return import('./tasks.ts').then(({ perform }) => perform(task));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...task, id: this.nextId++ }, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the index pool is closed'));
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, new Error('the index pool is closed'))));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.busy = next;
      clearTimeout(slot.idle);
      slot.timer = setTimeout(() => {
        void this.retire(slot, new IndexTimeoutError(next.timeoutMs));
        this.pump();
      }, next.timeoutMs);
      slot.worker.postMessage(next.job);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), busy: null };
    // An idle worker must not keep a finished process alive; a running job's timer does while it runs.
    slot.worker.unref();
    slot.worker.on('message', (msg: JobResult) => {
      const p = slot.busy;
      if (!p || p.job.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.busy = null;
      if (typeof msg.error === 'string') p.reject(fromFailure(msg as TaskFailure));
      else p.resolve((msg as { value: unknown }).value);
      slot.idle = setTimeout(() => void this.retire(slot, new Error('idle')), this.opts.idleMs ?? 60_000);
      slot.idle.unref();
      this.pump();
    });
    const fail = (err: Error) => {
      void this.retire(slot, err);
      this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`index worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Take a worker out of the pool (timeout, crash, close): its job fails, the next job gets a fresh worker. */
  private async retire(slot: Slot, err: Error): Promise<void> {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    slot.busy?.reject(err);
    slot.busy = null;
    await slot.worker.terminate().catch(() => undefined);
  }
}
