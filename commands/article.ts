// /article: the current article (info), and this server's articles: load (charger), use (utiliser), list (liste),
// remove (supprimer). In DMs and user installs the same subcommands work on the user's own articles.
//
// Permissions: Discord's setDefaultMemberPermissions applies to a whole command, never to one subcommand, and
// `info` and `list` are for everyone. So /article keeps the default permissions (anyone sees it) and `load`, `use`
// and `remove` check Manage Server when run, from interaction.memberPermissions — which is also what a server's own
// command-permission overrides cannot bypass. Splitting into two commands would cost the `/article load` users
// expect and still need the runtime check, since admins can override a command's default permissions.
import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from '#discord.js';
import { LibraryError } from '../src/library/errors.ts';
import type { LoadSource } from '../src/library/library.ts';
import { EVERYWHERE, fr, type Choice, type CommandContext } from '../src/discord/command.ts';
import { formatDate, t } from '../src/discord/i18n.ts';
import { LIMITS } from '../src/discord/limits.ts';
import {
  quotedNames,
  renderArticleInfo,
  renderArticleList,
  renderLoaded,
} from '../src/discord/render/articles.ts';
import { notice, type Reply } from '../src/discord/render/reply.ts';
import { truncate } from '../src/discord/text.ts';

/** A subcommand's or option's English name and description, with their French localisations. */
interface Words {
  name: string;
  fr: string;
  description: string;
  frDescription: string;
}

/** The four setters every subcommand and option of /article takes, in one place. */
function named<
  T extends {
    setName(n: string): T;
    setNameLocalizations(l: { fr: string }): T;
    setDescription(d: string): T;
    setDescriptionLocalizations(l: { fr: string }): T;
  },
>(b: T, w: Words): T {
  return b
    .setName(w.name)
    .setNameLocalizations(fr(w.fr))
    .setDescription(w.description)
    .setDescriptionLocalizations(fr(w.frDescription));
}

/** `use` and `remove` take the same option: an article's title, suggested as typed. */
const articleName = <T extends SlashCommandStringOption>(o: T): T =>
  named(o, {
    name: 'name',
    fr: 'nom',
    description: 'The article’s title',
    frDescription: 'Le titre de l’article',
  })
    .setRequired(true)
    .setMaxLength(200)
    .setAutocomplete(true);

export const data = named(new SlashCommandBuilder(), {
  name: 'article',
  fr: 'article',
  description: 'The article the bot answers about: see it, load one, choose one, list or remove them',
  frDescription: 'L’article dont parle le bot : le voir, en charger, en choisir, les lister, en supprimer',
})
  .setContexts(...EVERYWHERE.contexts)
  .setIntegrationTypes(...EVERYWHERE.integrationTypes)
  .addSubcommand((s) =>
    named(s, {
      name: 'info',
      fr: 'info',
      description: 'The current article: title, source, date, byline, speakers',
      frDescription: 'L’article courant : titre, source, date, auteur, intervenants',
    }),
  )
  .addSubcommand((s) =>
    named(s, {
      name: 'load',
      fr: 'charger',
      description: 'Load an article from a link or a file; it becomes the current one (Manage Server)',
      frDescription: 'Charger un article depuis un lien ou un fichier ; il devient l’article courant',
    })
      .addStringOption((o) =>
        named(o, {
          name: 'url',
          fr: 'lien',
          description: 'The article’s web address (https://…)',
          frDescription: 'L’adresse web de l’article (https://…)',
        }).setMaxLength(2000),
      )
      .addAttachmentOption((o) =>
        named(o, {
          name: 'file',
          fr: 'fichier',
          description: 'A saved page (.html) or a text file (.txt), UTF-8',
          frDescription: 'Une page enregistrée (.html) ou un fichier texte (.txt), en UTF-8',
        }),
      ),
  )
  .addSubcommand((s) =>
    named(s, {
      name: 'use',
      fr: 'utiliser',
      description: 'Answer from another loaded article, here or in the whole server (Manage Server)',
      frDescription: 'Répondre d’après un autre article chargé, ici ou dans tout le serveur',
    })
      .addStringOption(articleName)
      .addStringOption((o) =>
        named(o, {
          name: 'scope',
          fr: 'portée',
          description: 'This channel only, or the whole server (default)',
          frDescription: 'Ce salon seulement, ou tout le serveur (par défaut)',
        }).addChoices(
          { name: 'the whole server', name_localizations: fr('tout le serveur'), value: 'server' },
          { name: 'this channel', name_localizations: fr('ce salon'), value: 'channel' },
        ),
      ),
  )
  .addSubcommand((s) =>
    named(s, {
      name: 'list',
      fr: 'liste',
      description: 'The articles loaded here',
      frDescription: 'Les articles chargés ici',
    }),
  )
  .addSubcommand((s) =>
    named(s, {
      name: 'remove',
      fr: 'supprimer',
      description: 'Remove a loaded article (Manage Server)',
      frDescription: 'Supprimer un article chargé (Gérer le serveur)',
    }).addStringOption(articleName),
  );

export async function execute(i: ChatInputCommandInteraction, ctx: CommandContext): Promise<Reply> {
  const sub = i.options.getSubcommand(false) ?? 'info';
  const L = t(ctx.lang);
  const { library, scope } = ctx;
  if (sub === 'info') {
    const stored = library && scope ? await library.currentSummary(scope, ctx.channelId ?? null) : null;
    // The summary is only this article's when it is the one answering (a removed article falls back to the default).
    const own = stored && stored.id === ctx.articleId ? stored : null;
    return renderArticleInfo(ctx.engine.index, quotedNames(ctx.engine.index), own, ctx.lang);
  }
  if (!library || !scope) return notice(L.error);
  if (sub === 'list') {
    const current = await library.currentSummary(scope, ctx.channelId ?? null);
    return renderArticleList(await library.list(scope), current?.id ?? null, ctx.lang);
  }
  // Everything below changes what a whole server reads: Manage Server, checked now whatever Discord let through.
  if (scope.startsWith('guild:') && !i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    ctx.log?.warn({ event: 'article-refused', subcommand: sub, code: 'no-permission' });
    return notice(L.needManageGuild);
  }
  try {
    if (sub === 'load') return await load(i, ctx);
    const name = i.options.getString('name', true);
    if (sub === 'use') {
      const channel = i.options.getString('scope') === 'channel' && scope.startsWith('guild:');
      const article = await library.use(scope, channel ? (ctx.channelId ?? null) : null, name);
      const title = article.title;
      return notice(
        scope.startsWith('user:')
          ? L.articleUsedUser(title)
          : channel
            ? L.articleUsedChannel(title)
            : L.articleUsedServer(title),
      );
    }
    if (sub === 'remove') return notice(L.articleRemoved((await library.remove(scope, name)).title));
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    ctx.log?.warn({ event: 'article-refused', subcommand: sub, code: err.code, detail: err.message });
    return notice(L.refused(err.code, limitFor(err, ctx)));
  }
  return notice(L.error);
}

async function load(i: ChatInputCommandInteraction, ctx: CommandContext): Promise<Reply> {
  const L = t(ctx.lang);
  const url = i.options.getString('url')?.trim() || null;
  const file = i.options.getAttachment('file');
  if (Boolean(url) === Boolean(file)) return notice(L.loadOneOf);
  const source: LoadSource = url
    ? { kind: 'url', url }
    : {
        kind: 'file',
        url: file!.url,
        fileName: file!.name,
        contentType: file!.contentType ?? null,
        size: file!.size,
      };
  // Fetching and indexing take a moment: acknowledge now, privately (errors are private too).
  await ctx.defer?.(true);
  const { article, created, index, ms } = await ctx.library!.load(ctx.scope!, i.user.id, source);
  ctx.log?.info({ event: 'article-loaded', article: article.id, created, ms, chars: article.chars });
  return renderLoaded(article, quotedNames(index), created, ms, ctx.lang);
}

function limitFor(err: LibraryError, ctx: CommandContext): number {
  const limits = ctx.library!.limits;
  if (err.code === 'too-many-articles') return limits.articlesPerScope;
  if (err.code === 'too-long') return limits.charsPerArticle;
  if (err.code === 'rate-limited') return Math.ceil((err.retryAfterMs ?? 60_000) / 1000);
  return 0;
}

/** `name` for use and remove: this scope's titles, newest first; the value is the article id. */
export async function autocomplete(i: AutocompleteInteraction, ctx: CommandContext): Promise<Choice[]> {
  const focused = i.options.getFocused(true);
  if (focused.name !== 'name' || !ctx.library || !ctx.scope) return [];
  const articles = await ctx.library.suggest(ctx.scope, String(focused.value), LIMITS.choices);
  return articles.map((a) => ({
    name: truncate(
      `${a.title}${a.published ? ` · ${formatDate(a.published, ctx.lang)}` : ''}`,
      LIMITS.choiceName,
    ),
    value: a.id,
  }));
}
