// /ask (/question): any question, routed by the engine.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from '#discord.js';
import { EVERYWHERE, fr, type CommandContext } from '../src/discord/command.ts';
import type { Reply } from '../src/discord/render/reply.ts';
import { replyFor } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('question'))
  .setDescription('Ask anything about the article: who said what, to whom, when')
  .setDescriptionLocalizations(fr('Posez une question sur l’article : qui a dit quoi, à qui, quand'))
  .addStringOption((o) =>
    o
      .setName('question')
      .setNameLocalizations(fr('question'))
      .setDescription('e.g. “Qui a dit que les talibans doivent respecter leurs engagements ?”')
      .setDescriptionLocalizations(
        fr('ex. « Qui a dit que les talibans doivent respecter leurs engagements ? »'),
      )
      .setRequired(true)
      .setMaxLength(300),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  const question = interaction.options.getString('question', true);
  return replyFor(ctx.engine.ask(question), ctx);
}
