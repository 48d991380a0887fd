// `npm run index`: writes data/index.json for the default article (a test fails when it is stale).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexArticle, ROOT } from './load.ts';

const INDEX_FILE = join(ROOT, 'data', 'index.json');

const index = indexArticle();
writeFileSync(INDEX_FILE, JSON.stringify(index, null, 2) + '\n');
process.stdout.write(
  `wrote ${INDEX_FILE}: ${index.paragraphs.length} paragraphs, ${index.sentences.length} sentences, ` +
    `${index.entities.length} entities, ${index.statements.length} statements, ${index.events.length} events\n`,
);
