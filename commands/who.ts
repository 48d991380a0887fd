// /who (/qui): who said this. Suggests statements as you type; typed text works too.
import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from '#discord.js';
import { EVERYWHERE, fr, type Choice, type CommandContext } from '../src/discord/command.ts';
import type { Reply } from '../src/discord/render/reply.ts';
import { answerFromRef, replyFor, statementChoices } from '../src/discord/respond.ts';
import { echo } from '../src/discord/render/answer.ts';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('qui'))
  .setDescription('Who said this? Type a few words of the quote')
  .setDescriptionLocalizations(fr('Qui a dit ceci ? Tapez quelques mots de la citation'))
  .addStringOption((o) =>
    o
      .setName('quote')
      .setNameLocalizations(fr('citation'))
      .setDescription('Words of the quote or statement')
      .setDescriptionLocalizations(fr('Des mots de la citation ou de la déclaration'))
      .setRequired(true)
      .setMaxLength(300)
      .setAutocomplete(true),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  const quote = interaction.options.getString('quote', true);
  const picked = answerFromRef(ctx, quote, 'who');
  return picked ? replyFor(picked, ctx, 'a', echo(picked.question)) : replyFor(ctx.engine.who(quote), ctx);
}

export function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Choice[] {
  return statementChoices(ctx, interaction.options.getFocused());
}
