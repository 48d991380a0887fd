// `npm start`: validate the environment, build the engine once, log in and serve until SIGINT/SIGTERM.
import { loadEnv, parseConfig, startupErrors } from './config.ts';
import type { Bot } from './bot.ts';
import { shardFromEnv } from './logger.ts';
import { parseOpsConfig } from '../http/config.ts';
import { fail, onShutdown, runMain, startShared } from '../ops/process.ts';

async function main(): Promise<void> {
  const env = loadEnv();
  const parsed = parseConfig(env);
  const ops = parseOpsConfig(env);
  const problems = startupErrors(parsed, env);
  if (problems.length === 0) problems.push(...ops.errors.map((e) => `Invalid setting: ${e}`));
  if (!parsed.ok || problems.length) fail(problems);
  const { config } = parsed;
  const parts = await startShared(config, ops.config, shardFromEnv());
  const { logger, engine, articles, metrics, started } = parts;

  // discord.js and the commands load before the log-in event: they are start-up, not log-in.
  const { startBot } = await import('./bot.ts');
  const { loadCommands } = await import('./loader.ts');
  const commands = await loadCommands();
  let bot: Bot | null = null;
  let opsServer: { port: number; close(): Promise<void> } | null = null;
  const state = onShutdown(
    parts,
    () => bot?.router.pending ?? 0,
    () => (bot ? bot.stop() : Promise.resolve()).then(() => opsServer?.close()),
  );
  // HEALTH_PORT: the same /health and /metrics as the HTTP endpoint serves (src/ops/), listening before the log-in so
  // an orchestrator sees "not ready" (503) while the bot connects, then ready.
  if (ops.config.healthPort !== null) {
    const { startOpsServer } = await import('../ops/ops.ts');
    opsServer = await startOpsServer(
      ops.config.healthPort,
      {
        ready: () => !state.stopping() && (bot?.client.isReady() ?? false),
        storage: () => articles.store.ping(),
      },
      metrics,
    );
    logger.info({ event: 'health-listening', port: opsServer.port });
  }
  // Everything before this line is start-up; what follows is the gateway log-in (npm run bench measures both).
  logger.info({ event: 'logging-in', ms: Date.now() - started });
  bot = await startBot({
    config,
    engine,
    logger,
    commands,
    observe: metrics.observe,
    library: articles.library,
  });
}

runMain(main, 'the bot');
