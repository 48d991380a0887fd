import { describe, expect, it } from 'vitest';
import { ApplicationCommandType } from 'discord.js';
import { checkCommandModule, loadCommands } from '../../src/discord/loader.ts';
import { commandsJSON } from '../../src/discord/deploy.ts';
import { validateCommands } from '../../src/discord/validate.ts';

const commands = await loadCommands();
const json = commandsJSON(commands);

describe('command loader', () => {
  it('finds every command file, each with data and execute', () => {
    expect([...commands.keys()].sort()).toEqual(
      [
        'article',
        'ask',
        'help',
        'said',
        'search',
        'Search the article',
        'speakers',
        'timeline',
        'when',
        'who',
      ].sort(),
    );
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
    const french = new Map([
      ['ask', 'question'],
      ['who', 'qui'],
      ['said', 'propos'],
      ['when', 'quand'],
      ['search', 'chercher'],
      ['speakers', 'intervenants'],
      ['timeline', 'chronologie'],
      ['article', 'article'],
      ['help', 'aide'],
      ['Search the article', "Chercher dans l'article"],
    ]);
    const seen = new Set<string>();
    for (const c of json) {
      expect(c.name_localizations?.fr).toBe(french.get(c.name));
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
