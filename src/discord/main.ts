// `npm start`: validate the environment, build the engine once, log in and serve until SIGINT/SIGTERM.
import { startBot } from './bot.ts';
import { loadEnv, parseConfig, startupErrors } from './config.ts';
import { createLogger, shardFromEnv } from './logger.ts';
import { scrub } from './secrets.ts';
import { parseOpsConfig } from '../http/config.ts';
import { createMetrics } from '../ops/metrics.ts';
import { startOpsServer } from '../ops/ops.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const parsed = parseConfig(env);
  const ops = parseOpsConfig(env);
  const problems = startupErrors(parsed, env);
  if (problems.length === 0) problems.push(...ops.errors.map((e) => `Invalid setting: ${e}`));
  if (!parsed.ok || problems.length) fail(problems);
  const { config } = parsed;
  const dbPassword = ops.config.databaseUrl ? new URL(ops.config.databaseUrl).password : null;
  const logger = createLogger({
    level: config.logLevel,
    shard: shardFromEnv(),
    secrets: [config.token, dbPassword],
  });

  process.on('unhandledRejection', (err) => logger.error({ event: 'unhandled-rejection', err }));
  process.on('uncaughtException', (err) => logger.error({ event: 'uncaught-exception', err }));

  const started = Date.now();
  // Imported only now so a missing token fails fast. The indexes are built before logging in, so the first
  // autocomplete is answered from memory.
  const { loadEngine } = await import('../load.ts');
  const engine = loadEngine(config.articlePath ? { articlePath: config.articlePath } : {});
  logger.info({ event: 'engine-ready', ms: Date.now() - started, article: engine.index.meta.title });

  // Loaded articles: the SQLite file (created on first start), an LRU of engines, index-building workers.
  const { openLibrary } = await import('../library/setup.ts');
  const { describeStore, openStore } = await import('../storage/open.ts');
  // DATABASE_URL=postgres://… selects PostgreSQL; else the SQLite file.
  const choice = { databaseUrl: ops.config.databaseUrl, databasePath: config.databasePath };
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

  const metrics = createMetrics();
  metrics.setCacheStats(() => articles.cache.stats());
  // Everything before this line is start-up; what follows is the gateway log-in (npm run bench measures both).
  logger.info({ event: 'logging-in', ms: Date.now() - started });
  const bot = await startBot({ config, engine, logger, observe: metrics.observe, library: articles.library });
  let stopping = false;
  // HEALTH_PORT: the same /health and /metrics as the HTTP endpoint serves (src/ops/).
  const opsServer =
    ops.config.healthPort === null
      ? null
      : await startOpsServer(
          ops.config.healthPort,
          { ready: () => !stopping && bot.client.isReady(), storage: () => articles.store.ping() },
          metrics,
        );
  if (opsServer) logger.info({ event: 'health-listening', port: opsServer.port });

  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal, inFlight: bot.router.pending });
    void bot
      .stop()
      .then(() => opsServer?.close())
      .then(() => articles.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(line + '\n');
  process.exit(1);
}

main().catch((err: unknown) => {
  // Login errors carry no secret today; scrub anyway in case a library starts quoting the token.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(scrub(`Could not start the bot: ${message}\n`, [process.env.DISCORD_TOKEN ?? '']));
  process.exit(1);
});
