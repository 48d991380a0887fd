// Answers as terminal text: pure, so the CLI stays a thin shell around it.

import type { Answer, AnswerResult } from './search/types.ts';

function resultLines(r: AnswerResult, n: number): string[] {
  const who = r.speaker ? `${r.speaker}${r.role ? ` (${r.role})` : ''}` : '—';
  const lines = [
    `${n}. ${who}${r.verb ? ` · ${r.verb}` : ''}${r.hedged ? ' (selon des informations non confirmées)' : ''}`,
  ];
  lines.push(`   ${r.statement}`);
  if (r.reason) lines.push(`   Pourquoi : ${r.reason}`);
  if (r.when) lines.push(`   Quand : ${r.when}${r.date ? ` (${r.date})` : ''}`);
  if (r.audience) lines.push(`   À qui : ${r.audience}`);
  lines.push(`   Source (§${r.paragraph}) : ${r.sentence}`);
  return lines;
}

export function renderAnswer(answer: Answer): string {
  if (!answer.found) {
    const lines = [answer.note ?? `Je n'ai rien trouvé sur « ${answer.question} » dans l'article.`];
    if (answer.suggestions.length) lines.push(`Essayez : ${answer.suggestions.join(' · ')}`);
    return lines.join('\n');
  }
  const results = answer.results.map((r, i) => resultLines(r, i + 1).join('\n')).join('\n\n');
  return answer.ambiguous?.length
    ? `Plusieurs intervenants correspondent : ${answer.ambiguous.join(', ')}.\n\n${results}`
    : results;
}

/** The JSON contract of `npm run ask -- --json`: the documented fields, a few extra ones, best result first. */
export function answerJson(answer: Answer): object {
  return {
    question: answer.question,
    intent: answer.intent,
    found: answer.found,
    results: answer.results.map((r) => ({
      speaker: r.speaker,
      role: r.role,
      statement: r.statement,
      quote: r.quote,
      when: r.when,
      date: r.date,
      sentence: r.sentence,
      paragraph: r.paragraph,
      score: r.score,
      verb: r.verb,
      audience: r.audience,
      hedged: r.hedged,
    })),
    suggestions: answer.suggestions,
  };
}
