// One HTTP endpoint instance: the shared Router (src/discord/bot.ts createRouter), the bridge from raw payloads to
// discord.js interactions, the metrics, and the server. main.ts and the tests both start it through here.
import type { ClientOptions } from '#discord.js';
import { createRouter, type BotOptions } from '../discord/bot.ts';
import type { Command } from '../discord/command.ts';
import { loadCommands } from '../discord/loader.ts';
import type { Router } from '../discord/router.ts';
import { createMetrics, type Metrics } from '../ops/metrics.ts';
import { createBridge } from './bridge.ts';
import { startInteractionsServer, type InteractionsServer } from './server.ts';
import { publicKeyFromHex } from './verify.ts';

export interface HttpAppOptions extends Omit<BotOptions, 'readyTimeoutMs'> {
  publicKey: string;
  port: number;
  host?: string;
  metrics?: Metrics;
  storage?: () => Promise<boolean>;
  now?: () => number;
}

export interface HttpApp {
  server: InteractionsServer;
  router: Router;
  metrics: Metrics;
  port: number;
  stop(timeoutMs?: number): Promise<void>;
}

export async function startHttpApp(opts: HttpAppOptions): Promise<HttpApp> {
  const commands: ReadonlyMap<string, Command> = opts.commands ?? (await loadCommands());
  const metrics = opts.metrics ?? createMetrics();
  const router = createRouter({ ...opts, observe: opts.observe ?? metrics.observe }, commands);
  const rest: ClientOptions['rest'] = { ...opts.rest };
  const bridge = createBridge(opts.config.token ?? 'no-token', (i) => router.handle(i), {
    apiUrl: opts.config.apiUrl,
    rest,
  });
  const server = await startInteractionsServer(
    {
      publicKey: publicKeyFromHex(opts.publicKey),
      bridge,
      metrics,
      logger: opts.logger,
      ...(opts.storage ? { storage: opts.storage } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    },
    opts.port,
    opts.host,
  );
  opts.logger.info({ event: 'http-listening', port: server.port, commands: commands.size });
  return {
    server,
    router,
    metrics,
    port: server.port,
    async stop(timeoutMs = 8000) {
      const started = Date.now();
      await server.stop(() => router.drain(Math.max(timeoutMs - 1000, 0)), timeoutMs);
      await bridge.destroy();
      opts.logger.info({ event: 'stopped', ms: Date.now() - started });
    },
  };
}
