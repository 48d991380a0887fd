// Discover commands/*.ts, check each one is a usable command, and index them by name.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from './command.ts';

const COMMANDS_DIR = resolve(import.meta.dirname, '../../commands');

/** Why a module is not a command, or null when it is one. */
export function checkCommandModule(mod: Record<string, unknown>): string | null {
  const data = mod.data as { name?: unknown; toJSON?: unknown } | undefined;
  if (!data || typeof data !== 'object') return 'does not export `data` (a command builder)';
  if (typeof data.name !== 'string' || !data.name) return '`data` has no name';
  if (typeof data.toJSON !== 'function') return '`data` has no toJSON() (is it a SlashCommandBuilder?)';
  if (typeof mod.execute !== 'function') return 'does not export an `execute` function';
  const json = (data.toJSON as () => { options?: { autocomplete?: boolean }[] })();
  const wantsAutocomplete = (json.options ?? []).some((o) => o.autocomplete);
  if (wantsAutocomplete && typeof mod.autocomplete !== 'function')
    return 'has an autocomplete option but does not export an `autocomplete` function';
  return null;
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.(d|test)\.ts$/.test(f) && !f.startsWith('_'))
    .sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    const problem = checkCommandModule(mod);
    if (problem) throw new Error(`commands/${file} ${problem}`);
    const command = mod as unknown as Command;
    if (commands.has(command.data.name))
      throw new Error(`commands/${file}: a command named "${command.data.name}" is already loaded`);
    commands.set(command.data.name, command);
  }
  if (commands.size === 0) throw new Error(`no command found in ${dir}`);
  return commands;
}
