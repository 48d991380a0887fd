// Glue between engine answers and the renderers, shared by the commands.
import type { Answer } from '../search/types.ts';
import type { Choice, CommandContext } from './command.ts';
import type { RenderMode } from './custom-id.ts';
import { t } from './i18n.ts';
import { LIMITS } from './limits.ts';
import { echo, renderAnswer } from './render/answer.ts';
import { renderSpeakers, renderTimeline } from './render/lists.ts';
import type { Reply } from './render/reply.ts';
import { truncate } from './text.ts';

/** Render whatever the engine answered, by intent (a free question may turn out to ask for the timeline). */
export function replyFor(
  answer: Answer,
  ctx: CommandContext,
  mode: RenderMode = 'a',
  heading?: string,
): Reply {
  if (answer.intent === 'speakers') return renderSpeakers(ctx.engine.speakers(), ctx.lang, ctx.articleTitle);
  if (answer.intent === 'timeline') return renderTimeline(answer, ctx.lang, ctx.articleTitle);
  return renderAnswer(answer, {
    lang: ctx.lang,
    heading: heading ?? echo(answer.question),
    articleTitle: ctx.articleTitle,
    articleId: ctx.articleId ?? null,
    mode,
  });
}

/** Speakers for autocomplete: "Name — role (3 statements)", value the short speaker id. */
export function speakerChoices(ctx: CommandContext, input: string): Choice[] {
  return ctx.engine.suggestSpeakers(input.trim(), LIMITS.choices).map((s) => ({
    name: truncate(
      `${s.name}${s.role ? ` — ${s.role}` : ''} (${t(ctx.lang).statements(s.statements)})`,
      LIMITS.choiceName,
    ),
    value: s.id,
  }));
}

/** Statements for autocomplete: the engine's label, value the statement's ref. */
export function statementChoices(ctx: CommandContext, input: string): Choice[] {
  return ctx.engine
    .suggestStatements(input.trim(), LIMITS.choices)
    .map((s) => ({ name: truncate(s.label, LIMITS.choiceName), value: s.ref }));
}

/** A picked suggestion arrives as its id; typed text arrives as itself. Map an id back to the speaker's name. */
export function speakerFromOption(ctx: CommandContext, value: string): string {
  const v = value.trim();
  const byId = ctx.engine.speakers().find((s) => s.id === v);
  return byId ? byId.name : v;
}

const REF = /^(st|ev|se)\d+$/;

/** A picked statement suggestion (a ref) as a one-result answer; null for free text. */
export function answerFromRef(ctx: CommandContext, value: string, intent: Answer['intent']): Answer | null {
  if (!REF.test(value.trim())) return null;
  const result = ctx.engine.byRef(value.trim());
  if (!result) return null;
  return {
    question: result.quote ?? result.statement,
    intent,
    found: true,
    results: [result],
    suggestions: [],
  };
}
