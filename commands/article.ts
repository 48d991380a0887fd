// /article: title, source, date, size, and how to ask.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { fr, type CommandContext } from '../src/discord/command.ts';
import { renderArticle } from '../src/discord/render/info.ts';
import type { Reply } from '../src/discord/render/reply.ts';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setNameLocalizations(fr('article'))
  .setDescription('About the article: title, source, date, size, and how to ask')
  .setDescriptionLocalizations(fr('L’article : titre, source, date, taille, et comment poser une question'));

export function execute(_interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  return renderArticle(ctx.engine.index, ctx.lang);
}
