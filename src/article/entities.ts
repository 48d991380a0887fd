// People, organisations and places: names, roles by apposition, aliases, and where each is mentioned.

import { fold } from '../text/normalize.ts';
import type { Entity, EntityKind, Sentence } from './types.ts';
import { NOT_NAME_STARTS, ORG_WORDS, PARTICLES, ROLE_NOUNS, TITLES, FEMININE_ROLE } from './lexicon.ts';
import { REPORTING_VERBS, AUXILIARIES } from './verbs.ts';
import { tokenize, isCapitalised, isAcronym, adjacent, type Token } from './tokens.ts';

export type Gender = 'm' | 'f' | null;

export interface EntityDraft extends Entity {
  gender: Gender;
  surname: string | null;
}

export interface Mention {
  entityId: string;
  sentenceId: number;
  start: number;
  end: number;
  /** The mention sits right after a preposition ("de M. Kaboul", "à la BBC"): not a subject. */
  governed: boolean;
}

/** A role phrase attached to an entity in one sentence, so a subject search can map it back. */
export interface Apposition {
  entityId: string;
  sentenceId: number;
  start: number;
  end: number;
}

export interface EntityTable {
  entities: EntityDraft[];
  mentions: Mention[];
  appositions: Apposition[];
}

const PLACE_PREPOSITIONS = new Set(['à', 'en', 'au', 'aux', 'vers']);
const GOVERNING = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'avec', 'pour', 'par', 'contre', 'sur', 'chez', 'vers', 'en', 'dans', 'entre', 'sans', 'sous', 'malgré', 'auprès']);
const STOP_ROLE_WORDS = new Set(['que', "qu'", 'qui', 'a', 'ont', 'est', 'sont', 'avait', 'aurait', 'selon', 'lors']);

export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
}

interface NameRun {
  tokens: Token[];
  start: number;
  end: number;
  title: string | null;
  titleStart: number;
}

/** Runs of capitalised words ("Anthony Blinken", "Russian International Affairs Council"), with any title before. */
function nameRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    const title = titleAt(text, tokens, i);
    const first = title ? i + 1 : i;
    const head = tokens[first];
    if (!head || !isCapitalised(head.text) || (NOT_NAME_STARTS.has(head.lower) && !title)) {
      i = Math.max(first, i + 1);
      continue;
    }
    if (title && !adjacent(text, tok, head) && !/^\.? +$/.test(text.slice(tok.end, head.start))) {
      i++;
      continue;
    }
    const run = [head];
    let j = first + 1;
    while (j < tokens.length) {
      const next = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (!adjacent(text, prev, next)) break;
      if (isCapitalised(next.text) && !NOT_NAME_STARTS.has(next.lower)) {
        run.push(next);
        j++;
      } else if (PARTICLES.has(next.lower) && tokens[j + 1] && isCapitalised(tokens[j + 1]!.text) && adjacent(text, next, tokens[j + 1]!) && run.length >= 1 && !/^(la|le|de|du|des)$/.test(next.lower)) {
        run.push(next, tokens[j + 1]!);
        j += 2;
      } else break;
    }
    runs.push({ tokens: run, start: run[0]!.start, end: run[run.length - 1]!.end, title, titleStart: title ? tok.start : run[0]!.start });
    i = j;
  }
  return runs;
}

function titleAt(text: string, tokens: Token[], i: number): string | null {
  const tok = tokens[i]!;
  const withDot = text[tok.end] === '.' ? `${tok.text}.` : tok.text;
  if (withDot in TITLES && (withDot.endsWith('.') || tok.text in TITLES)) return withDot in TITLES ? withDot : tok.text;
  return null;
}

function classify(run: NameRun, prev: Token | undefined, prevPrev: Token | undefined): EntityKind | 'bare' {
  const lowers = run.tokens.map((t) => t.lower);
  if (run.title) return 'person';
  if (lowers.some((w) => ORG_WORDS.has(w))) return 'organisation';
  if (run.tokens.length === 1 && isAcronym(run.tokens[0]!.text)) return 'organisation';
  const before = prev?.lower;
  if (before && PLACE_PREPOSITIONS.has(before)) return 'place';
  if (run.tokens.length === 1) {
    // "le Kremlin": a determiner before a lone name makes it an institution.
    if ((before === 'le' || before === 'la') && prevPrev?.lower !== 'de') return 'organisation';
    if (before === "l'") return 'place';
    return 'bare';
  }
  return 'person';
}

function surnameOf(tokens: Token[]): string {
  // "Charles de Gaulle" -> "de Gaulle"; "Anthony Blinken" -> "Blinken".
  let k = tokens.length - 1;
  while (k > 1 && PARTICLES.has(tokens[k - 1]!.lower)) k--;
  return tokens
    .slice(k)
    .map((t) => t.text)
    .join(' ');
}

function roleHeadOk(words: string[]): boolean {
  const head = words[0]?.toLowerCase();
  if (!head) return false;
  return ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.split('-')[0]!);
}

function isVerbLike(word: string): boolean {
  return REPORTING_VERBS.has(word) || AUXILIARIES.includes(word) || STOP_ROLE_WORDS.has(word);
}

interface RoleFound {
  role: string;
  start: number;
  end: number;
  gender: Gender;
}

/** "Zamir Kaboul, le représentant spécial du président pour l'Afghanistan, …" */
function roleAfter(text: string, end: number): RoleFound | null {
  const m = text.slice(end).match(/^,\s*([^,;:«»"()]{3,160}?)\s*(?=,|\.\s*$|$|\))/u);
  if (!m) return null;
  const phrase = m[1]!;
  const det = phrase.match(/^(le|la|l'|un|une)\s*/i);
  const body = det ? phrase.slice(det[0].length) : phrase;
  const words = body.split(/\s+/);
  if (!roleHeadOk(words) || words.length > 14 || words.some((w) => isVerbLike(w.toLowerCase()))) return null;
  const start = end + m[0].indexOf(phrase);
  return { role: body, start, end: start + phrase.length, gender: genderOfRole(det?.[1], words[0]!) };
}

/** "le secrétaire d'État américain Anthony Blinken" */
function roleBefore(text: string, tokens: Token[], runStartIndex: number): RoleFound | null {
  const taken: Token[] = [];
  for (let k = runStartIndex - 1; k >= 0 && taken.length < 10; k--) {
    const tok = tokens[k]!;
    const next = tokens[k + 1]!;
    if (/[,;:«»"()]/.test(text.slice(tok.end, next.start))) return null;
    if (/^(le|la|l')$/.test(tok.lower)) {
      const words = taken.map((t) => t.text);
      if (!roleHeadOk(words)) return null;
      const first = taken[0]!;
      const last = taken[taken.length - 1]!;
      return { role: text.slice(first.start, last.end), start: tok.start, end: last.end, gender: genderOfRole(tok.lower, first.text) };
    }
    const okLower = !isCapitalised(tok.text) && !isVerbLike(tok.lower);
    const okCap = isCapitalised(tok.text) && k > 0 && /^(d'|de|du|l')$/.test(tokens[k - 1]!.lower);
    if (!okLower && !okCap) return null;
    taken.unshift(tok);
  }
  return null;
}

function genderOfRole(det: string | undefined, head: string): Gender {
  if (det?.toLowerCase() === 'la') return 'f';
  if (det?.toLowerCase() === 'le') return 'm';
  const h = head.toLowerCase();
  if (/(?:rice|euse|ienne|ère|esse|ante|ente|cheffe|reine)$/.test(h) && FEMININE_ROLE.test(h)) return 'f';
  return null;
}

class Registry {
  readonly byId = new Map<string, EntityDraft>();

  get(kind: EntityKind, name: string): EntityDraft {
    const id = `${kind === 'organisation' ? 'org' : kind}:${slug(name)}`;
    let e = this.byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], role: null, mentions: [], gender: null, surname: null };
      this.byId.set(id, e);
    }
    return e;
  }

  persons(): EntityDraft[] {
    return [...this.byId.values()].filter((e) => e.kind === 'person');
  }
}

export function addAlias(e: Entity, alias: string): void {
  const a = alias.trim();
  if (a && fold(a) !== fold(e.name) && !e.aliases.some((x) => fold(x) === fold(a))) e.aliases.push(a);
}

function addMention(table: EntityTable, e: EntityDraft, sentenceId: number, start: number, end: number, prev: Token | undefined): void {
  if (!e.mentions.includes(sentenceId)) e.mentions.push(sentenceId);
  table.mentions.push({ entityId: e.id, sentenceId, start, end, governed: !!prev && GOVERNING.has(prev.lower) });
}

/**
 * Two passes: full names first (so "M. Blinken" later finds "Anthony Blinken"), then titles, surnames and places.
 * Close names ("Jean Martin", "Jeanne Martin") stay apart: only exact full names merge.
 */
export function extractEntities(sentences: Sentence[], aliasGroups: string[][] = []): EntityTable {
  const reg = new Registry();
  const table: EntityTable = { entities: [], mentions: [], appositions: [] };
  const parsed = sentences.map((s) => {
    const tokens = tokenize(s.text);
    return { s, tokens, runs: nameRuns(s.text, tokens) };
  });
  const indexOfToken = (tokens: Token[], t: Token) => tokens.indexOf(t);

  // Pass 1: multi-word names, titled names, organisations.
  for (const { s, tokens, runs } of parsed) {
    for (const run of runs) {
      const ti = indexOfToken(tokens, run.tokens[0]!);
      const prev = tokens[run.title ? ti - 2 : ti - 1];
      const kind = classify(run, prev, tokens[run.title ? ti - 3 : ti - 2]);
      if (kind !== 'person' && kind !== 'organisation') continue;
      const name = run.tokens.map((t) => t.text).join(' ');
      if (kind === 'person' && run.tokens.length === 1) continue; // titled surname: pass 2
      const e = reg.get(kind, name);
      if (kind === 'person') {
        e.surname = surnameOf(run.tokens);
        if (run.title) {
          e.gender = TITLES[run.title] ?? e.gender;
          addAlias(e, `${run.title} ${e.surname}`);
        }
      }
      const after = roleAfter(s.text, run.end);
      const before = roleBefore(s.text, tokens, ti - (run.title ? 1 : 0));
      for (const r of [after, before]) {
        if (!r) continue;
        e.role ??= r.role;
        addAlias(e, r.role);
        e.gender ??= r.gender;
        table.appositions.push({ entityId: e.id, sentenceId: s.id, start: r.start, end: r.end });
      }
    }
  }

  // Pass 2: every mention, linking titles and surnames to the people of pass 1.
  for (const { s, tokens, runs } of parsed) {
    for (const run of runs) {
      const ti = indexOfToken(tokens, run.tokens[0]!);
      const prev = tokens[run.title ? ti - 2 : ti - 1];
      const kind = classify(run, prev, tokens[run.title ? ti - 3 : ti - 2]);
      const name = run.tokens.map((t) => t.text).join(' ');
      const start = run.titleStart;
      if ((kind === 'person' && run.tokens.length > 1) || kind === 'organisation') {
        addMention(table, reg.get(kind, name), s.id, start, run.end, prev);
        continue;
      }
      const sameSurname = reg.persons().filter((p) => p.surname && fold(p.surname) === fold(name));
      if (kind === 'person') {
        // "M. Kaboul": a titled surname is a person even when a city has the same name.
        const gender = TITLES[run.title!] ?? null;
        const match = sameSurname.find((p) => !gender || !p.gender || p.gender === gender) ?? null;
        const e = match ?? reg.get('person', name);
        if (!match) {
          e.surname = name;
          e.gender = gender;
          addAlias(e, `${run.title} ${name}`);
          const after = roleAfter(s.text, run.end);
          if (after) {
            e.role ??= after.role;
            addAlias(e, after.role);
            table.appositions.push({ entityId: e.id, sentenceId: s.id, start: after.start, end: after.end });
          }
        } else {
          addAlias(e, `${run.title} ${e.surname}`);
          e.gender ??= gender;
        }
        addMention(table, e, s.id, start, run.end, prev);
      } else if (kind === 'place') {
        addMention(table, reg.get('place', name), s.id, start, run.end, prev);
      } else if (sameSurname.length > 0 && !(prev && GOVERNING.has(prev.lower) && PLACE_PREPOSITIONS.has(prev.lower))) {
        // A bare surname refers to the person mentioned last among those who bear it.
        const e = sameSurname.reduce((a, b) => (Math.max(...a.mentions, -1) >= Math.max(...b.mentions, -1) ? a : b));
        addMention(table, e, s.id, start, run.end, prev);
      }
    }
  }

  for (const e of reg.byId.values()) {
    if (e.kind === 'person' && e.surname && fold(e.surname) !== fold(e.name)) addAlias(e, e.surname);
    applyAliasGroups(e, aliasGroups);
  }
  table.entities = [...reg.byId.values()];
  return table;
}

/** Curated synonyms (data/aliases.json): "EI" also answers to "État islamique" and "Isis". */
export function applyAliasGroups(e: Entity, groups: string[][]): void {
  const names = [e.name, ...e.aliases].map(fold);
  for (const group of groups) {
    if (group.some((g) => names.includes(fold(g)))) group.forEach((g) => addAlias(e, g));
  }
}
