// /search (/chercher): the best passages, matched words in bold.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import type { Reply } from '../src/discord/render/reply.ts';
import { replyFor } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('chercher'))
  .setDescription('Find the passages of the article that best match some words')
  .setDescriptionLocalizations(fr('Trouver les passages de l’article qui correspondent le mieux à des mots'))
  .addStringOption((o) =>
    o
      .setName('query')
      .setNameLocalizations(fr('recherche'))
      .setDescription('Words to look for, e.g. ambassade Kaboul')
      .setDescriptionLocalizations(fr('Les mots à chercher, ex. ambassade Kaboul'))
      .setRequired(true)
      .setMaxLength(300),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return replyFor(ctx.engine.search(interaction.options.getString('query', true)), ctx, 's');
}
