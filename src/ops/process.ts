// The start-up and shutdown both bot processes share (the gateway bot, src/discord/main.ts, and the HTTP endpoint,
// src/http/main.ts): settings checked before anything loads, the logger with every secret scrubbed, the default
// article's engine, the store with its engine cache, the metrics, and a shutdown on SIGINT/SIGTERM that stops once.
// Each main adds only what its mode does (log in to the gateway, or listen for HTTP).
import type { Config } from '../discord/config.ts';
import { createLogger, type Logger } from '../discord/logger.ts';
import { scrub } from '../discord/secrets.ts';
import type { OpsConfig } from '../http/config.ts';
import type { OpenedLibrary } from '../library/setup.ts';
import type { Engine } from '../search/types.ts';
import type { Metrics } from './metrics.ts';

export interface SharedParts {
  logger: Logger;
  engine: Engine;
  articles: OpenedLibrary;
  metrics: Metrics;
  /** performance-style clock origin of the start-up, for the `ms` of each start-up log event. */
  started: number;
}

/** Print each problem on its own line and exit 1: the settings are wrong, nothing was started. */
export function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(line + '\n');
  process.exit(1);
}

/**
 * Everything both modes need before they take interactions. Heavy modules are imported only here, after the settings
 * were found valid, so a missing token or key fails fast.
 */
export async function startShared(
  config: Config,
  ops: OpsConfig,
  shard: number | number[] | null,
): Promise<SharedParts> {
  const dbPassword = ops.databaseUrl ? new URL(ops.databaseUrl).password : null;
  const logger = createLogger({ level: config.logLevel, shard, secrets: [config.token, dbPassword] });
  process.on('unhandledRejection', (err) => logger.error({ event: 'unhandled-rejection', err }));
  process.on('uncaughtException', (err) => logger.error({ event: 'uncaught-exception', err }));

  const started = Date.now();
  // Built before taking any interaction, so the first autocomplete is answered from memory.
  const { loadDefaultEngine } = await import('../default-engine.ts');
  const engine = await loadDefaultEngine(config.articlePath ?? undefined);
  logger.info({ event: 'engine-ready', ms: Date.now() - started, article: engine.index.meta.title });

  // Loaded articles: PostgreSQL with DATABASE_URL (shared by every instance), else the SQLite file (created on first
  // start); an LRU of engines and the index-building workers around it.
  const { openLibrary } = await import('../library/setup.ts');
  const { describeStore, openStore } = await import('../storage/open.ts');
  const choice = { databaseUrl: ops.databaseUrl, databasePath: config.databasePath };
  const articles = await openLibrary({
    store: await openStore(choice),
    defaultEngine: engine,
    cache: {
      maxEntries: config.engineCache.maxEntries,
      maxBytes: config.engineCache.maxMegabytes * 1024 * 1024,
    },
    // Attachments come from Discord's CDN, or from the REST base when one is set (a proxy, the tests' fake).
    attachmentOrigins: config.apiUrl ? [new URL(config.apiUrl).origin] : [],
  });
  logger.info({ event: 'storage-ready', database: describeStore(choice) });

  const { createMetrics } = await import('./metrics.ts');
  const metrics = createMetrics();
  metrics.setCacheStats(() => articles.cache.stats());
  return { logger, engine, articles, metrics, started };
}

/**
 * Stop once on SIGINT or SIGTERM: `stop` finishes the work in flight (the mode's own), then the store closes and the
 * process exits 0. `stopping()` tells /health and the front end to turn new work away.
 */
export function onShutdown(
  parts: Pick<SharedParts, 'logger' | 'articles'>,
  inFlight: () => number,
  stop: () => Promise<unknown>,
): { stopping(): boolean } {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    parts.logger.info({ event: 'shutdown', signal, inFlight: inFlight() });
    void stop()
      .then(() => parts.articles.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return { stopping: () => stopping };
}

/** Run a main; a failure prints one line (the token scrubbed, in case a library starts quoting it) and exits 1. */
export function runMain(main: () => Promise<void>, what: string): void {
  main().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(scrub(`Could not start ${what}: ${message}\n`, [process.env.DISCORD_TOKEN ?? '']));
    process.exit(1);
  });
}
