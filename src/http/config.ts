// Settings of the HTTP endpoint, the ops port and the database server (the rest is src/discord/config.ts, shared with the gateway bot).

export interface OpsConfig {
  /** The application's public key, 64 hex characters (Developer Portal → General Information). */
  publicKey: string | null;
  httpPort: number;
  /** Gateway bot: serve /health and /metrics on this port when set. */
  healthPort: number | null;
  /** postgres://… selects PostgreSQL (shared by every instance); null keeps the embedded SQLite file. */
  databaseUrl: string | null;
}

export function parseOpsConfig(env: Record<string, string | undefined>): {
  config: OpsConfig;
  errors: string[];
} {
  const errors: string[] = [];
  const port = (k: string): number | null => {
    const v = env[k]?.trim();
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      errors.push(`${k} must be a port number 0–65535 (got "${v}")`);
      return null;
    }
    return n;
  };
  const publicKey = env.DISCORD_PUBLIC_KEY?.trim() || null;
  if (publicKey !== null && !/^[0-9a-f]{64}$/i.test(publicKey))
    errors.push('DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters shown in the Developer Portal');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  // Never echo the URL: it may carry a password.
  if (databaseUrl !== null && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl))
    errors.push('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite file)');
  return {
    config: { publicKey, httpPort: port('HTTP_PORT') ?? 8080, healthPort: port('HEALTH_PORT'), databaseUrl },
    errors,
  };
}

export const NO_PUBLIC_KEY_MESSAGE =
  'DISCORD_PUBLIC_KEY is not set: copy the application’s public key (Developer Portal → General Information) into .env — or try the answers locally without Discord: npm run ask -- "Qui a dit quoi ?"';
