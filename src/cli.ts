// `npm run ask`: the engine in a terminal. One question, an interactive prompt, or a batch on stdin.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  ImportError,
  importFromFile,
  importFromUrl,
  indexImported,
  type ImportedArticle,
} from './import/index.ts';
import { ArticleError, engineOptions, loadEngine, readAliasGroups } from './load.ts';
import { createEngine } from './search/engine.ts';
import { QuestionError, validateQuestion } from './question.ts';
import { answerJson, renderAnswer } from './render-text.ts';
import type { Engine } from './search/types.ts';

const USAGE = `usage: npm run ask -- [--article FILE | --url URL] [--json] [--batch] ["question"]`;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function answerOne(engine: Engine, raw: string, json: boolean): string {
  const q = validateQuestion(raw);
  const answer = engine.ask(q);
  return json ? JSON.stringify(answerJson(answer)) : renderAnswer(answer);
}

async function batch(engine: Engine, json: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    try {
      process.stdout.write(answerOne(engine, line, json) + '\n');
    } catch (err) {
      if (!(err instanceof QuestionError)) throw err;
      // One line out per line in, so the caller can pair them up.
      process.stdout.write(
        (json
          ? JSON.stringify({ question: line.slice(0, 200), error: err.message })
          : `error: ${err.message}`) + '\n',
      );
    }
  }
}

async function interactive(engine: Engine, json: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'question> ' });
  process.stdout.write(`${engine.index.meta.title} — posez une question (Ctrl-D pour quitter).\n`);
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) {
      try {
        process.stdout.write(answerOne(engine, line, json) + '\n\n');
      } catch (err) {
        if (!(err instanceof QuestionError)) throw err;
        process.stdout.write(`error: ${err.message}\n`);
      }
    }
    rl.prompt();
  }
}

/** A link or a saved page goes through the importer; a text file keeps the plain loader and its .json. */
async function openEngine(article: string | undefined, url: string | undefined): Promise<Engine> {
  let imported: ImportedArticle | null = null;
  if (url !== undefined) imported = await importFromUrl(url);
  else if (article !== undefined && /\.x?html?$/i.test(article)) imported = importFromFile(article);
  if (!imported) return loadEngine({ articlePath: article });
  return createEngine(indexImported(imported, readAliasGroups()), engineOptions());
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        article: { type: 'string' },
        url: { type: 'string' },
        json: { type: 'boolean' },
        batch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.url !== undefined && values.article !== undefined)
    fail(`--url and --article: one article at a time; ${USAGE}`);
  let engine: Engine;
  try {
    engine = await openEngine(values.article, values.url);
  } catch (err) {
    if (err instanceof ArticleError || err instanceof ImportError) fail(err.message);
    throw err;
  }
  const json = !!values.json;
  if (values.batch) return batch(engine, json);
  if (positionals.length === 0) {
    if (!process.stdin.isTTY) return batch(engine, json);
    return interactive(engine, json);
  }
  try {
    process.stdout.write(answerOne(engine, positionals.join(' '), json) + '\n');
  } catch (err) {
    if (err instanceof QuestionError) fail(err.message);
    throw err;
  }
}

main().catch((err: unknown) => {
  fail(err instanceof Error ? err.message : String(err));
});
