// The shape of a command module (commands/*.ts) and what it is given to run.
import type {
  AutocompleteInteraction,
  CommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../search/types.ts';
import type { Lang } from './i18n.ts';
import type { Reply } from './render/reply.ts';

export interface CommandContext {
  engine: Engine;
  lang: Lang;
  articleTitle: string;
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * A command parses its options, asks the engine, and returns a Reply; the router sends it. Commands never call
 * interaction.reply themselves, so errors, limits, cooldowns and allowed mentions are handled in one place.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: CommandInteraction, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Choice[] | Promise<Choice[]>;
}

/** The French text for a builder's set*Localizations(); the English text is the builder's default name/description. */
export function fr(text: string): { fr: string } {
  return { fr: text };
}
