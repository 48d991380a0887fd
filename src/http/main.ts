// `npm run start:http`: the HTTP interactions endpoint. Validate the environment, build the engine, listen on HTTP_PORT,
// stop cleanly on SIGINT/SIGTERM (in-flight requests finish, new ones get 503).
import { loadEnv, parseConfig } from '../discord/config.ts';
import { fail, onShutdown, runMain, startShared } from '../ops/process.ts';
import { NO_PUBLIC_KEY_MESSAGE, parseOpsConfig } from './config.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const parsed = parseConfig(env);
  const ops = parseOpsConfig(env);
  if (!ops.config.publicKey && ops.errors.length === 0) fail([NO_PUBLIC_KEY_MESSAGE]);
  const problems = [...(parsed.ok ? [] : parsed.errors), ...ops.errors];
  if (!parsed.ok || problems.length) fail(problems.map((e) => `Invalid setting: ${e}`));
  const { config } = parsed;
  // Shared state lives in the database (PostgreSQL with DATABASE_URL); each instance keeps only its LRU of engines.
  const parts = await startShared(config, ops.config, null);
  const { logger, engine, articles, metrics, started } = parts;
  const { startHttpApp } = await import('./app.ts');
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
  onShutdown(
    parts,
    () => app.server.inFlight + app.router.pending,
    () => app.stop(),
  );
}

runMain(main, 'the HTTP endpoint');
