// Start and stop one bot process: client + router + engine. main.ts and the tests both use this.
import { Events, type Client, type ClientOptions } from '#discord.js';
import type { ArticleLibrary } from '../library/library.ts';
import type { Engine } from '../search/types.ts';
import { createClient } from './client.ts';
import type { Command } from './command.ts';
import type { Config } from './config.ts';
import { loadCommands } from './loader.ts';
import type { Logger } from './logger.ts';
import { Router, type RouterDeps } from './router.ts';

export interface BotOptions {
  config: Pick<Config, 'token' | 'apiUrl' | 'cooldown'>;
  engine: Engine;
  logger: Logger;
  commands?: ReadonlyMap<string, Command>;
  rest?: ClientOptions['rest'];
  readyTimeoutMs?: number;
  /** Per-server and per-user articles (src/library/setup.ts openLibrary); without it, the default article only. */
  library?: ArticleLibrary;
  /** Metrics hook (src/ops/metrics.ts), passed to the Router. */
  observe?: RouterDeps['observe'];
}

export interface Bot {
  client: Client;
  router: Router;
  /** Stop taking interactions, finish the ones in flight, destroy the client. Never hangs past `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The one Router both front ends use (this gateway bot and the HTTP endpoint, src/http/), built the same way. */
export function createRouter(opts: BotOptions, commands: ReadonlyMap<string, Command>): Router {
  return new Router({
    engine: opts.engine,
    commands,
    logger: opts.logger,
    cooldown: opts.config.cooldown,
    secrets: opts.config.token ? [opts.config.token] : [],
    ...(opts.observe ? { observe: opts.observe } : {}),
    ...(opts.library ? { library: opts.library } : {}),
  });
}

export async function startBot(opts: BotOptions): Promise<Bot> {
  const { logger } = opts;
  if (!opts.config.token) throw new Error('startBot needs a token');
  const commands = opts.commands ?? (await loadCommands());
  const client = createClient({ apiUrl: opts.config.apiUrl, rest: opts.rest });
  const router = createRouter(opts, commands);

  client.on(Events.InteractionCreate, (i) => void router.handle(i));
  client.on(Events.Error, (err) => logger.error({ event: 'client-error', err }));
  client.on(Events.Warn, (message) => logger.warn({ event: 'client-warn', message }));
  client.on(Events.ShardDisconnect, (ev, shard) =>
    logger.warn({ event: 'shard-disconnect', gatewayShard: shard, code: ev.code }),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ event: 'shard-reconnecting', gatewayShard: shard }),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ event: 'shard-resumed', gatewayShard: shard, replayed }),
  );
  client.rest.on('rateLimited', (info) =>
    logger.warn({
      event: 'rate-limited',
      route: info.route,
      retryAfter: info.retryAfter,
      global: info.global,
    }),
  );

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the gateway did not become ready in time')),
      opts.readyTimeoutMs ?? 30_000,
    );
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      logger.info({ event: 'ready', user: c.user.tag, guilds: c.guilds.cache.size, commands: commands.size });
      resolve();
    });
  });
  try {
    await client.login(opts.config.token);
    await ready;
  } catch (err) {
    await destroyWithin(client, 2000);
    throw err;
  }

  return {
    client,
    router,
    async stop(timeoutMs = 8000) {
      const started = Date.now();
      await router.drain(Math.max(timeoutMs - 2000, 0));
      await destroyWithin(client, Math.max(timeoutMs - (Date.now() - started), 500));
      logger.info({ event: 'stopped', ms: Date.now() - started });
    },
  };
}

/** client.destroy() can hang (e.g. after a throwing ready handler): never wait for it forever. */
async function destroyWithin(client: Client, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.destroy().catch(() => undefined),
    new Promise((r) => (timer = setTimeout(r, ms))),
  ]);
  clearTimeout(timer);
}
