// The default article's index prebuilt by `npm run build` (src/default-engine.ts): what the compiled bot starts from
// must be what the indexer builds, and any change to the files it came from must turn it down.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PREBUILT_INDEX, readPrebuilt, writePrebuilt } from '../../src/default-engine.ts';
import { DEFAULT_ARTICLE, indexArticle } from '../../src/load.ts';
import { ensureBuilt } from './helpers/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'prebuilt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the build writes the default article’s index, equal to what the indexer builds now', () => {
  ensureBuilt();
  const prebuilt = readPrebuilt(DEFAULT_ARTICLE, PREBUILT_INDEX);
  expect(prebuilt).not.toBeNull();
  expect(prebuilt).toEqual(JSON.parse(JSON.stringify(indexArticle())));
});

it('is refused for another article, and once the article or its metadata changes', () => {
  const article = join(dir, 'article.txt');
  const file = join(dir, 'prebuilt.json');
  copyFileSync(DEFAULT_ARTICLE, article);
  copyFileSync(DEFAULT_ARTICLE.replace(/\.txt$/, '.json'), join(dir, 'article.json'));
  writePrebuilt(indexArticle(article), article, file);
  expect(readPrebuilt(article, file)).toEqual(JSON.parse(JSON.stringify(indexArticle(article))));
  expect(readPrebuilt(DEFAULT_ARTICLE.replace(/article\.txt$/, 'index.json'), file)).toBeNull();

  writeFileSync(article, readFileSync(article, 'utf8') + '\nUn paragraphe de plus.\n');
  expect(readPrebuilt(article, file)).toBeNull();
  copyFileSync(DEFAULT_ARTICLE, article);
  expect(readPrebuilt(article, file)).not.toBeNull();
  writeFileSync(join(dir, 'article.json'), '{"title":"Autre titre"}');
  expect(readPrebuilt(article, file)).toBeNull();
});

it('a damaged file is ignored, never thrown', () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"inputs":');
  expect(readPrebuilt(DEFAULT_ARTICLE, file)).toBeNull();
});
