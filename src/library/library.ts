// Per-scope articles for the front ends: which engine answers a scope/channel, and load / use / remove / list.
// The selection (current article per scope and channel) is read from the store on every call — cheap, and how a
// second process sharing the database sees a change on its next question. Engines come from the LRU cache by id.
import type { ArticleIndex } from '../article/types.ts';
import { Cooldown } from '../discord/cooldown.ts';
import { ImportError, type ImportedArticle } from '../import/types.ts';
import type { Engine } from '../search/types.ts';
import { fold } from '../text/normalize.ts';
import { ArticleLimitError, type ArticleStore, type ArticleSummary, type Scope } from '../storage/types.ts';
import { fetchAttachment } from './attachments.ts';
import type { EngineCache } from './engine-cache.ts';
import { LibraryError } from './errors.ts';
import { ARTICLE_LIMITS } from './limits.ts';

export type ArticleLimits = Record<keyof typeof ARTICLE_LIMITS, number>;

export interface Importer {
  fromUrl(url: string): Promise<ImportedArticle>;
  fromBytes(
    bytes: Uint8Array,
    info: { fileName: string; contentType: string | null },
  ): Promise<ImportedArticle>;
}

export interface Indexer {
  build(text: string, meta: ArticleIndex['meta'], headings: readonly string[]): Promise<ArticleIndex>;
}

export type LoadSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; url: string; fileName: string; contentType: string | null; size: number };

/** The article answering in a place: a stored one (id set) or the bot's default article (id null). */
export interface ResolvedArticle {
  id: string | null;
  engine: Engine;
  title: string;
}

export interface LoadResult {
  article: ArticleSummary;
  created: boolean;
  /** What was read, for the reply: the index knows paragraphs, speakers and statements. */
  index: ArticleIndex;
  ms: number;
}

export interface LibraryOptions {
  store: ArticleStore;
  cache: EngineCache;
  indexer: Indexer;
  importer: Importer;
  /** Built once at start: what a scope with no article of its own answers from. */
  defaultEngine: Engine;
  limits?: Partial<ArticleLimits>;
  /** Origins attachments may be downloaded from besides Discord's CDN (the fake Discord, a proxy). */
  attachmentOrigins?: readonly string[];
  now?: () => number;
}

export class ArticleLibrary {
  readonly limits: ArticleLimits;
  private readonly loads: Cooldown;
  private readonly defaultArticle: ResolvedArticle;

  constructor(private readonly opts: LibraryOptions) {
    this.limits = { ...ARTICLE_LIMITS, ...opts.limits };
    this.loads = new Cooldown({ max: this.limits.loadsPerScopePerMinute, windowMs: 60_000 });
    this.defaultArticle = {
      id: null,
      engine: opts.defaultEngine,
      title: opts.defaultEngine.index.meta.title,
    };
  }

  get store(): ArticleStore {
    return this.opts.store;
  }

  /** The article answering in this channel: its override, else the scope's choice, else the default article. */
  async current(scope: Scope, channelId: string | null): Promise<ResolvedArticle> {
    const chosen = await this.opts.store.currentArticle(scope, channelId);
    if (!chosen) return this.defaultArticle;
    // Removed between the two reads: the default answers rather than nothing.
    return (await this.engineOf(scope, chosen.id)) ?? this.defaultArticle;
  }

  /**
   * A stored article of this scope by id (a button's article), or null; a null id is the default article. The store
   * is asked whether it is still there (another process may have removed it) before the cached engine answers.
   */
  async byId(scope: Scope, id: string | null): Promise<ResolvedArticle | null> {
    if (id === null) return this.defaultArticle;
    if (!(await this.opts.store.listArticles(scope)).some((a) => a.id === id)) {
      this.opts.cache.delete(id);
      return null;
    }
    const cached = await this.opts.cache.get(id);
    if (!cached || cached.scope !== scope) return null;
    return { id, engine: cached.engine, title: cached.title };
  }

  /** byId for a choice just read from the store: no need to ask it again. */
  private async engineOf(scope: Scope, id: string): Promise<ResolvedArticle | null> {
    const cached = await this.opts.cache.get(id);
    if (!cached || cached.scope !== scope) return null;
    return { id, engine: cached.engine, title: cached.title };
  }

  async currentSummary(scope: Scope, channelId: string | null): Promise<ArticleSummary | null> {
    return this.opts.store.currentArticle(scope, channelId);
  }

  list(scope: Scope): Promise<ArticleSummary[]> {
    return this.opts.store.listArticles(scope);
  }

  /** Import, check, index (off the event loop), store and make current. Throws LibraryError; stores nothing then. */
  async load(scope: Scope, userId: string, source: LoadSource): Promise<LoadResult> {
    const started = (this.opts.now ?? Date.now)();
    const verdict = this.loads.take(scope, started);
    if (!verdict.ok) throw new LibraryError('rate-limited', 'too many loads', verdict.retryAfterMs);
    const imported = await this.import(source);
    if (imported.text.length > this.limits.charsPerArticle)
      throw new LibraryError('too-long', `the text is ${imported.text.length} characters`);
    const meta = {
      title: imported.meta.title,
      language: imported.meta.language || 'fr',
      source: source.kind === 'url' ? (imported.meta.source ?? source.url) : source.fileName,
      published: imported.meta.published,
    };
    let index: ArticleIndex;
    try {
      index = await this.opts.indexer.build(imported.text, meta, imported.headings);
    } catch (err) {
      throw new LibraryError('index-failed', err instanceof Error ? err.message : String(err));
    }
    try {
      const { article, created } = await this.opts.store.addArticle(
        {
          scope,
          title: index.meta.title || meta.title,
          source: meta.source,
          published: index.meta.published,
          byline: imported.meta.byline,
          siteName: imported.meta.siteName,
          language: meta.language,
          text: imported.text,
          index,
          addedBy: userId,
        },
        { maxPerScope: this.limits.articlesPerScope },
      );
      return { article, created, index, ms: (this.opts.now ?? Date.now)() - started };
    } catch (err) {
      if (err instanceof ArticleLimitError) throw new LibraryError('too-many-articles', err.message);
      throw err;
    }
  }

  /** Make an article current for the whole scope (channelId null) or one channel. */
  async use(scope: Scope, channelId: string | null, nameOrId: string): Promise<ArticleSummary> {
    const article = await this.find(scope, nameOrId);
    if (!article || !(await this.opts.store.setCurrent(scope, channelId, article.id)))
      throw new LibraryError('not-found', 'no such article');
    return article;
  }

  async remove(scope: Scope, nameOrId: string): Promise<ArticleSummary> {
    const article = await this.find(scope, nameOrId);
    if (!article || !(await this.opts.store.removeArticle(scope, article.id)))
      throw new LibraryError('not-found', 'no such article');
    this.opts.cache.delete(article.id);
    return article;
  }

  /** A picked suggestion arrives as the id; typed text is matched against titles (exact, else the only partial). */
  async find(scope: Scope, nameOrId: string): Promise<ArticleSummary | null> {
    const wanted = nameOrId.trim();
    if (!wanted) return null;
    const all = await this.opts.store.listArticles(scope);
    const byId = all.find((a) => a.id === wanted);
    if (byId) return byId;
    const key = fold(wanted);
    const exact = all.find((a) => fold(a.title) === key);
    if (exact) return exact;
    const partial = all.filter((a) => fold(a.title).includes(key));
    return partial.length === 1 ? partial[0]! : null;
  }

  /** Autocomplete over the scope's articles: titles containing the input, newest first. */
  async suggest(scope: Scope, input: string, limit: number): Promise<ArticleSummary[]> {
    const key = fold(input.trim());
    const all = await this.opts.store.listArticles(scope);
    return all.filter((a) => !key || fold(a.title).includes(key)).slice(0, limit);
  }

  private async import(source: LoadSource): Promise<ImportedArticle> {
    try {
      if (source.kind === 'url') return await this.opts.importer.fromUrl(source.url);
      if (source.size > this.limits.attachmentBytes)
        throw new LibraryError('too-large', `the attachment is ${source.size} bytes`);
      const bytes = await fetchAttachment(source.url, {
        maxBytes: this.limits.attachmentBytes,
        timeoutMs: this.limits.attachmentTimeoutMs,
        extraOrigins: this.opts.attachmentOrigins,
      });
      return await this.opts.importer.fromBytes(bytes, {
        fileName: source.fileName,
        contentType: source.contentType,
      });
    } catch (err) {
      if (err instanceof ImportError) throw new LibraryError(err.code, err.message);
      throw err;
    }
  }
}
