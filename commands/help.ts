// /help (/aide): the commands, with examples.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import { renderHelp } from '../src/discord/render/info.ts';
import type { Reply } from '../src/discord/render/reply.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('aide'))
  .setDescription('What this bot can answer, with examples')
  .setDescriptionLocalizations(fr('Ce que ce bot sait répondre, avec des exemples'));

export function execute(_interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return renderHelp(ctx.lang, ctx.articleTitle);
}
