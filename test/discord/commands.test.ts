import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplicationCommandType } from 'discord.js';
import { checkCommandModule, loadCommands } from '../../src/discord/loader.ts';
import { commandsJSON } from '../../src/discord/deploy.ts';
import { validateCommands } from '../../src/discord/validate.ts';
import { COMMAND_NAMES, FRENCH_NAMES } from './helpers/command-names.ts';

const commands = await loadCommands();
const json = commandsJSON(commands);

describe('command loader', () => {
  it('finds every command file, each with data and execute', () => {
    expect([...commands.keys()].sort()).toEqual(COMMAND_NAMES);
  });

  it('refuses two files defining the same command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commands-'));
    const src = `import { SlashCommandBuilder } from 'discord.js';
export const data = new SlashCommandBuilder().setName('twice').setDescription('d');
export function execute() { return { content: 'x' }; }
`;
    writeFileSync(join(dir, 'a.ts'), src);
    writeFileSync(join(dir, 'b.ts'), src);
    await expect(loadCommands(dir)).rejects.toThrow(/"twice" is already loaded/);
  });

  it('rejects modules that are not commands', () => {
    expect(checkCommandModule({})).toMatch(/data/);
    expect(checkCommandModule({ data: { name: 'x', toJSON: () => ({}) } })).toMatch(/execute/);
    const auto = { data: { name: 'x', toJSON: () => ({ options: [{ autocomplete: true }] }) }, execute() {} };
    expect(checkCommandModule(auto)).toMatch(/autocomplete/);
    expect(checkCommandModule({ ...auto, autocomplete() {} })).toBeNull();
  });
});

describe('command JSON against Discord limits', () => {
  it('passes the validator', () => {
    expect(validateCommands(json)).toEqual([]);
  });

  it('has French and English names, lowercase 1–32, descriptions ≤ 100, ≤ 25 options, unique per locale', () => {
    const seen = new Set<string>();
    for (const c of json) {
      expect(c.name_localizations?.fr).toBe(FRENCH_NAMES.get(c.name));
      const key = `${c.type ?? 1}:${c.name_localizations?.fr}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (c.type === ApplicationCommandType.Message) continue;
      for (const name of [c.name, c.name_localizations!.fr!])
        expect(name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      const chat = c as {
        description: string;
        description_localizations?: { fr?: string };
        options?: unknown[];
      };
      expect(chat.description.length).toBeLessThanOrEqual(100);
      expect(chat.description_localizations?.fr?.length ?? 0).toBeGreaterThan(0);
      expect(chat.description_localizations!.fr!.length).toBeLessThanOrEqual(100);
      expect(chat.options?.length ?? 0).toBeLessThanOrEqual(25);
      // Options are localised too: a French user sees French option names and descriptions.
      for (const o of (chat.options ?? []) as {
        name: string;
        name_localizations?: { fr?: string };
        description_localizations?: { fr?: string };
      }[]) {
        expect(o.name_localizations?.fr, `${c.name} ${o.name}`).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description_localizations?.fr?.length ?? 0, `${c.name} ${o.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('catches broken definitions', () => {
    const bad = [
      { name: 'Ask', description: 'x'.repeat(101), options: [] },
      { name: 'two', description: 'ok', name_localizations: { fr: 'deux' } },
      { name: 'other', description: 'ok', name_localizations: { fr: 'deux' } },
      {
        name: 'many',
        description: 'ok',
        options: Array.from({ length: 26 }, (_, i) => ({ name: `o${i}`, description: 'd', type: 3 })),
      },
    ];
    const problems = validateCommands(bad as never);
    expect(problems.some((p) => p.includes('"Ask"'))).toBe(true);
    expect(problems.some((p) => p.includes('description'))).toBe(true);
    expect(problems.some((p) => p.includes('also used by'))).toBe(true);
    expect(problems.some((p) => p.includes('more than 25 options'))).toBe(true);
  });
});
