// Check command JSON against Discord's rules before it is sent, so `npm run deploy` fails here, not with a 400.
import { ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from '#discord.js';
import { COMMAND_NAME_PATTERN, LIMITS } from './limits.ts';

type Json = RESTPostAPIApplicationCommandsJSONBody;
interface OptionJson {
  name: string;
  description: string;
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
  options?: OptionJson[];
  choices?: unknown[];
}

export function validateCommands(commands: readonly Json[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const c of commands) {
    const type = c.type ?? ApplicationCommandType.ChatInput;
    const chat = type === ApplicationCommandType.ChatInput;
    for (const [locale, name] of [['default', c.name], ...Object.entries(c.name_localizations ?? {})] as [
      string,
      string | null,
    ][]) {
      if (!name) continue;
      if (chat ? !COMMAND_NAME_PATTERN.test(name) : name.length < 1 || name.length > LIMITS.commandName)
        problems.push(
          `/${c.name}: ${locale} name "${name}" must be 1–32 ${chat ? 'lowercase ' : ''}characters`,
        );
      // Two commands of the same type may not share a name in any locale.
      const key = `${type}:${locale === 'default' ? '' : locale}:${name}`;
      const other = seen.get(key);
      if (other && other !== c.name)
        problems.push(`/${c.name}: ${locale} name "${name}" also used by /${other}`);
      seen.set(key, c.name);
    }
    if (chat) {
      const json = c as unknown as OptionJson;
      checkDescriptions(json, `/${c.name}`, problems);
      checkOptions(json.options ?? [], `/${c.name}`, problems);
    }
  }
  return problems;
}

function checkDescriptions(o: OptionJson, where: string, problems: string[]): void {
  const all = [['default', o.description], ...Object.entries(o.description_localizations ?? {})] as [
    string,
    string | null,
  ][];
  for (const [locale, d] of all) {
    if (d === null) continue;
    if (d.length < 1 || d.length > LIMITS.commandDescription)
      problems.push(`${where}: ${locale} description must be 1–100 characters (has ${d.length})`);
  }
}

function checkOptions(options: readonly OptionJson[], where: string, problems: string[]): void {
  if (options.length > LIMITS.commandOptions) problems.push(`${where}: more than 25 options`);
  const names = new Set<string>();
  for (const o of options) {
    const at = `${where} ${o.name}`;
    for (const [locale, n] of [['default', o.name], ...Object.entries(o.name_localizations ?? {})] as [
      string,
      string | null,
    ][]) {
      if (n === null) continue;
      if (!COMMAND_NAME_PATTERN.test(n))
        problems.push(`${at}: ${locale} option name "${n}" must be 1–32 lowercase`);
      const key = `${locale}:${n}`;
      if (names.has(key)) problems.push(`${at}: ${locale} option name "${n}" is used twice`);
      names.add(key);
    }
    checkDescriptions(o, at, problems);
    if ((o.choices?.length ?? 0) > LIMITS.choices) problems.push(`${at}: more than 25 choices`);
    if (o.options) checkOptions(o.options, at, problems);
  }
}
