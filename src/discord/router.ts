// One entry point for every interaction: cooldown, dispatch to the command, reply, errors — all in one place.
import type {
  AutocompleteInteraction,
  BaseInteraction,
  ButtonInteraction,
  CommandInteraction,
  Interaction,
  RepliableInteraction,
} from '#discord.js';
import { MessageFlags } from '#discord.js';
import type { ArticleLibrary, ResolvedArticle } from '../library/library.ts';
import type { Engine } from '../search/types.ts';
import type { Choice, Command, CommandContext } from './command.ts';
import { Cooldown, type CooldownOptions } from './cooldown.ts';
import { decodeCustomId } from './custom-id.ts';
import { isStaleInteraction } from './errors.ts';
import { langOf, t } from './i18n.ts';
import { LIMITS } from './limits.ts';
import type { Logger } from './logger.ts';
import { renderContext, renderPage } from './render/answer.ts';
import { notice, toEditOptions, toReplyOptions, toUpdateOptions, type Reply } from './render/reply.ts';
import { scopeOfInteraction } from './scope.ts';
import { scrubData } from './secrets.ts';
import { boldWords, defuseMentions, truncate } from './text.ts';

export interface RouterDeps {
  /** The default article's engine: what answers wherever no article was loaded (and everywhere without `library`). */
  engine: Engine;
  /** Per-server and per-user articles; without it every interaction gets the default article. */
  library?: ArticleLibrary;
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
  cooldown: CooldownOptions;
  /** Strings no reply may carry (the bot token), even when a user types them into a question that gets echoed. */
  secrets?: readonly string[];
  now?: () => number;
  /** Called once per handled interaction (metrics); must not throw. */
  observe?: (outcome: InteractionOutcome) => void;
}

/** What happened to one interaction, for metrics: `expired` is Discord's 10062 (answered too late or twice). */
export interface InteractionOutcome {
  kind: 'command' | 'autocomplete' | 'button' | 'other';
  command: string;
  outcome: 'ok' | 'expired' | 'error';
  ms: number;
}

/** Leave time for the network: defer a slow command well before Discord's 3-second deadline. */
const DEFER_AFTER_MS = LIMITS.interactionDeadlineMs - 1500;
const SLOW = Symbol('slow');

export class Router {
  private readonly cooldown: Cooldown;
  private readonly inFlight = new Set<Promise<void>>();
  private accepting = true;

  constructor(private readonly deps: RouterDeps) {
    this.cooldown = new Cooldown(deps.cooldown);
  }

  /** Called for every interactionCreate; never throws. */
  handle(interaction: Interaction): Promise<void> {
    const job = this.dispatch(interaction).finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    return job;
  }

  /** Stop taking new work (they get a short "restarting" notice) and wait for the work already started. */
  async drain(timeoutMs = 5000): Promise<void> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((r) => (timer = setTimeout(r, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  get pending(): number {
    return this.inFlight.size;
  }

  /** The article answering here, read from the store on every interaction (another process may have changed it). */
  private async context(i: BaseInteraction, log?: Logger): Promise<CommandContext> {
    const scope = scopeOfInteraction(i);
    const channelId = i.channelId ?? null;
    const article: ResolvedArticle = this.deps.library
      ? await this.deps.library.current(scope, channelId)
      : { id: null, engine: this.deps.engine, title: this.deps.engine.index.meta.title };
    return {
      engine: article.engine,
      lang: langOf(i.locale),
      articleTitle: article.title,
      articleId: article.id,
      scope,
      channelId,
      ...(this.deps.library ? { library: this.deps.library } : {}),
      log: log ?? this.deps.logger,
    };
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    const started = Date.now();
    const log = this.deps.logger.child({
      interaction: interaction.id,
      kind: interaction.type,
      guild: interaction.guildId,
      user: interaction.user.id,
      locale: interaction.locale,
    });
    try {
      if (interaction.isAutocomplete()) await this.autocomplete(interaction);
      else if (!this.accepting && interaction.isRepliable())
        await interaction.reply(toReplyOptions(notice(t(langOf(interaction.locale)).restarting)));
      else if (interaction.isCommand()) await this.command(interaction, log);
      else if (interaction.isButton()) await this.button(interaction);
      else return;
      log.info({ event: 'interaction', command: commandName(interaction), ms: Date.now() - started });
      this.observe(interaction, 'ok', started);
    } catch (err) {
      if (isStaleInteraction(err)) {
        log.warn({ event: 'interaction-expired', command: commandName(interaction), err: errInfo(err) });
        this.observe(interaction, 'expired', started);
        return;
      }
      log.error({ event: 'interaction-failed', command: commandName(interaction), err });
      this.observe(interaction, 'error', started);
      if (interaction.isRepliable()) await this.apologise(interaction, log);
    }
  }

  private async command(i: CommandInteraction, log: Logger): Promise<void> {
    const command = this.deps.commands.get(i.commandName);
    const lang = langOf(i.locale);
    if (!command) {
      // A command registered by an older deploy that this build no longer has.
      log.warn({ event: 'unknown-command', command: i.commandName });
      await i.reply(toReplyOptions(notice(t(lang).error)));
      return;
    }
    const verdict = this.cooldown.take(i.user.id, (this.deps.now ?? Date.now)());
    if (!verdict.ok) {
      await i.reply(toReplyOptions(notice(t(lang).cooldown(Math.ceil(verdict.retryAfterMs / 1000)))));
      return;
    }
    const ctx = await this.context(i, log);
    // A command may defer itself (a long load); otherwise the router does after DEFER_AFTER_MS.
    let deferred: Promise<void> | null = null;
    ctx.defer = (ephemeral) =>
      (deferred ??= i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}).then(() => undefined));
    const pending = command.execute(i, ctx);
    if (!(pending instanceof Promise)) {
      await i.reply(toReplyOptions(this.safe(pending)));
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([
      pending,
      new Promise<typeof SLOW>((r) => (timer = setTimeout(r, DEFER_AFTER_MS, SLOW))),
    ]);
    clearTimeout(timer);
    if (first !== SLOW && !deferred) {
      await i.reply(toReplyOptions(this.safe(first)));
      return;
    }
    await ctx.defer(false);
    await i.editReply(toEditOptions(this.safe(await pending)));
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const command = this.deps.commands.get(i.commandName);
    let choices: Choice[] = [];
    try {
      if (command?.autocomplete) choices = await command.autocomplete(i, await this.context(i));
    } catch (err) {
      // An empty list still answers the interaction; the user can type free text.
      this.deps.logger.error({
        event: 'autocomplete-failed',
        interaction: i.id,
        command: i.commandName,
        err,
      });
    }
    await i.respond(this.safe(fitChoices(choices)));
  }

  private async button(i: ButtonInteraction): Promise<void> {
    const action = decodeCustomId(i.customId);
    const lang = langOf(i.locale);
    // The buttons name the article their results came from: a later /article use does not change old answers.
    const article = action ? await this.articleOf(i, action.article ?? null) : null;
    if (!action || !article) {
      await i.reply(toReplyOptions(notice(t(lang).gone)));
      return;
    }
    const { engine } = article;
    // The heading is read back from the message: the bot wrote it (escaped) for an earlier page.
    const heading = defuseMentions(i.message.embeds[0]?.title ?? '');
    const opts = { lang, heading, articleTitle: article.title, articleId: article.id };
    if (action.kind === 'context') {
      const result = engine.byRef(action.ref);
      const paragraph = result ? engine.paragraph(result.paragraph) : null;
      const reply: Reply =
        result && paragraph ? renderContext(result, paragraph, opts) : notice(t(lang).gone);
      await i.reply(toReplyOptions(this.safe(reply)));
      return;
    }
    // The highlighted words are read back from the message itself: no per-message state on our side.
    const bold = action.mode === 's' ? boldWords(i.message.embeds[0]?.fields?.at(-1)?.value ?? '') : [];
    const results = action.refs
      .map((ref) => engine.byRef(ref))
      .filter((r) => r !== null)
      .map((r) => ({ ...r, matched: bold }));
    if (results.length === 0) {
      await i.reply(toReplyOptions(notice(t(lang).gone)));
      return;
    }
    const page = Math.min(action.page, results.length - 1);
    const reply = this.safe(renderPage(results, page, { ...opts, mode: action.mode }));
    // Someone else's answer stays theirs: the presser gets a private copy at the page they asked for.
    const owner = i.message.interactionMetadata?.user?.id;
    if (owner && owner !== i.user.id) await i.reply(toReplyOptions({ ...reply, ephemeral: true }));
    else await i.update(toUpdateOptions(reply));
  }

  private async articleOf(i: ButtonInteraction, id: string | null): Promise<ResolvedArticle | null> {
    const { library, engine } = this.deps;
    if (library) return library.byId(scopeOfInteraction(i), id);
    return id === null ? { id: null, engine, title: engine.index.meta.title } : null;
  }

  private observe(i: Interaction, outcome: InteractionOutcome['outcome'], started: number): void {
    if (!this.deps.observe) return;
    const kind = i.isAutocomplete()
      ? 'autocomplete'
      : i.isCommand()
        ? 'command'
        : i.isButton()
          ? 'button'
          : 'other';
    this.deps.observe({ kind, command: commandName(i) ?? 'unknown', outcome, ms: Date.now() - started });
  }

  /** What a command or button built, minus any secret it may echo. */
  private safe<T>(data: T): T {
    return scrubData(data, this.deps.secrets ?? []);
  }

  private async apologise(i: RepliableInteraction, log: Logger): Promise<void> {
    const reply = toReplyOptions(notice(t(langOf(i.locale)).error));
    try {
      if (i.replied || i.deferred) await i.followUp(reply);
      else await i.reply(reply);
    } catch (err) {
      if (!isStaleInteraction(err)) log.warn({ event: 'apology-failed', err: errInfo(err) });
    }
  }
}

/** At most 25 choices, names cut to 100 characters, values that fit (never cut a value: it is an id). */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => c.value.length > 0 && c.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((c) => ({
      name: truncate(c.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName) || c.value,
      value: c.value,
    }));
}

function commandName(i: Interaction): string | undefined {
  if (i.isCommand() || i.isAutocomplete()) return i.commandName;
  if (i.isButton()) return `button:${i.customId.split(':')[0]}`;
  return undefined;
}

function errInfo(err: unknown): { message: string; code?: unknown } {
  return err instanceof Error
    ? { message: err.message, code: (err as { code?: unknown }).code }
    : { message: String(err) };
}
