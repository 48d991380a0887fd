// `npm run start:sharded`: the same bot (main.ts) in one child process per shard, under discord.js's ShardingManager.
import { resolve } from 'node:path';
import { ShardingManager } from '#discord.js';
import { loadEnv, parseConfig, startupErrors } from './config.ts';
import { createLogger } from './logger.ts';

const env = loadEnv();
const parsed = parseConfig(env);
const problems = startupErrors(parsed, env);
if (!parsed.ok || problems.length) {
  for (const line of problems) process.stderr.write(line + '\n');
  process.exit(1);
}
const { config } = parsed;
const token = config.token as string;
const logger = createLogger({ level: config.logLevel, shard: 'manager', secrets: [token] });

/**
 * 'auto' asks Discord how many shards to run. discord.js asks discord.com itself, ignoring a custom REST URL,
 * so with DISCORD_API_URL we ask that server the same question and pass the number on.
 */
async function totalShards(): Promise<number | 'auto'> {
  if (!config.apiUrl) return 'auto';
  const res = await fetch(`${config.apiUrl}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}`);
  const { shards } = (await res.json()) as { shards: number };
  return Math.max(1, shards);
}

// Compiled (npm run start:sharded, dist/): the children run dist's main.js; from source (start:sharded:dev), main.ts.
const MAIN = import.meta.url.endsWith('.js') ? 'main.js' : 'main.ts';
const manager = new ShardingManager(resolve(import.meta.dirname, MAIN), {
  token,
  totalShards: await totalShards(),
  // Children run the way this process does: tsx's loader flags, or npm start's --conditions=bundled, live in execArgv.
  execArgv: process.execArgv,
});

manager.on('shardCreate', (shard) => {
  logger.info({ event: 'shard-spawned', child: shard.id });
  shard.on('death', (p) =>
    logger.warn({ event: 'shard-died', child: shard.id, exitCode: 'exitCode' in p ? p.exitCode : null }),
  );
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ event: 'shutdown', signal });
  manager.respawn = false;
  // Each child handles SIGTERM itself: it finishes its interactions and destroys its client.
  await Promise.all(
    [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((done) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return done();
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            done();
          }, 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await manager.spawn({ delay: config.shardSpawnDelayMs });
  logger.info({ event: 'all-shards-ready', shards: manager.totalShards });
} catch (err) {
  logger.error({ event: 'spawn-failed', err });
  process.exit(1);
}
