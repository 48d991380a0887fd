// Make embeds respect every Discord limit, cutting long text with '…' rather than letting the API reject the reply.
import type { APIEmbed } from '#discord.js';
import { LIMITS } from '../limits.ts';
import { truncate } from '../text.ts';

export function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  n += (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function fitOne(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  // Discord rejects empty strings where it accepts a missing value.
  if (!out.title) delete out.title;
  if (!out.description) delete out.description;
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.embedAuthorName) };
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.embedFooter) };
  if (out.fields)
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.embedFieldName) || '\u200b',
      value: truncate(f.value, LIMITS.embedFieldValue) || '\u200b',
    }));
  return out;
}

/** Apply per-field limits, then the 6000-character total across the message, shortening the least important parts. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitOne);
  const total = () => fitted.reduce((n, e) => n + embedLength(e), 0);
  // Later embeds go first, and within one: description, then fields from the end, then footer, author, title.
  for (let i = fitted.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
    const e = fitted[i] as APIEmbed;
    if (e.description) e.description = shorten(e.description, total() - LIMITS.embedTotal);
    while (total() > LIMITS.embedTotal && e.fields && e.fields.length > 0) e.fields.pop();
    if (e.footer && total() > LIMITS.embedTotal)
      e.footer = { ...e.footer, text: shorten(e.footer.text, total() - LIMITS.embedTotal) };
    if (e.author && total() > LIMITS.embedTotal)
      e.author = { ...e.author, name: shorten(e.author.name, total() - LIMITS.embedTotal) };
    if (e.title && total() > LIMITS.embedTotal) e.title = shorten(e.title, total() - LIMITS.embedTotal);
    if (total() > LIMITS.embedTotal && i > 0) fitted.splice(i, 1);
  }
  return fitted;
}

/** Remove `over` characters from `text` (cleanly, with '…'); at least one character stays. */
function shorten(text: string, over: number): string {
  if (over <= 0) return text;
  return truncate(text, Math.max(1, text.length - over));
}
