// Structured logs: one JSON line per event, with the shard id, and secrets scrubbed from every line written.
import pino, { type DestinationStream, type Logger } from 'pino';
import { scrub } from './secrets.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: string;
  shard?: number | number[] | string | null;
  /** Strings that must never reach the log (the bot token). */
  secrets?: (string | null | undefined)[];
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = (opts.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
  return pino(
    {
      level: opts.level ?? 'info',
      base: { shard: opts.shard ?? null },
      redact: {
        paths: [
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'headers.authorization',
          'config.token',
        ],
        censor: '[redacted]',
      },
      hooks: { streamWrite: (s) => scrub(s, secrets) },
    },
    opts.destination ?? pino.destination(1),
  );
}

/** The shard ids this process runs, from the environment ShardingManager sets for its children. */
export function shardFromEnv(env: Record<string, string | undefined> = process.env): number | number[] {
  const ids = (env.SHARDS ?? '0')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n));
  return ids.length === 1 ? (ids[0] as number) : ids;
}
