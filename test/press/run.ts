// npm run eval:press [-- --part dev|heldout|all] [-- --statements | --questions] [-- --article SLUG] [-- --json]
//                    [-- --dir FOLDER]
// Measures the engine on the real French press of ../shared/real-press (set PRESS_DIR to read it elsewhere), or
// on another folder in the same format (--dir test/fresh: all its articles are one part, named after it):
// statements (recall, speaker accuracy, precision; issue 8) and questions (by category and article; issue 9),
// printing every miss. Without --part it runs both parts and enforces test/press/thresholds.json; with --part it
// only measures. When the folder is absent it says so in one line and exits 0.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/article/indexer.ts';
import type { ArticleIndex, ArticleMeta } from '../../src/article/types.ts';
import { engineOptions, readAliasGroups } from '../../src/load.ts';
import { createEngine } from '../../src/search/engine.ts';
import type { Answer } from '../../src/search/types.ts';
import {
  checkPressAnswer,
  matchStatements,
  questionCategory,
  speakerLabels,
  type GoldQuestion,
  type GoldStatement,
  type QuestionCheck,
  type StatementMatch,
} from './match.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_PRESS_DIR = resolve(process.env.PRESS_DIR ?? join(ROOT, '..', 'shared', 'real-press'));
let PRESS_DIR = DEFAULT_PRESS_DIR;
const HERE = join(ROOT, 'test', 'press');

/** dev and heldout split the real-press set; any other folder is one part, named after it. */
type Part = string;

interface Args {
  part: Part | null;
  dir: string | null;
  statements: boolean;
  questions: boolean;
  article: string | null;
  json: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `eval:press: ${message}\nusage: npm run eval:press -- [--part dev|heldout|all] [--statements|--questions] [--article SLUG] [--json]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { part: null, dir: null, statements: true, questions: true, article: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--part') {
      const v = argv[++i];
      if (v !== 'dev' && v !== 'heldout' && v !== 'all') usage('--part is dev, heldout or all');
      args.part = v;
    } else if (a === '--dir') args.dir = argv[++i] ?? usage('--dir needs a folder');
    else if (a === '--statements') args.questions = false;
    else if (a === '--questions') args.statements = false;
    else if (a === '--article')
      args.article = (argv[++i] ?? usage('--article needs a slug')).replace(/\.txt$/, '');
    else if (a === '--json') args.json = true;
    else usage(a === '--help' || a === '-h' ? 'help' : `unknown argument ${a}`);
  }
  return args;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function readMeta(slug: string): ArticleMeta {
  const raw = JSON.parse(readFileSync(join(PRESS_DIR, `${slug}.json`), 'utf8')) as Partial<ArticleMeta>;
  return {
    title: raw.title ?? slug,
    language: raw.language ?? 'fr',
    source: raw.source ?? null,
    published: raw.published ?? null,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);
const slugOf = (article: string) => article.replace(/\.txt$/, '');
const oneLine = (t: string | null | undefined, max = 110) => {
  const s = (t ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

interface StatementFigures {
  gold: number;
  found: number;
  speakerOk: number;
  indexed: number;
  precise: number;
}

function statementFigures(matches: StatementMatch[], indexed: number, unmatched: number): StatementFigures {
  const found = matches.filter((m) => m.found).length;
  return {
    gold: matches.length,
    found,
    speakerOk: matches.filter((m) => m.found && m.speakerOk).length,
    indexed,
    precise: indexed - unmatched,
  };
}

function add(a: StatementFigures, b: StatementFigures): StatementFigures {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    speakerOk: a.speakerOk + b.speakerOk,
    indexed: a.indexed + b.indexed,
    precise: a.precise + b.precise,
  };
}

const ZERO: StatementFigures = { gold: 0, found: 0, speakerOk: 0, indexed: 0, precise: 0 };

function ratios(f: StatementFigures) {
  return {
    recall: f.gold ? f.found / f.gold : null,
    speakerAccuracy: f.found ? f.speakerOk / f.found : null,
    precision: f.indexed ? f.precise / f.indexed : null,
  };
}

function main(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const args = parseArgs(process.argv.slice(2));
  if (args.dir) PRESS_DIR = resolve(args.dir);
  if (!existsSync(PRESS_DIR)) {
    process.stdout.write(`eval:press: skipped, no real-press folder at ${PRESS_DIR}\n`);
    return;
  }
  const heldout = new Set<string>(
    (JSON.parse(readFileSync(join(HERE, 'split.json'), 'utf8')) as { heldout: string[] }).heldout,
  );
  const own = PRESS_DIR === DEFAULT_PRESS_DIR;
  const folderPart = basename(PRESS_DIR);
  const partOf = (slug: string): Part => (!own ? folderPart : heldout.has(slug) ? 'heldout' : 'dev');
  const parts: Part[] = !own
    ? [folderPart]
    : args.part && args.part !== 'all'
      ? [args.part]
      : ['dev', 'heldout'];

  const files = readdirSync(PRESS_DIR);
  const gold = files
    .filter((f) => f.endsWith('-statements.jsonl'))
    .flatMap((f) => readJsonl<GoldStatement>(join(PRESS_DIR, f)));
  const questions = files
    .filter((f) => f.endsWith('-questions.jsonl'))
    .flatMap((f) => readJsonl<GoldQuestion>(join(PRESS_DIR, f)));
  const slugs = files
    .filter((f) => f.endsWith('.txt'))
    .map(slugOf)
    .filter((s) => parts.includes(partOf(s)) && (!args.article || s === args.article))
    .sort();
  if (slugs.length === 0) usage(`no article ${args.article ?? ''} in this part`);

  const aliasGroups = readAliasGroups();
  const options = engineOptions();
  const out: string[] = [];
  const summary: Record<string, unknown> = {};

  const stmtByPart = new Map<Part, StatementFigures>();
  const stmtLines: string[] = [];
  const qByPart = new Map<Part, { pass: number; total: number }>();
  const qByCat = new Map<string, { pass: number; total: number }>();
  const qByArticle = new Map<string, { pass: number; total: number }>();
  const qFailures: string[] = [];

  for (const slug of slugs) {
    const part = partOf(slug);
    const text = readFileSync(join(PRESS_DIR, `${slug}.txt`), 'utf8');
    const index: ArticleIndex = buildIndex(text, readMeta(slug), aliasGroups);
    if (args.statements) {
      const mine = gold.filter((g) => slugOf(g.article) === slug);
      const { matches, unmatched } = matchStatements(index, mine);
      const f = statementFigures(matches, index.statements.length, unmatched.length);
      stmtByPart.set(part, add(stmtByPart.get(part) ?? ZERO, f));
      const r = ratios(f);
      stmtLines.push(
        `${slug.padEnd(42)} ${part.padEnd(7)} recall ${pct(f.found, f.gold)}  speaker ${pct(f.speakerOk, f.found)}  precision ${pct(f.precise, f.indexed)}`,
      );
      for (const m of matches) {
        if (!m.found)
          stmtLines.push(`    MISS     [${m.gold.speaker}] ${m.gold.cue} · ${oneLine(m.gold.text)}`);
        else if (!m.speakerOk)
          stmtLines.push(
            `    SPEAKER  got ${JSON.stringify(m.labels[0] ?? null)} for [${m.gold.speaker}] · ${oneLine(m.gold.text, 80)}`,
          );
      }
      for (const s of unmatched)
        stmtLines.push(
          `    EXTRA    ${JSON.stringify(speakerLabels(index, s)[0] ?? null)} ${s.verb} · ${oneLine(s.content, 90)}`,
        );
      summary[slug] = { part, ...f, ...r };
    }
    if (args.questions) {
      const engine = createEngine(index, options);
      for (const q of questions.filter((x) => slugOf(x.article) === slug)) {
        let answer: Answer | null = null;
        let check: QuestionCheck;
        try {
          answer = engine.ask(q.q);
          check = checkPressAnswer(answer, q.expect);
        } catch (err) {
          check = { pass: false, reasons: [`ask threw: ${(err as Error).message}`] };
        }
        const cat = questionCategory(q.id);
        for (const [map, key] of [
          [qByPart, part],
          [qByCat, cat],
          [qByArticle, slug],
        ] as const) {
          const t = (map as Map<string, { pass: number; total: number }>).get(key) ?? { pass: 0, total: 0 };
          t.total++;
          if (check.pass) t.pass++;
          (map as Map<string, { pass: number; total: number }>).set(key, t);
        }
        if (!check.pass) {
          const top = answer?.results[0];
          qFailures.push(
            `- [${q.id}] ${part} · ${oneLine(q.q, 100)}`,
            `    expect: ${JSON.stringify(q.expect)}`,
            ...check.reasons.map((r) => `    ✗ ${oneLine(r, 150)}`),
            `    got: ${answer?.intent ?? '-'} found=${answer?.found ?? '-'}${top ? ` · ${top.speaker ?? '(nobody)'} | ${top.when ?? '-'} | ${oneLine(top.statement || top.sentence, 80)}` : ''}`,
          );
        }
      }
    }
  }

  const thresholds = JSON.parse(readFileSync(join(HERE, 'thresholds.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const below: string[] = [];
  const gate = (name: string, value: number | null) => {
    const min = thresholds[name];
    if (typeof min === 'number' && value !== null && value < min)
      below.push(`${name} ${(100 * value).toFixed(1)} % < ${(100 * min).toFixed(1)} %`);
  };

  if (args.statements) {
    out.push('Statements (gold from ../shared/real-press/*-statements.jsonl)', ...stmtLines, '');
    for (const p of parts) {
      const f = stmtByPart.get(p) ?? ZERO;
      const r = ratios(f);
      out.push(
        `statements ${p.padEnd(7)}: recall ${pct(f.found, f.gold)} (${f.found}/${f.gold})  speaker accuracy ${pct(f.speakerOk, f.found)} (${f.speakerOk}/${f.found})  precision ${pct(f.precise, f.indexed)} (${f.precise}/${f.indexed})`,
      );
      summary[`statements:${p}`] = { ...f, ...r };
      if (!args.part && !args.article && own) {
        gate(`statements:${p}:recall`, r.recall);
        gate(`statements:${p}:speakerAccuracy`, r.speakerAccuracy);
        gate(`statements:${p}:precision`, r.precision);
      }
    }
    out.push('');
  }
  if (args.questions) {
    const row = (k: string, t: { pass: number; total: number }) =>
      `  ${k.padEnd(42)} ${String(t.pass).padStart(4)} / ${String(t.total).padEnd(4)} ${pct(t.pass, t.total)}`;
    out.push(`Questions: failures (${qFailures.length})`, ...qFailures, '', 'by article');
    for (const [k, t] of [...qByArticle].sort()) out.push(row(k, t));
    out.push('by category');
    const order = ['who', 'what', 'when', 'role', 'para', 'en', 'typo', 'neg'];
    for (const k of [...qByCat.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
      out.push(row(k, qByCat.get(k)!));
    for (const p of parts) {
      const t = qByPart.get(p) ?? { pass: 0, total: 0 };
      out.push(`questions ${p.padEnd(7)}: ${t.pass}/${t.total} ${pct(t.pass, t.total).trim()}`);
      summary[`questions:${p}`] = t;
      if (!args.part && !args.article && own) gate(`questions:${p}`, t.total ? t.pass / t.total : null);
    }
    summary.byCategory = Object.fromEntries(qByCat);
    out.push('');
  }
  const gated = !args.part && !args.article && own;
  if (gated)
    out.push(
      below.length
        ? `eval:press: FAILED, below threshold: ${below.join('; ')}`
        : 'eval:press: all thresholds met',
    );
  else out.push('eval:press: measured only (thresholds apply to the full run)');
  process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${out.join('\n')}\n`);
  process.exitCode = gated && below.length ? 1 : 0;
}

main();
