// /timeline (/chronologie): dated statements and events, in order.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import { renderTimeline } from '../src/discord/render/lists.ts';
import type { Reply } from '../src/discord/render/reply.ts';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('chronologie'))
  .setDescription('Dated statements and events of the article, in order')
  .setDescriptionLocalizations(fr('Les déclarations et événements datés de l’article, dans l’ordre'));

export function execute(_interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return renderTimeline(ctx.engine.timeline(), ctx.lang, ctx.articleTitle);
}
