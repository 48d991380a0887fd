// `npm run ask`: the engine in a terminal. One question, an interactive prompt, or a batch on stdin.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ArticleError, loadEngine } from './load.ts';
import { QuestionError, validateQuestion } from './question.ts';
import { answerJson, renderAnswer } from './render-text.ts';
import type { Engine } from './search/types.ts';

const USAGE = `usage: npm run ask -- [--article FILE] [--json] [--batch] ["question"]`;

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

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        article: { type: 'string' },
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
  let engine: Engine;
  try {
    engine = loadEngine({ articlePath: values.article });
  } catch (err) {
    if (err instanceof ArticleError) fail(err.message);
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
