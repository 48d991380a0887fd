// Make embeds respect every Discord limit, cutting long text with '…' rather than letting the API reject the reply.
import type { APIEmbed } from 'discord.js';
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

/** Apply per-field limits, then the 6000-character total across the message by shortening descriptions. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitOne);
  let total = fitted.reduce((n, e) => n + embedLength(e), 0);
  for (let i = fitted.length - 1; i >= 0 && total > LIMITS.embedTotal; i--) {
    const e = fitted[i] as APIEmbed;
    const over = total - LIMITS.embedTotal;
    if (e.description && e.description.length > over) {
      const cut = truncate(e.description, Math.max(1, e.description.length - over));
      total -= e.description.length - cut.length;
      e.description = cut;
    }
    while (total > LIMITS.embedTotal && e.fields && e.fields.length > 0) {
      const f = e.fields.pop()!;
      total -= f.name.length + f.value.length;
    }
  }
  return fitted;
}
