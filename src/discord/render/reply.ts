// What a command hands back: plain data, turned into discord.js options at the edge. Every message goes out with
// allowedMentions { parse: [] } so nothing the article or a user wrote can ping anyone.
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from '#discord.js';
import { LIMITS } from '../limits.ts';
import { truncate } from '../text.ts';
import { fitEmbeds } from './fit.ts';

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  ephemeral?: boolean;
}

export const NO_MENTIONS = { parse: [] as never[] };

/** Options for interaction.reply/followUp; enforces the message limits once more as a last line of defence. */
export function toReplyOptions(reply: Reply) {
  return {
    content: reply.content === undefined ? undefined : truncate(reply.content, LIMITS.content),
    embeds: fitEmbeds(reply.embeds ?? []),
    components: (reply.components ?? []).slice(0, LIMITS.actionRows),
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** Options for editing a message already sent (a deferred reply's @original): its flags are fixed by then. */
export function toEditOptions(reply: Reply) {
  const { flags: _flags, ...rest } = toReplyOptions(reply) as ReturnType<typeof toReplyOptions> & {
    flags?: number;
  };
  return rest;
}

/** Options for interaction.update (a button editing its own message); an empty content clears the old one. */
export function toUpdateOptions(reply: Reply) {
  const rest = toEditOptions(reply);
  return { ...rest, content: rest.content ?? '' };
}

/** A short ephemeral notice (cooldown, error, expired button). */
export function notice(text: string): Reply {
  return { content: text, ephemeral: true };
}
