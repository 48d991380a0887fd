// Environment → validated settings. Pure parse (tested) plus a loader that reads .env with dotenv.
import { statSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';

export interface Config {
  token: string | null;
  clientId: string | null;
  guildId: string | null;
  articlePath: string | null;
  /** REST base such as http://127.0.0.1:PORT/api (a proxy or the local fake Discord); null for Discord itself. */
  apiUrl: string | null;
  logLevel: string;
  cooldown: { max: number; windowMs: number };
  /** Pause between shard spawns (Discord allows one IDENTIFY per 5 s per bucket). */
  shardSpawnDelayMs: number;
  /** The SQLite file holding loaded articles (created with its folder on first start). */
  databasePath: string;
  /** Bounds of the LRU of built engines: how many, and how much estimated memory. */
  engineCache: { maxEntries: number; maxMegabytes: number };
}

export const DEFAULT_DATABASE_PATH = './var/bot.sqlite';

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const SNOWFLAKE = /^\d{17,20}$/;
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  const get = (k: string) => {
    const v = env[k]?.trim();
    return v ? v : null;
  };
  const int = (k: string, dflt: number, min: number): number => {
    const v = get(k);
    if (v === null) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      errors.push(`${k} must be a whole number ≥ ${min} (got "${v}")`);
      return dflt;
    }
    return n;
  };

  const token = get('DISCORD_TOKEN');
  // Never echo the token itself, even when it is malformed.
  if (token !== null && /\s/.test(token)) errors.push('DISCORD_TOKEN must not contain spaces');

  const clientId = get('DISCORD_CLIENT_ID');
  if (clientId !== null && !SNOWFLAKE.test(clientId))
    errors.push(`DISCORD_CLIENT_ID must be the application id, 17–20 digits (got "${clientId}")`);
  const guildId = get('DISCORD_GUILD_ID');
  if (guildId !== null && !SNOWFLAKE.test(guildId))
    errors.push(`DISCORD_GUILD_ID must be a server id, 17–20 digits (got "${guildId}")`);

  const apiUrl = get('DISCORD_API_URL');
  if (apiUrl !== null && !/^https?:\/\/[^\s/]+/.test(apiUrl))
    errors.push(`DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:3000/api (got "${apiUrl}")`);

  const logLevel = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LEVELS.includes(logLevel))
    errors.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${logLevel}")`);

  const max = int('COOLDOWN_MAX', 5, 0);
  const windowSeconds = int('COOLDOWN_WINDOW_SECONDS', 10, 1);
  const shardSpawnDelayMs = int('SHARD_SPAWN_DELAY_MS', 5500, 0);
  const databasePath = get('DATABASE_PATH') ?? DEFAULT_DATABASE_PATH;
  if (isDirectory(databasePath))
    errors.push(`DATABASE_PATH must be a file path, not a folder (got "${databasePath}")`);
  const maxEntries = int('ENGINE_CACHE_SIZE', 200, 1);
  const maxMegabytes = int('ENGINE_CACHE_MB', 64, 1);

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: {
      token,
      clientId,
      guildId,
      articlePath: get('ARTICLE_PATH'),
      apiUrl: apiUrl?.replace(/\/+$/, '') ?? null,
      logLevel,
      cooldown: { max, windowMs: windowSeconds * 1000 },
      shardSpawnDelayMs,
      databasePath,
      engineCache: { maxEntries, maxMegabytes },
    },
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Load .env (or the file named by DOTENV_CONFIG_PATH) without overriding real environment variables. */
export function loadEnv(): Record<string, string | undefined> {
  loadDotenv({ path: process.env.DOTENV_CONFIG_PATH ?? '.env', quiet: true });
  return process.env;
}

export const NO_TOKEN_MESSAGE =
  'DISCORD_TOKEN is not set: add it to .env (see .env.example) or the environment — or try the answers locally without Discord: npm run ask -- "Qui a dit quoi ?"';

/**
 * What to print before exiting 1, or nothing when the bot can start. A missing token is the usual first-run mistake, so
 * it gets its one line alone; otherwise one line per malformed setting.
 */
export function startupErrors(
  parsed: ConfigResult,
  env: Record<string, string | undefined>,
  noToken: string = NO_TOKEN_MESSAGE,
): string[] {
  if (!env.DISCORD_TOKEN?.trim()) return [noToken];
  return parsed.ok ? [] : parsed.errors.map((e) => `Invalid setting: ${e}`);
}
