// People, organisations and places: names, roles by apposition, aliases, and where each is mentioned.

import { fold } from '../text/normalize.ts';
import { firstNameGender } from './first-names.ts';
import type { Entity, EntityKind, Sentence } from './types.ts';
import {
  FEMININE_ROLE,
  INSTITUTION_HEADS,
  MEDIA_WITH_ARTICLE,
  NOT_NAME_STARTS,
  ORG_DESCRIPTORS,
  ORG_WORDS,
  PARTICLES,
  PREPOSITIONS,
  ROLE_ADJECTIVES,
  ROLE_NOUNS,
  TITLES,
} from './lexicon.ts';
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

const DEMONYM = /^\p{Lu}\p{Ll}+(?:iste|ois|oise|ais|aise|ien|ienne|ain|aine|ard|arde)$/u;
const PLACE_PREPOSITIONS = new Set(['à', 'en', 'au', 'aux', 'vers']);
const STOP_ROLE_WORDS = new Set([
  'que',
  "qu'",
  'qui',
  'a',
  'ont',
  'est',
  'sont',
  'avait',
  'aurait',
  'selon',
  'lors',
]);

export function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'x'
  );
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
    // "le Préfet de la Loire", "la Présidente de la FNSEA": a role noun capitalised as a title is no name.
    const titledRole =
      !title &&
      head !== undefined &&
      ROLE_NOUNS.has(head.lower) &&
      /^(?:le|la|l'|du|au|de)$/.test(tokens[first - 1]?.lower ?? '');
    if (!head || !isCapitalised(head.text) || (NOT_NAME_STARTS.has(head.lower) && !title) || titledRole) {
      i = Math.max(first, i + 1);
      continue;
    }
    // "le Bordelais Marc Roux": the demonym describes the person named after it.
    const following = tokens[first + 1];
    if (
      !title &&
      DEMONYM.test(head.text) &&
      /^(?:le|la|l')$/.test(tokens[first - 1]?.lower ?? '') &&
      following &&
      isCapitalised(following.text) &&
      adjacent(text, head, following)
    ) {
      i = first + 1;
      continue;
    }
    if (title && !adjacent(text, tok, head) && !/^\.? +$/.test(text.slice(tok.end, head.start))) {
      i++;
      continue;
    }
    const run = [head];
    let j = first + 1;
    // "de l'Économie Jean Martin": a name glued to an elided article stands alone.
    const elided =
      first > 0 && tokens[first - 1]!.text.endsWith("'") && tokens[first - 1]!.end === head.start;
    // "l'ADF-Nous Protégeons": a name that opens with an acronym goes on after the elision.
    while (j < tokens.length && (!elided || /^\p{Lu}{2,}-/u.test(head.text))) {
      const next = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (!adjacent(text, prev, next)) break;
      const after = tokens[j + 1];
      const particleName =
        PARTICLES.has(next.lower) &&
        after &&
        isCapitalised(after.text) &&
        !NOT_NAME_STARTS.has(after.lower) &&
        // "Julie de Claire Vasseur" (a film and its author): a first name is no surname.
        firstNameGender(after.text) === null &&
        adjacent(text, next, after);
      // "maire de Nantes Gérard Lemaire": a first name after words that are none starts a name of its own.
      const startsName =
        !title &&
        firstNameGender(next.text) !== null &&
        !run.some((t) => firstNameGender(t.text) !== null) &&
        // "Lycée Victor Hugo" is named after someone; "la CGT Paul Roux", "XV de France Luc …" are not.
        !(run.length === 1 && ORG_WORDS.has(run[0]!.lower) && run[0]!.lower !== 'france') &&
        after !== undefined &&
        isCapitalised(after.text) &&
        adjacent(text, next, after);
      if (startsName) break;
      if (isCapitalised(next.text) && !NOT_NAME_STARTS.has(next.lower)) {
        run.push(next);
        j++;
      } else if (
        particleName &&
        // "Marine Le Pen", "Robert De Niro": a capitalised particle inside a name is always part of it.
        // "François Villeroy de Galhau", "Pierre de Saintignon", "Valéry Giscard d'Estaing": a lower-case one
        // too, after a first name; "de la", "des" and "du" mostly bring a place or an institution.
        (isCapitalised(next.text) ||
          (/^(?:de|d'|van|von|der|den|da|di|del|dos|bin|ben|ibn|al|el|ter|zu)$/.test(next.lower) &&
            // "la République de Paris", "l'Agence de Lyon": a lone word that is no first name takes no particle.
            (run.length > 1 || title !== null || firstNameGender(run[0]!.text) !== null))) &&
        !isOrgRun(run)
      ) {
        run.push(next, after);
        j += 2;
      } else break;
    }
    // "le préfet du Cantal Odilon Brunet": after "de la", three names in a row are a place and a person.
    if (
      !title &&
      run.length >= 3 &&
      /^(?:de|du|des|d'|la|l')$/.test(tokens[first - 1]?.lower ?? '') &&
      run.every((t) => isCapitalised(t.text) && !isAcronym(t.text)) &&
      firstNameGender(run[0]!.text) === null &&
      !ORG_WORDS.has(run[0]!.lower)
    ) {
      runs.push({
        tokens: [run[0]!],
        start: run[0]!.start,
        end: run[0]!.end,
        title,
        titleStart: run[0]!.start,
      });
      run.shift();
    }
    runs.push({
      tokens: run,
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      title,
      titleStart: title ? tok.start : run[0]!.start,
    });
    i = j;
  }
  return runs;
}

/** A run that already names an institution ("Banque", "Conseil"): "de" goes on as its complement, not a particle. */
function isOrgRun(run: Token[]): boolean {
  return run.some((t) => ORG_WORDS.has(t.lower) || isAcronym(t.text));
}

function titleAt(text: string, tokens: Token[], i: number): string | null {
  const tok = tokens[i]!;
  const withDot = text[tok.end] === '.' ? `${tok.text}.` : tok.text;
  if (withDot in TITLES && (withDot.endsWith('.') || tok.text in TITLES))
    return withDot in TITLES ? withDot : tok.text;
  return null;
}

function classify(run: NameRun, prev: Token | undefined, prevPrev: Token | undefined): EntityKind | 'bare' {
  const lowers = run.tokens.map((t) => t.lower);
  if (run.title) return 'person';
  // "Air France", "Radio France": the country's name makes an institution only inside a longer name.
  if (lowers.some((w) => ORG_WORDS.has(w) && (w !== 'france' || lowers.length > 1))) return 'organisation';
  if (run.tokens.some((t) => isAcronym(t.text) || /^\p{Lu}{2,}-/u.test(t.text))) return 'organisation';
  const before = prev?.lower;
  if (before && PLACE_PREPOSITIONS.has(before)) return 'place';
  if (run.tokens.length === 1) {
    // "le Nordiste", "la Lyonnaise": a demonym after a determiner refers to a person.
    if (DEMONYM.test(run.tokens[0]!.text)) return 'bare';
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

function roleHeadOk(all: string[]): boolean {
  const words = all.slice(all.findIndex((w) => !ROLE_ADJECTIVES.has(w.toLowerCase())));
  const head = words[0]?.toLowerCase();
  if (!head) return false;
  if (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.split('-')[0]!) || ORG_DESCRIPTORS.has(head)) return true;
  // Agent nouns the list lacks: "hydrologue", "sinologue", "syndicaliste".
  return /^\p{Ll}{4,}(?:logue|iste|graphe|ologue|cien|cienne)$/u.test(head);
}

function isVerbLike(word: string): boolean {
  return REPORTING_VERBS.has(word) || AUXILIARIES.has(word) || STOP_ROLE_WORDS.has(word);
}

interface RoleFound {
  role: string;
  start: number;
  end: number;
  gender: Gender;
  /** "son directeur général": the role belongs to an organisation named before. */
  possessive?: boolean;
}

/** "Zamir Kaboul, le représentant spécial du président pour l'Afghanistan, …" */
function roleAfter(text: string, end: number): RoleFound | null {
  const rest = text.slice(end);
  // "Julie Armand, procureure de la République de Rennes a rappelé …": newsrooms often drop the closing comma
  // before the verb; the apposition then ends where an auxiliary opens the verb group.
  const shapes = [
    /^,\s*([^,;:«»"()]{3,160}?)\s*(?=,|\.\s*$|$|\))/u,
    /^,\s*([^,;:«»"()]{3,120}?)\s+(?=(?:a|avait|aurait|ont|avaient|est|sera|va)\s+\p{Ll})/u,
  ];
  for (const shape of shapes) {
    const m = rest.match(shape);
    if (!m) continue;
    // "la comédienne Lina Roy, le journaliste Paul Kahn et l'actrice …": the next one is someone else's.
    const phrase = m[1]!.replace(/\s+et\s+(?:le|la|l'|les)\s*.*$/su, '');
    const det = phrase.match(/^(le|la|l'|un|une)\s*/i);
    const body = det ? phrase.slice(det[0].length) : phrase;
    const words = body.split(/\s+/);
    if (!roleHeadOk(words) || words.length > 14 || words.some((w) => isVerbLike(w.toLowerCase()))) continue;
    // "…, le journaliste Paul Kahn": an apposition that names someone is that person's, not a role of ours.
    if (det && words.slice(1).some((w) => firstNameGender(w) !== null)) return null;
    // "Comme Fiona Ferro, le Nordiste, …": a capitalised demonym after a comma is someone else, not her role.
    if (det && DEMONYM.test(words[0]!)) return null;
    const start = end + m[0].indexOf(phrase);
    return { role: body, start, end: start + phrase.length, gender: genderOfRole(det?.[1], words[0]!) };
  }
  return null;
}

const ROLE_DETERMINER = /^(?:le|la|l'|son|sa|leur)$/;
// A role phrase that opens a clause and ends with a comma: "Le maire de Vienne, " / "La rapporteuse générale du budget, ".
const ROLE_OPENER = /(?:^|[.;:,\s])(le|la|l'|son|sa|leur)(?=\s|\p{L})/giu;

function leadingRole(text: string, end: number): RoleFound | null {
  // A role phrase is at most 80 characters: look no further back, whatever the sentence's length.
  const from = Math.max(0, end - 110);
  const before = text.slice(from, end);
  const tail = before.match(/,\s*$/);
  if (!tail) return null;
  const phraseEnd = end - tail[0].length;
  // The nearest determiner that opens a clean role phrase wins ("à l'AFP son avocate, " -> "son avocate").
  const openers = [...before.slice(0, phraseEnd - from).matchAll(ROLE_OPENER)].reverse();
  for (const m of openers) {
    const det = m[1]!;
    const start = from + m.index + m[0].indexOf(det);
    // "le président de la Fédération …, ": "la" after "de" opens the complement, not the role.
    if (/(?:^|\s)(?:de|à|d')\s*$/iu.test(text.slice(Math.max(0, start - 4), start))) continue;
    const phrase = text.slice(start + det.length, phraseEnd).trim();
    // "(SDIS)" may sit inside a role; other brackets and punctuation end it.
    if (phrase.length < 3 || phrase.length > 90 || /[,;:«»"]/.test(phrase.replace(/\(\p{Lu}{2,10}\)/gu, '')))
      break;
    if (/[()]/.test(phrase.replace(/\(\p{Lu}{2,10}\)/gu, ''))) break;
    const words = phrase.split(/\s+/);
    if (!roleHeadOk(words) || words.length > 10 || words.some((w) => isVerbLike(w.toLowerCase()))) continue;
    return {
      role: phrase,
      start,
      end: phraseEnd,
      gender: genderOfRole(det, words[0]!),
      possessive: /^(?:son|sa|leur)$/i.test(det),
    };
  }
  return null;
}

/** "le secrétaire d'État américain Anthony Blinken", "Le maire de Vienne, Antoine Bérard", "la rapporteuse …, la députée Jeanne Martin" */
function roleBefore(text: string, tokens: Token[], runStartIndex: number): RoleFound | null {
  const runStart = tokens[runStartIndex]?.start ?? text.length;
  if (/,\s*$/.test(text.slice(Math.max(0, runStart - 16), runStart))) return leadingRole(text, runStart);
  const taken: Token[] = [];
  for (let k = runStartIndex - 1; k >= 0 && taken.length < 10; k--) {
    const tok = tokens[k]!;
    const next = tokens[k + 1]!;
    if (/[,;:«»"()]/.test(text.slice(tok.end, next.start))) return null;
    if (ROLE_DETERMINER.test(tok.lower) && !/^(?:de|à)$/.test(tokens[k - 1]?.lower ?? '')) {
      const words = taken.map((t) => t.text);
      if (!roleHeadOk(words)) return null;
      // "le président de la Fédération …": a role that ends in "de la" is someone's who heads the name.
      if (/^(?:de|du|des|d'|la|le|l')$/i.test(words.at(-1) ?? '')) return null;
      const first = taken[0]!;
      const last = taken[taken.length - 1]!;
      const role: RoleFound = {
        role: text.slice(first.start, last.end),
        start: tok.start,
        end: last.end,
        gender: genderOfRole(tok.lower, first.text),
        possessive: /^(?:son|sa|leur)$/.test(tok.lower),
      };
      const earlier = /,\s*$/.test(text.slice(Math.max(0, tok.start - 16), tok.start))
        ? leadingRole(text, tok.start)
        : null;
      return earlier
        ? {
            ...role,
            role: `${earlier.role}, ${role.role}`,
            start: earlier.start,
            gender: earlier.gender === 'f' ? 'f' : (role.gender ?? earlier.gender),
          }
        : role;
    }
    // "le Préfet de la Loire": a role noun capitalised as a title still reads as the role.
    const okLower = (!isCapitalised(tok.text) || ROLE_NOUNS.has(tok.lower)) && !isVerbLike(tok.lower);
    const okCap = isCapitalised(tok.text) && k > 0 && /^(d'|de|du|l'|la|des)$/.test(tokens[k - 1]!.lower);
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
  // Look-ups by folded name, kept up to date as entities are named, so each mention costs one map read.
  private readonly orgs = new Map<string, EntityDraft>();
  private readonly surnames = new Map<string, EntityDraft[]>();

  get(kind: EntityKind, name: string): EntityDraft {
    const id = `${kind === 'organisation' ? 'org' : kind}:${slug(name)}`;
    let e = this.byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], role: null, mentions: [], gender: null, surname: null };
      this.byId.set(id, e);
      if (kind === 'organisation' && !this.orgs.has(fold(name))) this.orgs.set(fold(name), e);
    }
    return e;
  }

  /** An organisation already known under this name or alias ("ESA" after "Agence spatiale européenne (ESA)"). */
  orgNamed(name: string): EntityDraft | undefined {
    return this.orgs.get(fold(name));
  }

  orgAlias(org: EntityDraft, alias: string): void {
    addAlias(org, alias);
    const prior = this.orgs.get(fold(alias));
    // "l'ASN" in the headline, then "l'Autorité de sûreté nucléaire (ASN)": the acronym met first is the same body.
    if (prior && prior !== org && fold(prior.name) === fold(alias) && !prior.role) {
      this.byId.delete(prior.id);
      this.orgs.set(fold(alias), org);
      return;
    }
    if (!prior) this.orgs.set(fold(alias), org);
  }

  setSurname(person: EntityDraft, surname: string): void {
    person.surname = surname;
    const key = fold(surname);
    const list = this.surnames.get(key) ?? [];
    if (!list.includes(person)) list.push(person);
    this.surnames.set(key, list);
  }

  withSurname(name: string): EntityDraft[] {
    return this.surnames.get(fold(name)) ?? [];
  }
}

export function addAlias(e: Entity, alias: string): void {
  const a = alias.trim();
  if (a && fold(a) !== fold(e.name) && !e.aliases.some((x) => fold(x) === fold(a))) e.aliases.push(a);
}

function addMention(
  table: EntityTable,
  e: EntityDraft,
  sentenceId: number,
  start: number,
  end: number,
  governed: boolean,
): void {
  // Sentences are read in order, so a repeat can only be the last one.
  if (e.mentions[e.mentions.length - 1] !== sentenceId) e.mentions.push(sentenceId);
  table.mentions.push({
    entityId: e.id,
    sentenceId,
    start,
    end,
    governed,
  });
}

// Complements that continue an institution's name: "Haut Conseil des finances publiques", "Association des maires de France".
// "… des choix scientifiques et technologiques": adjectives, two joined by "et"; never an infinitive ("d'avoir").
const ORG_COMPLEMENT_ADJ = String.raw`\p{Ll}+(?:iques?|ales?|al|aux|elles?|el|els|aires?|iennes?|iens?|éennes?|éens?|aises?|ais|ifs?|ives?|ées?|ée|é)`;
const ORG_COMPLEMENT = new RegExp(
  String.raw`^(?:\s+(?:(?:de la|des|du|de)\s+|de l'|d')(?!(?:avoir|être|faire|ne|se)(?!\p{L}))(?:\p{Lu}[\p{L}'-]*|\p{Ll}{3,})(?:\s+${ORG_COMPLEMENT_ADJ}(?:\s+et\s+${ORG_COMPLEMENT_ADJ})?)?){1,3}(?=\s|[,.;:!?»)]|$)`,
  'u',
);
// "Agence spatiale européenne (ESA)": the acronym in brackets is another name for it.
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}[\p{L}\d]{1,9})\)/u;

// Nationalities too ("le Parlement allemand", "le gouvernement marocain"), never a time ("demain", "prochain").
const ORG_ADJECTIVE =
  /^\s+(?!(?:demain|prochaine?s?|lendemain|soir|matin)(?=\s|[,.;:!?»)]|$))\p{Ll}+(?:iques?|ales?|al|aux|elles?|el|els|aires?|iennes?|iens?|éennes?|éens?|aises?|ais|ifs?|ives?|ées?|ée|é)(?=\s|[,.;:!?»)]|$)|^\s+(?:allemand|américain|marocain|africain|mexicain|cubain|chinois|suédois|danois|québécois|hongrois|polonais|russe|belge|suisse|grec|turc)(?:e?s?)(?=\s|[,.;:!?»)]|$)/u;

function orgEnd(text: string, end: number): number {
  let pos = end;
  // "Agence spatiale européenne": up to three adjectives in a row.
  for (let n = 0; n < 3; n++) {
    const adjective = text.slice(pos).match(ORG_ADJECTIVE);
    if (!adjective) break;
    pos += adjective[0].length;
  }
  // "Hospices civils de Lyon": any adjective that a proper complement follows.
  const bridged = text.slice(pos).match(/^\s+\p{Ll}{3,}(?=\s+(?:de la|de l'|des|du|de|d')\s*\p{Lu})/u);
  if (pos === end && bridged) pos += bridged[0].length;
  const complement = text.slice(pos).match(ORG_COMPLEMENT);
  if (complement && !/\s(?:a|est|sont|ont)$/.test(complement[0])) pos += complement[0].length;
  return pos;
}

interface Named {
  /** Determiner before the name ("le Centre…" -> "le"), to say "président du Centre…". */
  determiner?: string;
  /** "(ESA)" after the name. */
  acronym?: string;
  kind: EntityKind | 'bare';
  name: string;
  start: number;
  end: number;
  title: string | null;
  tokenIndex: number;
  prev: Token | undefined;
  /** After a preposition, directly or through an article ("de la SNCF"): not a subject. */
  governed: boolean;
  tokens: Token[];
  roles: RoleFound[];
}

const ARTICLES = /^(?:le|la|les|l')$/;

function governedAt(tokens: Token[], index: number): boolean {
  const prev = tokens[index - 1];
  if (!prev) return false;
  if (PREPOSITIONS.has(prev.lower)) return true;
  return ARTICLES.test(prev.lower) && PREPOSITIONS.has(tokens[index - 2]?.lower ?? '');
}

/** Names in one sentence, classified, with institution names completed and roles attached. */
function namesIn(text: string, tokens: Token[]): Named[] {
  const out: Named[] = [];
  // "le ministère de la Santé", "la préfecture de l'Isère": an institution named by a common noun.
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (!INSTITUTION_HEADS.has(t.lower) || !/^(?:le|la|l'|du|au|de)$/.test(tokens[i - 1]!.lower)) continue;
    const tail = text
      .slice(t.end)
      .match(/^\s+(?:de la|de l'|des|du|de|d')\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/u);
    if (!tail) continue;
    const end = orgEnd(text, t.end + tail[0].length);
    out.push({
      kind: 'organisation',
      name: text.slice(t.start, end),
      start: t.start,
      end,
      title: null,
      tokenIndex: i,
      prev: tokens[i - 1],
      governed: governedAt(tokens, i),
      tokens: [t],
      roles: [],
    });
  }
  for (const m of text.matchAll(MEDIA_WITH_ARTICLE)) {
    // "du Parisien" -> "Le Parisien": the paper's own name, whatever preposition the sentence glued to it.
    const name = m[0]
      .replace(/^(?:le|du|au)\s+/i, 'Le ')
      .replace(/^(?:la|de la|à la)\s+/i, 'La ')
      .replace(/^(?:les|des|aux)\s+/i, 'Les ')
      .replace(/^(?:l'|de l'|à l')/i, "L'");
    const end = m.index + m[0].length;
    const inside = tokens.filter((t) => t.start >= m.index && t.end <= end);
    const index = tokens.indexOf(inside[0]!);
    out.push({
      kind: 'organisation',
      name,
      start: m.index,
      end,
      title: null,
      tokenIndex: index,
      prev: tokens[index - 1],
      governed: /^(?:du|au|de|à|des|aux)\s/i.test(m[0]) || governedAt(tokens, index),
      tokens: inside.filter((t) => !/^(?:le|la|les|l'|du|au|de|à|des|aux)$/.test(t.lower)),
      roles: [],
    });
  }
  for (const run of nameRuns(text, tokens)) {
    if (out.some((n) => run.start < n.end && run.end > n.start)) continue;
    const ti = tokens.indexOf(run.tokens[0]!);
    const prev = tokens[run.title ? ti - 2 : ti - 1];
    let kind = classify(run, prev, tokens[run.title ? ti - 3 : ti - 2]);
    const demonym = tokens[ti - 1] && DEMONYM.test(tokens[ti - 1]!.text) ? tokens[ti - 1]! : null;
    const before: RoleFound | null = demonym
      ? {
          role: demonym.text,
          start: demonym.start,
          end: demonym.end,
          gender: genderOfRole(tokens[ti - 2]?.lower, demonym.text),
        }
      : roleBefore(text, tokens, ti - (run.title ? 1 : 0));
    const after = roleAfter(text, run.end);
    // "les laboratoires Berlin", "les éditions Dumont": a plural descriptor, which roleBefore does not read.
    const descriptor =
      /^(?:les|des|aux)$/.test(tokens[ti - 2]?.lower ?? '') &&
      ORG_DESCRIPTORS.has(tokens[ti - 1]?.lower ?? '')
        ? tokens[ti - 1]!.lower
        : undefined;
    const head = before?.role.split(/\s+/)[0]!.toLowerCase() ?? descriptor;
    // "le constructeur Northwind Energy", "l'association Anticor": the noun before says it is an organisation.
    if (
      (kind === 'person' || kind === 'bare') &&
      head &&
      ORG_DESCRIPTORS.has(head) &&
      firstNameGender(run.tokens[0]!.text) === null
    )
      kind = 'organisation';
    let end = run.end;
    if (kind === 'organisation') end = orgEnd(text, run.end);
    const acronym = kind === 'organisation' ? text.slice(end).match(BRACKETED_ACRONYM) : null;
    const determiner = prev && /^(?:le|la|l'|les)$/.test(prev.lower) ? prev.lower : undefined;
    const name =
      kind === 'organisation' ? text.slice(run.start, end) : run.tokens.map((t) => t.text).join(' ');
    // "Luc Morin (Lyon)", "Jean Dupont (LR)": the club or party in brackets after a person's name.
    const bracket =
      kind === 'person' ? text.slice(run.end).match(/^\s*\((\p{Lu}[\p{L}\d'’ -]{1,30})\)/u) : null;
    const affiliation: RoleFound | null = bracket
      ? {
          role: bracket[1]!,
          start: run.end + bracket[0].indexOf('(') + 1,
          end: run.end + bracket[0].length - 1,
          gender: null,
        }
      : null;
    const roles = [
      kind === 'organisation' && end !== run.end ? roleAfter(text, end) : after,
      before,
      affiliation,
    ].filter((r): r is RoleFound => !!r);
    out.push({
      kind,
      name,
      acronym: acronym?.[1],
      determiner,
      start: run.titleStart,
      end,
      title: run.title,
      tokenIndex: ti,
      prev,
      governed: governedAt(tokens, run.title ? ti - 1 : ti),
      tokens: run.tokens,
      roles,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Two passes: full names first (so "M. Blinken" later finds "Anthony Blinken"), then titles, surnames and places.
 * Close names ("Jean Martin", "Jeanne Martin") stay apart: only exact full names merge.
 */
export function extractEntities(sentences: Sentence[], aliasGroups: string[][] = []): EntityTable {
  const reg = new Registry();
  const table: EntityTable = { entities: [], mentions: [], appositions: [] };
  const parsed = sentences.map((s) => ({ s, names: namesIn(s.text, tokenize(s.text)) }));
  let lastOrg: { name: string; determiner?: string } | null = null;
  const attachRoles = (e: EntityDraft, n: Named, sentenceId: number) => {
    for (const r of n.roles) {
      const role = r.possessive && lastOrg ? ownedRole(r.role, lastOrg.name, lastOrg.determiner) : r.role;
      e.role ??= role;
      addAlias(e, role);
      if (role !== r.role) addAlias(e, r.role);
      // A feminine role says more than a masculine one ("la directrice …, le colonel Sandrine Aubert").
      if (r.gender === 'f' || !e.gender) e.gender = r.gender ?? e.gender;
      table.appositions.push({ entityId: e.id, sentenceId, start: r.start, end: r.end });
    }
  };

  // Pass 1: multi-word names, titled names, organisations.
  for (const { s, names } of parsed) {
    for (const n of names) {
      if (n.kind === 'organisation') {
        const org = reg.orgNamed(n.name) ?? reg.get('organisation', n.name);
        if (n.acronym) reg.orgAlias(org, n.acronym);
        attachRoles(org, n, s.id);
        lastOrg = { name: org.name, determiner: n.determiner };
      }
      if (n.kind !== 'person' || n.tokens.length === 1) continue; // titled surnames wait for pass 2
      const e = reg.get('person', n.name);
      reg.setSurname(e, surnameOf(n.tokens));
      e.gender ??= firstNameGender(n.tokens[0]!.text);
      if (n.title) {
        e.gender = TITLES[n.title] ?? e.gender;
        addAlias(e, `${n.title} ${e.surname}`);
      }
      attachRoles(e, n, s.id);
    }
  }

  // Pass 2: every mention, linking titles and surnames to the people of pass 1.
  for (const { s, names } of parsed) {
    for (const n of names) {
      // "Le Pen a dit", read as "le" + a lone name: the person whose surname is "Le Pen".
      const particled =
        n.prev && n.tokens.length === 1 && /^(?:Le|La|De|Du)$/.test(n.prev.text)
          ? reg.withSurname(`${n.prev.text} ${n.name}`)
          : [];
      if (particled.length) {
        addMention(table, particled.at(-1)!, s.id, n.prev!.start, n.end, n.governed);
        continue;
      }
      if (n.kind === 'organisation') {
        addMention(
          table,
          reg.orgNamed(n.name) ?? reg.get('organisation', n.name),
          s.id,
          n.start,
          n.end,
          n.governed,
        );
        continue;
      }
      if (n.kind === 'person' && n.tokens.length > 1) {
        addMention(table, reg.get('person', n.name), s.id, n.start, n.end, n.governed);
        continue;
      }
      // "Le Pen a dit": the capitalised particle before a bare surname belongs to it.
      const particle =
        n.prev && PARTICLES.has(n.prev.lower) && isCapitalised(n.prev.text) ? n.prev.text : null;
      const withParticle = particle ? reg.withSurname(`${particle} ${n.name}`) : [];
      const sameSurname = withParticle.length ? withParticle : reg.withSurname(n.name);
      if (n.kind === 'person') {
        // "M. Kaboul": a titled surname is a person even when a city has the same name.
        const gender = TITLES[n.title!] ?? null;
        const match = sameSurname.find((p) => !gender || !p.gender || p.gender === gender) ?? null;
        const e = match ?? reg.get('person', `${n.title} ${n.name}`);
        if (!match) {
          reg.setSurname(e, n.name);
          e.gender = gender;
          attachRoles(e, n, s.id);
        }
        e.gender ??= gender;
        addAlias(e, `${n.title} ${e.surname}`);
        addMention(table, e, s.id, n.start, n.end, n.governed);
      } else if (n.kind === 'place') {
        addMention(table, reg.get('place', n.name), s.id, n.start, n.end, n.governed);
      } else if (sameSurname.length > 0 && !(n.prev && PLACE_PREPOSITIONS.has(n.prev.lower))) {
        // A bare surname refers to the person mentioned last among those who bear it.
        const e = sameSurname.reduce((a, b) =>
          (a.mentions.at(-1) ?? -1) >= (b.mentions.at(-1) ?? -1) ? a : b,
        );
        addMention(table, e, s.id, n.start, n.end, n.governed);
      } else if (
        n.tokens.length === 1 &&
        firstNameGender(n.name) !== null &&
        !(
          n.prev && /^(?:le|la|les|l'|un|une|de|du|des|d'|à|au|en|sur|vers|saint|sainte)$/i.test(n.prev.lower)
        )
      ) {
        // "Marc*, chef de chantier, …", "Karim se défend": witnesses and defendants go by a first name alone.
        const e = reg.get('person', n.name);
        e.gender ??= firstNameGender(n.name);
        attachRoles(e, n, s.id);
        addMention(table, e, s.id, n.start, n.end, n.governed);
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

/** "directeur général" of "direction des Hospices civils de Lyon" -> "directeur général des Hospices civils de Lyon". */
function ownedRole(role: string, org: string, determiner?: string): string {
  const owner = org.replace(/^(?:direction|présidence|administration)\s+(?=d[eu']|des\s)/i, '');
  if (/^(?:d[eu']|des)\s/i.test(owner)) return `${role} ${owner}`;
  const of =
    determiner === 'le'
      ? 'du '
      : determiner === 'la'
        ? 'de la '
        : determiner === 'les'
          ? 'des '
          : /^[aeiouyéèêh]/i.test(owner)
            ? "d'"
            : 'de ';
  return `${role} ${of}${owner}`;
}

/** Curated synonyms (data/aliases.json): "EI" also answers to "État islamique" and "Isis". */
export function applyAliasGroups(e: Entity, groups: string[][]): void {
  const names = [e.name, ...e.aliases].map(fold);
  for (const group of groups) {
    if (group.some((g) => names.includes(fold(g)))) group.forEach((g) => addAlias(e, g));
  }
}
