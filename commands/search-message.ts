// Message context menu "Search the article" / "Chercher dans l'article": searches for the text of a message.
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
} from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import { t } from '../src/discord/i18n.ts';
import { notice, type Reply } from '../src/discord/render/reply.ts';
import { replyFor } from '../src/discord/respond.ts';

/** Long messages are cut: the first few hundred characters say what they are about. */
const MAX_QUERY = 300;

export const data = new ContextMenuCommandBuilder()
  .setName('Search the article')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr("Chercher dans l'article"))
  .setType(ApplicationCommandType.Message);

export function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Reply {
  const text = interaction.targetMessage.content.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  if (!text) return notice(t(ctx.lang).emptyMessage);
  return replyFor(ctx.engine.search(text), ctx, 's');
}
