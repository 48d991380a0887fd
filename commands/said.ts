// /said (/propos): what someone said, optionally on a topic. The speaker autocompletes; free text works too.
import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from '#discord.js';
import { EVERYWHERE, fr, type Choice, type CommandContext } from '../src/discord/command.ts';
import type { Reply } from '../src/discord/render/reply.ts';
import { replyFor, speakerChoices, speakerFromOption } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('said')
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .setNameLocalizations(fr('propos'))
  .setDescription('What did someone say (optionally about a topic)?')
  .setDescriptionLocalizations(fr('Qu’a dit une personne (éventuellement sur un sujet) ?'))
  .addStringOption((o) =>
    o
      .setName('speaker')
      .setNameLocalizations(fr('intervenant'))
      .setDescription('A name, surname or role, e.g. Kortunov')
      .setDescriptionLocalizations(fr('Un nom, un nom de famille ou un rôle, ex. Kortunov'))
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((o) =>
    o
      .setName('topic')
      .setNameLocalizations(fr('sujet'))
      .setDescription('Only what they said about this, e.g. talibans')
      .setDescriptionLocalizations(fr('Seulement ce qu’elle a dit à ce sujet, ex. talibans'))
      .setMaxLength(200),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Reply {
  const speaker = speakerFromOption(ctx, interaction.options.getString('speaker', true));
  const topic = interaction.options.getString('topic')?.trim() || undefined;
  return replyFor(ctx.engine.said(speaker, topic), ctx);
}

export function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Choice[] {
  const focused = interaction.options.getFocused(true);
  return focused.name === 'speaker' ? speakerChoices(ctx, focused.value) : [];
}
