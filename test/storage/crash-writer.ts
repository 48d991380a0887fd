// Child process for the crash test: commits one article, then starts a second load and stops inside its transaction
// (after the insert, before the commit) until the test kills it with SIGKILL.
import { openSqliteStore } from '../../src/storage/sqlite.ts';
import { sampleArticle } from './contract.ts';

const path = process.argv[2]!;
let armed = false;
const store = openSqliteStore(path, {
  beforeCommit: () => {
    if (!armed) return;
    process.stdout.write('inside-second-load\n');
    // Block synchronously, inside the open transaction, until killed.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
});
await store.migrate();
await store.addArticle(sampleArticle('guild:300000000000000001', 1));
process.stdout.write('first-committed\n');
armed = true;
await store.addArticle(sampleArticle('guild:300000000000000001', 2));
