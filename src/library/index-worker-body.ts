// Inside the worker thread: build one index per message. The alias file is read once per worker.
import { parentPort } from 'node:worker_threads';
import { buildIndex } from '../article/indexer.ts';
import { readAliasGroups } from '../load.ts';
import type { IndexJob, IndexJobResult } from './index-pool.ts';

const aliases = readAliasGroups();

parentPort?.on('message', (job: IndexJob) => {
  let reply: IndexJobResult;
  try {
    reply = { id: job.id, index: buildIndex(job.text, job.meta, aliases, { headings: job.headings }) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
