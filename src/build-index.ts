// `npm run index`: writes data/index.json for the default article (a test fails when it is stale).
// `npm run -s index -- --article FILE` prints that article's index as JSON on stdout instead, so anyone can check
// what the indexer reads in an article from outside. `--prebuilt` (run by `npm run build`, compiled) writes the default
// article's index to dist/default-index.json for the bot's start-up (src/default-engine.ts).

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writePrebuilt } from './default-engine.ts';
import { ArticleError, indexArticle, ROOT } from './load.ts';

const INDEX_FILE = join(ROOT, 'data', 'index.json');

function main(): void {
  let article: string | undefined;
  let prebuilt: boolean | undefined;
  try {
    ({
      values: { article, prebuilt },
    } = parseArgs({
      options: { article: { type: 'string' }, prebuilt: { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`${(err as Error).message}\nusage: npm run -s index -- [--article FILE]`);
  }
  if (prebuilt) {
    writePrebuilt(indexArticle());
    return;
  }
  if (article !== undefined) {
    process.stdout.write(JSON.stringify(indexArticle(resolve(article)), null, 2) + '\n');
    return;
  }
  const index = indexArticle();
  writeFileSync(INDEX_FILE, JSON.stringify(index, null, 2) + '\n');
  process.stdout.write(
    `wrote ${INDEX_FILE}: ${index.paragraphs.length} paragraphs, ${index.sentences.length} sentences, ` +
      `${index.entities.length} entities, ${index.statements.length} statements, ${index.events.length} events\n`,
  );
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

try {
  main();
} catch (err) {
  if (err instanceof ArticleError) fail(err.message);
  throw err;
}
