// Answer (plain data from the engine) → one embed per page plus paging and context buttons.
import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponent,
  type APIEmbed,
  type APIActionRowComponent,
} from '#discord.js';
import type { Answer, AnswerResult } from '../../search/types.ts';
import { encodeContext, encodePage, fitRefs, refBudget, type RenderMode } from '../custom-id.ts';
import { formatDate, t, type Lang } from '../i18n.ts';
import { LIMITS } from '../limits.ts';
import { escape, fitFormatted, highlight, truncate } from '../text.ts';
import type { Reply } from './reply.ts';

export const COLOR = 0x2f6fdf;

export interface RenderOptions {
  lang: Lang;
  /** Already-safe heading (escaped user text), shown as the embed title. */
  heading: string;
  articleTitle: string;
  mode?: RenderMode;
  /** The stored article the results come from (its id rides in the buttons); null/absent: the default article. */
  articleId?: string | null;
}

/** Escape and cut what the user typed, for echoing it back as a heading or in a sentence. */
export function echo(text: string, max = 200): string {
  return fitFormatted(text.replace(/\s+/g, ' ').trim(), max);
}

export function renderAnswer(answer: Answer, opts: RenderOptions): Reply {
  if (!answer.found || answer.results.length === 0)
    return renderNoMatch(answer.question, answer.suggestions, opts.lang, answer.note);
  const reply = renderPage(answer.results, 0, opts);
  // "Qu'a dit le ministre ?" with two ministers: say so above the first of them.
  if (answer.ambiguous?.length && !reply.content)
    reply.content = truncate(
      t(opts.lang).ambiguous(answer.ambiguous.map((n) => escape(n)).join(', ')),
      LIMITS.content,
    );
  return reply;
}

/** Page `page` of `results`; the refs of all pages travel in the buttons' custom ids. */
export function renderPage(results: readonly AnswerResult[], page: number, opts: RenderOptions): Reply {
  const refs = fitRefs(
    results.map((r) => r.ref),
    refBudget(opts.articleId),
  );
  const shown = results.filter((r) => refs.includes(r.ref));
  const count = Math.max(shown.length, 1);
  const current = Math.min(Math.max(page, 0), count - 1);
  const result = shown[current] ?? results[0];
  if (!result) return { content: opts.heading };
  const embed = renderResult(result, opts, current + 1, count);
  return { embeds: [embed], components: [buttons(refs, current, result.ref, opts)] };
}

function renderResult(r: AnswerResult, opts: RenderOptions, index: number, total: number): APIEmbed {
  const L = t(opts.lang);
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (r.when || r.date) {
    const when = [r.when ? escape(r.when) : null, r.date ? `(${formatDate(r.date, opts.lang)})` : null]
      .filter(Boolean)
      .join(' ');
    fields.push({ name: L.when, value: truncate(when, LIMITS.embedFieldValue), inline: true });
  }
  if (r.audience)
    fields.push({ name: L.audience, value: echo(r.audience, LIMITS.embedFieldValue), inline: true });
  const sentence =
    opts.mode === 's'
      ? fitFormatted(r.sentence, LIMITS.embedFieldValue, (s) => highlight(s, r.matched))
      : fitFormatted(r.sentence, LIMITS.embedFieldValue);
  if (r.reason) fields.push({ name: L.reason, value: fitFormatted(r.reason, LIMITS.embedFieldValue) });
  fields.push({ name: L.source(r.paragraph), value: sentence });

  const embed: APIEmbed = {
    color: COLOR,
    title: opts.heading ? truncate(opts.heading, LIMITS.embedTitle) : undefined,
    description: describe(r, opts.lang),
    fields,
    footer: {
      text: truncate(`${L.article(opts.articleTitle)} · ${L.result(index, total)}`, LIMITS.embedFooter),
    },
  };
  const author = r.speaker ? (r.role ? `${r.speaker} — ${r.role}` : r.speaker) : null;
  embed.author = { name: truncate(author ?? L.unnamed, LIMITS.embedAuthorName) };
  return embed;
}

/**
 * What was said: the quoted words as a block quote; otherwise the reported statement. The full sentence is in the
 * source field, so the statement is not repeated next to a quote.
 */
function describe(r: AnswerResult, lang: Lang): string {
  const budget = LIMITS.embedDescription - 200;
  const parts: string[] = [];
  // One line: a line break inside the quote would end the block quote.
  if (r.quote) parts.push(`> « ${fitFormatted(r.quote.replace(/\s+/g, ' '), budget)} »`);
  else if (r.statement.trim()) parts.push(fitFormatted(r.statement.trim(), budget));
  if (r.hedged) parts.push(t(lang).hedged);
  return truncate(parts.join('\n\n') || fitFormatted(r.sentence, budget), LIMITS.embedDescription);
}

function buttons(
  refs: readonly string[],
  page: number,
  currentRef: string,
  opts: RenderOptions,
): APIActionRowComponent<APIButtonComponent> {
  const L = t(opts.lang);
  const mode = opts.mode ?? 'a';
  const row: APIButtonComponent[] = [];
  if (refs.length > 1) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: encodePage('p', mode, Math.max(page - 1, 0), refs, opts.articleId),
      label: `◀ ${L.previous}`,
      disabled: page === 0,
    });
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: encodePage('n', mode, Math.min(page + 1, refs.length - 1), refs, opts.articleId),
      label: `${L.next} ▶`,
      disabled: page >= refs.length - 1,
    });
  }
  row.push({
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: encodeContext(currentRef, opts.articleId),
    label: L.context,
  });
  return { type: ComponentType.ActionRow, components: row };
}

export function renderNoMatch(
  question: string,
  suggestions: readonly string[],
  lang: Lang,
  /** The engine's reason for the miss ("L'article ne dit pas quand X l'a dit."). */
  note?: string,
): Reply {
  const L = t(lang);
  const lines = [note ? fitFormatted(note, 300) : L.noMatch(echo(question, 150))];
  const tips = suggestions.slice(0, 3);
  if (tips.length) {
    lines.push(L.tryInstead);
    for (const s of tips) lines.push(`• ${fitFormatted(s, 300)}`);
  }
  return { content: truncate(lines.join('\n'), LIMITS.content), ephemeral: true };
}

/** The whole paragraph a result comes from, its sentence in bold. Sent ephemerally so the channel stays quiet. */
export function renderContext(r: AnswerResult, paragraph: string, opts: RenderOptions): Reply {
  const L = t(opts.lang);
  const at = paragraph.indexOf(r.sentence);
  const body =
    at >= 0 && r.sentence.length > 0
      ? fitFormatted(paragraph, LIMITS.embedDescription, (p) => boldSentence(p, r.sentence))
      : fitFormatted(paragraph, LIMITS.embedDescription);
  return {
    embeds: [
      {
        color: COLOR,
        title: L.paragraph(r.paragraph),
        description: body,
        footer: { text: truncate(L.article(opts.articleTitle), LIMITS.embedFooter) },
      },
    ],
    ephemeral: true,
  };
}

function boldSentence(paragraph: string, sentence: string): string {
  const at = paragraph.indexOf(sentence);
  if (at < 0) {
    // The paragraph was cut before the sentence ends: bold what is left of it.
    const head = sentence.slice(0, 40);
    const start = paragraph.indexOf(head);
    if (start < 0) return escape(paragraph);
    return `${escape(paragraph.slice(0, start))}**${escape(paragraph.slice(start).replace(/…$/, ''))}**${paragraph.endsWith('…') ? '…' : ''}`;
  }
  return `${escape(paragraph.slice(0, at))}**${escape(sentence)}**${escape(paragraph.slice(at + sentence.length))}`;
}
