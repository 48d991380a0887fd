// Text helpers that keep every string Discord-safe: cut cleanly, markdown escaped, matched words in bold.
import { escapeMarkdown } from '#discord.js';

const ELLIPSIS = '…';

/**
 * Cut `text` to at most `max` characters, ending in '…'. Prefers a word boundary when one is close, so answers
 * never end in half a word, and never splits a surrogate pair (emoji) or leaves a dangling escape backslash.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > 0 && (lastSpace >= cut.length * 0.5 || cut.length - lastSpace <= 40))
    cut = cut.slice(0, lastSpace);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/[\s\\]+$/u, '');
  return cut + ELLIPSIS;
}

/**
 * Escape markdown (and neutralise mention-looking text) in user or article text echoed back. Beyond discord.js's
 * defaults: masked links (a user could otherwise make the bot post a disguised link), headings, lists and block
 * quotes, which render at the start of a line in content and embed descriptions.
 */
export function escape(text: string): string {
  // Most article sentences carry none of the characters markdown reacts to: skip discord.js's escapeMarkdown, whose
  // dozen look-behind regexes were the costliest step of rendering an answer (npm run bench, load profile).
  if (!MARKDOWN_SIGNIFICANT.test(text)) return defuseMentions(text);
  return defuseMentions(
    escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true }).replace(
      /^(\s*)>/gm,
      '$1\\>',
    ),
  );
}

/**
 * A character escapeMarkdown (with the options above) or the block-quote rule could change: code, bold, italic,
 * underline, strikethrough, spoiler, backslash, masked-link brackets, headings and quotes, or a list marker at the
 * start of a line. Text without any of them comes out of escape() unchanged but for mentions (tested against the full
 * path in test/discord/escape-fast-path.test.ts).
 */
const MARKDOWN_SIGNIFICANT = /[*_~`|\\[\]#>]|^\s*(?:[-+]|\d+\.)/m;

/** `@everyone`/`@here` broken by a zero-width space; idempotent, for text that is already markdown-escaped. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1');
}

/**
 * Format `raw` and keep the result within `max`: cuts the raw text first (so escapes and bold markers are never cut
 * in half), shrinking until the formatted result fits.
 */
export function fitFormatted(raw: string, max: number, format: (s: string) => string = escape): string {
  let budget = Math.min(raw.length, max);
  for (let i = 0; i < 20; i++) {
    const out = format(truncate(raw, budget));
    if (out.length <= max) return out;
    budget = Math.floor(budget * 0.85);
  }
  return truncate(escape(raw), max).replace(/\\+…$/, '…');
}

/** Lowercase without accents: how words are compared for highlighting. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Escape `text` and wrap the words found in `matched` in bold. */
export function highlight(text: string, matched: readonly string[]): string {
  const wanted = new Set(matched.map(fold).filter((w) => w.length > 1));
  if (wanted.size === 0) return escape(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    if (!isWanted(fold(word), wanted)) continue;
    out += escape(text.slice(last, start)) + `**${escape(word)}**`;
    last = start + word.length;
  }
  return out + escape(text.slice(last));
}

function isWanted(word: string, wanted: Set<string>): boolean {
  if (wanted.has(word)) return true;
  // The engine may report stems ("respect" for "respecter"); accept a long enough prefix.
  for (const w of wanted) if (w.length >= 4 && word.startsWith(w)) return true;
  return false;
}

/** Words that are bold in already-rendered text: lets a button re-highlight a page without server-side state. */
export function boldWords(markdown: string): string[] {
  const words: string[] = [];
  for (const m of markdown.matchAll(/\*\*([^*]+)\*\*/g)) {
    for (const w of (m[1] ?? '').replace(/\\/g, '').match(WORD) ?? []) words.push(w);
  }
  return [...new Set(words)];
}
