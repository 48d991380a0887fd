// Inside a worker thread: one task per message (read a page, build an index), the answer or the failure posted back.
import { parentPort } from 'node:worker_threads';
import { perform, toFailure, type Task } from './tasks.ts';

parentPort?.on('message', (job: Task & { id: number }) => {
  try {
    parentPort?.postMessage({ id: job.id, value: perform(job) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, ...toFailure(err) });
  }
});
