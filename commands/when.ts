// /when (/quand): when something was said or happened.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import type { Reply } from '../src/discord/render/reply.ts';
import { replyFor } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('when')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('quand'))
  .setDescription('When was something said, or when did it happen?')
  .setDescriptionLocalizations(fr('Quand une chose a-t-elle été dite, ou s’est-elle passée ?'))
  .addStringOption((o) =>
    o
      .setName('query')
      .setNameLocalizations(fr('recherche'))
      .setDescription('What to date, e.g. Blinken talibans')
      .setDescriptionLocalizations(fr('Ce qu’il faut dater, ex. Blinken talibans'))
      .setRequired(true)
      .setMaxLength(300),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return replyFor(ctx.engine.when(interaction.options.getString('query', true)), ctx);
}
