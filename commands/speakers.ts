// /speakers (/intervenants): everyone quoted, with role and number of statements.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import { renderSpeakers } from '../src/discord/render/lists.ts';
import type { Reply } from '../src/discord/render/reply.ts';

export const data = new SlashCommandBuilder()
  .setName('speakers')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('intervenants'))
  .setDescription('Everyone quoted in the article, with their role and number of statements')
  .setDescriptionLocalizations(
    fr('Toutes les personnes citées, avec leur rôle et leur nombre de déclarations'),
  );

export function execute(_interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return renderSpeakers(ctx.engine.speakers(), ctx.lang, ctx.articleTitle);
}
