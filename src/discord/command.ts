// The shape of a command module (commands/*.ts) and what it is given to run.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type AutocompleteInteraction,
  type CommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from '#discord.js';
import type { ArticleLibrary } from '../library/library.ts';
import type { Engine } from '../search/types.ts';
import type { Scope } from '../storage/types.ts';
import type { Lang } from './i18n.ts';
import type { Logger } from './logger.ts';
import type { Reply } from './render/reply.ts';

export interface CommandContext {
  /** The engine of the article answering here (this channel's, this server's or this user's; else the default). */
  engine: Engine;
  lang: Lang;
  articleTitle: string;
  /** That article's id; null for the default article. */
  articleId?: string | null;
  /** `guild:<id>` in a server, `user:<id>` in DMs and user installs. */
  scope?: Scope;
  channelId?: string | null;
  /** Stored articles (absent when the bot runs without a database). */
  library?: ArticleLibrary;
  log?: Logger;
  /**
   * Acknowledge now and send the Reply later as an edit (for work that takes seconds, such as loading a page). The
   * router defers by itself after 1.5 s otherwise; `ephemeral` is fixed here, at the defer.
   */
  defer?: (ephemeral: boolean) => Promise<void>;
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

/**
 * Where every command works: servers, the bot's DMs and group DMs, whether the app is installed on the server or by
 * the user. In DMs (no server) each user has their own articles.
 */
export const EVERYWHERE = {
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
} as const;
