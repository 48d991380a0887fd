// Where the project's data files are, and the small ones every engine reads (aliases, glossary, synonyms, verb
// classes). Apart from load.ts so that a process can find and read them without loading the indexer
// (src/default-engine.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './root.ts';
import type { EngineOptions } from './search/engine.ts';

/** The project root (package.json, data/), from src/ with tsx or from dist/src/ as compiled JavaScript. */
export const ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_ARTICLE = join(ROOT, 'data', 'article.txt');
export const ALIASES_FILE = join(ROOT, 'data', 'aliases.json');
const GLOSSARY_FILE = join(ROOT, 'data', 'glossary.json');
const SYNONYMS_FILE = join(ROOT, 'data', 'synonyms.json');
const VERB_CLASSES_FILE = join(ROOT, 'data', 'verb-classes.json');

function readJson<T>(path: string, fallback: T): T {
  if (!existsSync(path)) return fallback;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readAliasGroups(): string[][] {
  return readJson<{ groups?: string[][] }>(ALIASES_FILE, {}).groups ?? [];
}

export function readGlossary(): Record<string, string[]> {
  return readJson<{ entries?: Record<string, string[]> }>(GLOSSARY_FILE, {}).entries ?? {};
}

export function readSynonyms(): string[][] {
  return readJson<{ groups?: string[][] }>(SYNONYMS_FILE, {}).groups ?? [];
}

export function readVerbClasses(): NonNullable<EngineOptions['verbClasses']> {
  return (
    readJson<{ classes?: NonNullable<EngineOptions['verbClasses']> }>(VERB_CLASSES_FILE, {}).classes ?? {}
  );
}

let options: EngineOptions | null = null;
/** The data files, read once per process: every engine built here shares them. */
export function engineOptions(): EngineOptions {
  options ??= { glossary: readGlossary(), synonyms: readSynonyms(), verbClasses: readVerbClasses() };
  return options;
}
