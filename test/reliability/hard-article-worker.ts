// Child process for hard-articles.test.ts: indexes each named hard article, prints one JSON line per case as it
// starts and as it ends, so the parent can bound the time and name a case that hangs. Only ArticleError is caught:
// any other error crashes this process, which the parent reports as a failure.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/article/indexer.ts';
import { ArticleError, DEFAULT_ARTICLE, loadEngine, readArticle, ROOT } from '../../src/load.ts';

const META = { title: 'hard', language: 'fr', source: null, published: null };
const dir = mkdtempSync(join(tmpdir(), 'hard-article-'));
const original = readFileSync(DEFAULT_ARTICLE, 'utf8');
const all = [
  original,
  ...['budget-bercy', 'crue-vienne', 'greve-hopital', 'usine-batteries'].map((n) =>
    readFileSync(join(ROOT, 'test', 'fixtures', `${n}.txt`), 'utf8'),
  ),
].join('\n');

/** Latin-1 bytes of the article (characters outside Latin-1 replaced by their nearest ASCII). */
function latin1(text: string): Buffer {
  const ascii = text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[—–]/g, '-').replace(/…/g, '...');
  return Buffer.from(Array.from(ascii, (c) => (c.codePointAt(0)! > 0xff ? '?' : c)).join(''), 'latin1');
}

type Case = { text: string } | { file: Buffer | string };
const CASES: Record<string, () => Case> = {
  empty: () => ({ text: '' }),
  'empty file': () => ({ file: '' }),
  whitespace: () => ({ text: ' \n\t\r\n  \u00A0\u2003\u200B \n' }),
  'whitespace file': () => ({ file: '   \n\n\t\r\n   ' }),
  'punctuation and emoji only': () => ({ text: '!!! ... « » — 😀 🇫🇷 ??? \n ;;; ' }),
  'one huge sentence': () => ({
    text: 'le ministre a déclaré que la situation reste tendue et que les négociations continuent, selon Anthony Blinken '.repeat(
      3000,
    ),
  }),
  'one huge word': () => ({ text: 'a'.repeat(1_000_000) }),
  'one line of 20 000 quotes': () => ({ text: '« » “ ” " '.repeat(2000) + 'Le ministre a dit « oui ».' }),
  '5 MB': () => ({ file: all.repeat(Math.ceil(5_000_000 / all.length)) }),
  'CRLF and BOM': () => ({ file: '\uFEFF' + original.replace(/\n/g, '\r\n') }),
  'no punctuation': () => ({ text: all.replace(/[.,;:!?«»"“”()’'—-]/g, ' ') }),
  'Latin-1 bytes': () => ({ file: latin1(original) }),
  'unbalanced quotation marks': () => ({
    text:
      original.replace(/»/g, '').replace(/“/g, '«') + '\n« Une citation jamais fermée, dit M. Blinken.\n»»» ',
  }),
  'binary (NUL bytes)': () => ({
    file: Buffer.concat([Buffer.from(original), Buffer.from([0, 0, 1, 2, 255])]),
  }),
};
export const CASE_NAMES = Object.keys(CASES);

const QUESTIONS = [
  'Qui a dit que les talibans doivent respecter leurs engagements ?',
  'Quand ?',
  'timeline',
  'Qui est cité ?',
  '« » !^$',
  'a'.repeat(600),
];

function run(name: string): Record<string, unknown> {
  const c = CASES[name]!();
  const started = performance.now();
  try {
    let sentences: number;
    let statements: number;
    let firstSentence: string;
    let asked = 0;
    if ('text' in c) {
      const index = buildIndex(c.text, META);
      ({ length: sentences } = index.sentences);
      ({ length: statements } = index.statements);
      firstSentence = index.sentences[0]?.text ?? '';
    } else {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
      writeFileSync(path, c.file);
      readArticle(path);
      const engine = loadEngine({ articlePath: path });
      ({ length: sentences } = engine.index.sentences);
      ({ length: statements } = engine.index.statements);
      firstSentence = engine.index.sentences[0]?.text ?? '';
      for (const q of QUESTIONS) if (typeof engine.ask(q).found === 'boolean') asked++;
    }
    return {
      name,
      outcome: 'indexed',
      ms: performance.now() - started,
      sentences,
      statements,
      firstSentence: firstSentence.slice(0, 200),
      asked,
    };
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    return { name, outcome: 'refused', ms: performance.now() - started, message: err.message };
  }
}

if (process.argv[1]?.endsWith('hard-article-worker.ts')) {
  for (const name of process.argv.slice(2)) {
    process.stdout.write(JSON.stringify({ name, start: true }) + '\n');
    process.stdout.write(JSON.stringify(run(name)) + '\n');
  }
}
