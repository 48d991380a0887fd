// `npm run deploy`: register every command with one bulk overwrite (idempotent), for a guild or globally.
import { pathToFileURL } from 'node:url';
import { REST, Routes, type APIApplication, type RESTPostAPIApplicationCommandsJSONBody } from '#discord.js';
import type { Command } from './command.ts';
import { loadEnv, parseConfig, startupErrors } from './config.ts';
import { loadCommands } from './loader.ts';
import { validateCommands } from './validate.ts';

export interface DeployOptions {
  token: string;
  /** The application id; fetched from /applications/@me when not given. */
  clientId?: string | null;
  /** A guild id registers there (instant, for development); none registers globally. */
  guildId?: string | null;
  apiUrl?: string | null;
  commands?: ReadonlyMap<string, Command>;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  clientId: string;
  registered: { id?: string; name: string; type?: number }[];
}

export function commandsJSON(
  commands: ReadonlyMap<string, Command>,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands.values()].map((c) => c.data.toJSON());
}

export async function deploy(opts: DeployOptions): Promise<DeployResult> {
  const commands = opts.commands ?? (await loadCommands());
  const body = commandsJSON(commands);
  const problems = validateCommands(body);
  if (problems.length)
    throw new Error(`the command definitions break Discord's rules:\n- ${problems.join('\n- ')}`);

  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  const clientId = opts.clientId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = opts.guildId
    ? Routes.applicationGuildCommands(clientId, opts.guildId)
    : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body })) as DeployResult['registered'];
  return { scope: opts.guildId ? 'guild' : 'global', clientId, registered };
}

async function cli(): Promise<void> {
  const env = loadEnv();
  const parsed = parseConfig(env);
  const problems = startupErrors(
    parsed,
    env,
    'DISCORD_TOKEN is not set: add it to .env (see .env.example) to register the commands.',
  );
  if (!parsed.ok || problems.length) {
    for (const line of problems) process.stderr.write(line + '\n');
    process.exit(1);
  }
  const { config } = parsed;
  const result = await deploy({ ...config, token: config.token as string });
  const where =
    result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally (may take up to an hour to show)';
  process.stdout.write(`Registered ${result.registered.length} commands ${where}:\n`);
  for (const c of result.registered)
    process.stdout.write(`  ${c.type === 3 ? '[message menu] ' : '/'}${c.name}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli().catch((err: unknown) => {
    process.stderr.write(`Deploy failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
