// Pure matching rules of ../shared/real-press/README.md: gold statements against an index, gold questions
// against an answer. No engine import, so the rules can be unit-tested with hand-built data.
import type { ArticleIndex, Statement } from '../../src/article/types.ts';
import type { Answer } from '../../src/search/types.ts';
import { normalize, tokens } from '../eval/check.ts';

export interface GoldStatement {
  article: string;
  speaker: string;
  accept: string[];
  cue: string;
  text: string;
  kind: string;
  audience: string | null;
  time: string | null;
}

export interface GoldQuestion {
  id: string;
  article: string;
  q: string;
  expect: {
    speaker?: string[];
    when?: string[];
    sentence?: string;
    contains?: string[];
    found?: boolean;
  };
}

/** Share of the gold's words (with repeats) that the candidate holds: the README's "overlap". */
export function overlap(gold: string, candidate: string): number {
  const g = tokens(gold);
  if (g.length === 0) return 0;
  const have = new Map<string, number>();
  for (const t of tokens(candidate)) have.set(t, (have.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of g) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit / g.length;
}

export const MIN_OVERLAP = 0.5;

/** The labels an index statement's speaker goes by: the entity's name and aliases, else the mention. */
export function speakerLabels(index: ArticleIndex, s: Statement): string[] {
  const e = s.speakerId ? index.entities.find((x) => x.id === s.speakerId) : undefined;
  if (e) return [e.name, ...e.aliases];
  return s.speakerMention ? [s.speakerMention] : [];
}

/** Does one of the labels contain one of the accepted substrings (case and accents folded)? */
export function acceptsLabel(
  accept: readonly string[],
  labels: readonly (string | null | undefined)[],
): boolean {
  const folded = labels.filter((l): l is string => !!l).map(normalize);
  return accept.some((a) => folded.some((l) => l.includes(normalize(a))));
}

export interface StatementMatch {
  gold: GoldStatement;
  /** The index statement that overlaps the gold most, when it reaches MIN_OVERLAP. */
  found: Statement | null;
  overlap: number;
  speakerOk: boolean;
  /** Labels of the matched statement's speaker (for the report). */
  labels: string[];
}

function statementText(s: Statement): string {
  return s.quote && !s.content.includes(s.quote) ? `${s.content} ${s.quote}` : s.content;
}

/**
 * Pairs each gold statement of one article with the index statement overlapping it most. Where several index
 * statements reach the bar, one whose speaker is right is preferred, so a duplicate with a wrong speaker does
 * not hide a right one; precision still counts that duplicate if it matches no gold.
 */
export function matchStatements(
  index: ArticleIndex,
  gold: readonly GoldStatement[],
): { matches: StatementMatch[]; unmatched: Statement[] } {
  const used = new Set<string>();
  const matches = gold.map((g): StatementMatch => {
    let best: { s: Statement; o: number; ok: boolean; labels: string[] } | null = null;
    for (const s of index.statements) {
      const o = overlap(g.text, statementText(s));
      if (o < MIN_OVERLAP) continue;
      const labels = speakerLabels(index, s);
      const ok = acceptsLabel(g.accept, labels);
      if (!best || Number(ok) > Number(best.ok) || (ok === best.ok && o > best.o))
        best = { s, o, ok, labels };
    }
    if (best) used.add(best.s.id);
    return {
      gold: g,
      found: best?.s ?? null,
      overlap: best?.o ?? 0,
      speakerOk: best?.ok ?? false,
      labels: best?.labels ?? [],
    };
  });
  // Precision: an index statement is right when it holds half of some gold statement's words.
  const unmatched = index.statements.filter(
    (s) => !used.has(s.id) && !gold.some((g) => overlap(g.text, statementText(s)) >= MIN_OVERLAP),
  );
  return { matches, unmatched };
}

export interface QuestionCheck {
  pass: boolean;
  reasons: string[];
}

/** The README's question rules: speaker and when on the first result, sentence on its source, contains anywhere. */
export function checkPressAnswer(answer: Answer, expect: GoldQuestion['expect']): QuestionCheck {
  const reasons: string[] = [];
  const results = answer.results ?? [];
  if (expect.found === false) {
    if (answer.found) reasons.push(`expected found: false, got ${results.length} result(s)`);
    return { pass: reasons.length === 0, reasons };
  }
  if (!answer.found || results.length === 0)
    return { pass: false, reasons: ['expected an answer, got none'] };
  const first = results[0]!;
  if (expect.speaker && !acceptsLabel(expect.speaker, [first.speaker]))
    reasons.push(
      `first speaker ${JSON.stringify(first.speaker)}, expected one of ${expect.speaker.join(' | ')}`,
    );
  if (expect.when && !acceptsLabel(expect.when, [first.when]))
    reasons.push(`first when ${JSON.stringify(first.when)}, expected one of ${expect.when.join(' | ')}`);
  if (expect.sentence && !normalize(first.sentence).includes(normalize(expect.sentence)))
    reasons.push(`first sentence lacks "${expect.sentence}"`);
  if (expect.contains) {
    const all = normalize(results.map((r) => [r.statement, r.quote ?? '', r.sentence].join(' ')).join(' '));
    const missing = expect.contains.filter((w) => !all.includes(normalize(w)));
    if (missing.length) reasons.push(`results lack ${missing.map((w) => `"${w}"`).join(', ')}`);
  }
  return { pass: reasons.length === 0, reasons };
}

/** The category written into a question id: `<article>-<category>-<n>`. */
export function questionCategory(id: string): string {
  return id.split('-').at(-2) ?? '?';
}
