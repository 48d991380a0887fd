// `npm run start:http`: the HTTP interactions endpoint. Validate the environment, build the engine, listen on HTTP_PORT,
// stop cleanly on SIGINT/SIGTERM (in-flight requests finish, new ones get 503).
import { loadEnv, parseConfig } from '../discord/config.ts';
import { createLogger } from '../discord/logger.ts';
import { scrub } from '../discord/secrets.ts';
import { NO_PUBLIC_KEY_MESSAGE, parseOpsConfig } from './config.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const parsed = parseConfig(env);
  const ops = parseOpsConfig(env);
  if (!ops.config.publicKey && ops.errors.length === 0) fail([NO_PUBLIC_KEY_MESSAGE]);
  const problems = [...(parsed.ok ? [] : parsed.errors), ...ops.errors];
  if (!parsed.ok || problems.length) fail(problems.map((e) => `Invalid setting: ${e}`));
  const { config } = parsed;
  const dbPassword = ops.config.databaseUrl ? new URL(ops.config.databaseUrl).password : null;
  const logger = createLogger({ level: config.logLevel, shard: null, secrets: [config.token, dbPassword] });
  process.on('unhandledRejection', (err) => logger.error({ event: 'unhandled-rejection', err }));
  process.on('uncaughtException', (err) => logger.error({ event: 'uncaught-exception', err }));

  const started = Date.now();
  const { loadEngine } = await import('../load.ts');
  const { startHttpApp } = await import('./app.ts');
  const { openLibrary } = await import('../library/setup.ts');
  const { describeStore, openStore } = await import('../storage/open.ts');
  const { createMetrics } = await import('../ops/metrics.ts');
  const engine = loadEngine(config.articlePath ? { articlePath: config.articlePath } : {});
  logger.info({ event: 'engine-ready', ms: Date.now() - started, article: engine.index.meta.title });

  // Shared state lives in the database (PostgreSQL with DATABASE_URL); each instance keeps only its LRU of engines.
  const choice = { databaseUrl: ops.config.databaseUrl, databasePath: config.databasePath };
  const articles = await openLibrary({
    store: await openStore(choice),
    defaultEngine: engine,
    cache: {
      maxEntries: config.engineCache.maxEntries,
      maxBytes: config.engineCache.maxMegabytes * 1024 * 1024,
    },
    attachmentOrigins: config.apiUrl ? [new URL(config.apiUrl).origin] : [],
  });
  logger.info({ event: 'storage-ready', database: describeStore(choice) });
  const metrics = createMetrics();
  metrics.setCacheStats(() => articles.cache.stats());
  const app = await startHttpApp({
    config,
    engine,
    logger,
    metrics,
    library: articles.library,
    storage: () => articles.store.ping(),
    publicKey: ops.config.publicKey as string,
    port: ops.config.httpPort,
  });
  logger.info({ event: 'ready', ms: Date.now() - started, port: app.port });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal, inFlight: app.server.inFlight + app.router.pending });
    void app
      .stop()
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
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(
    scrub(`Could not start the HTTP endpoint: ${message}\n`, [process.env.DISCORD_TOKEN ?? '']),
  );
  process.exit(1);
});
