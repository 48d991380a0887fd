// Who said what: reporting verbs, their speakers (names, titles, pronouns, groups), content, time, audience.

import { fold } from '../text/normalize.ts';
import { findAnchors, INSERTS, type Anchor } from './anchors.ts';
import { attributionPatterns } from './attribution-patterns.ts';
import { AUDIENCE_RE, INTERVIEW_RE, isPlace } from './audience.ts';
import { guessTense, pickTime, tidy } from './content.ts';
import { insideAny, type Context, type Resolved } from './context.ts';
import { addAlias, slug, type EntityDraft, type EntityTable, type Mention } from './entities.ts';
import { makeEvent } from './events.ts';
import { splitIncises } from './incises.ts';
import { DETERMINERS, ORG_ANAPHORS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS } from './lexicon.ts';
import {
  isSourcePhrase,
  PARTICIPANT_NOUNS,
  genderAgrees,
  roleFit,
  titleRole,
  roleName,
  rolePhrase,
  type RolePhrase,
} from './references.ts';
import { quoteSpans, type Span } from './segment.ts';
import { findTimes, resolveTime, type TimeMatch } from './time.ts';
import { isCapitalised, tokenize } from './tokens.ts';
import type { ArticleMeta, Sentence, Statement, StatementKind, TimedEvent } from './types.ts';
import { AUXILIARIES, CLAUSE_LEMMAS, REPORTING_VERBS, TAIL_ONLY_LEMMAS } from './verbs.ts';

const GENERIC_ORG_ANAPHORS = new Set([
  'association',
  'ong',
  'collectif',
  'société',
  'groupe',
  'entreprise',
  'constructeur',
  'firme',
  'fabricant',
]);
/** Words between an inverted verb and its subject: "ajoute quant à lui le parquet", "a précisé pour sa part X". */
const POST_VERB_INSERT =
  /^\s*(?:quant à (?:lui|elle|eux|elles)|pour (?:sa|leur) part|de (?:son|leur) côté|à (?:son|leur) tour|(?:lui|elle|eux|elles)[- ]aussi|également|aussi|encore|en effet|effectivement|alors|ensuite|enfin|toutefois|pourtant|cependant|néanmoins|déjà|d'ailleurs|notamment|plus tard|peu après|aussitôt|immédiatement|sobrement|simplement)(?=[\s,])\s*,?/u;
/** Sources that are documents: who speaks is their author, or, for polls and studies, the document itself. */
const COMMUNICATION_NOUNS = new Set(
  `communiqué déclaration lettre courrier message tweet note texte publication post courriel mail informations
  chiffres données statistiques`.split(/\s+/),
);
const DOCUMENT_SOURCE =
  /^(?:(?:un|une|le|la|les|des|ce|cette|ces|son|sa|ses|leur|leurs|dernier|dernière|nouveau|nouvelle|premier|première)\s+)*(?:l')?(communiqué|déclaration|lettre|courrier|message|tweet|note|texte|publication|post|courriel|mail|informations|chiffres|données|statistiques|sondage|étude|rapport|enquête|bilan|baromètre)(?!\p{L})\s*(.*)$/iu;
const LINKING_ADVERBIAL =
  /^\s*(?:de (?:son|leur) côté|pour (?:sa|leur) part|quant à (?:lui|elle|eux|elles)|par ailleurs|en outre|de plus|ainsi|enfin|toutefois|pourtant|cependant|néanmoins|en revanche|pour autant|dans le même temps|au même moment|d'ailleurs|or|mais|et)\s*,?\s+/iu;
const SUBORDINATE_OPENING =
  /^(?:alors qu|tandis qu|lorsqu|quand\s|si\s|bien qu|après qu|avant qu|puisqu|même si\s)/iu;
const CLEFT = /^c['’]est\s+(?:ce|l['’]|la|le|les|un|une|cet|cette)\s*[^,;:«»"]{0,40}?\s*qu['’]$/iu;
const CLEFT_MANNER = /^c['’]est\s+(?:ainsi|en ces termes|de cette (?:façon|manière))\s+qu(?:e\s|['’])/iu;
const CHANNEL_LEAD =
  /^(?:dans|lors d['’]|sur|au cours d['’])\s*(?:un|une|son|sa|le|la|l['’]|ce|cette)\s*(?:interview|entretien|communiqué|déclaration|lettre|message|tweet|vidéo|point presse|point de presse|conférence de presse)[^«»"“”.;]{0,80}?\s+(?=(?:que\s|qu['’]))/iu;
const DOCUMENT_CUE = /\b(?:communiqué|lettre|courrier|déclaration écrite|texte|message)(?!\p{L})/iu;
const RELATIVE_STARTS = /^(?:qui|dont|lequel|laquelle|lesquels|lesquelles|où)(?!\p{L})/iu;
/** Speaker state carried from sentence to sentence for pronouns. */
class Salience {
  private recent: Array<{ e: EntityDraft; at: number }> = [];

  note(e: EntityDraft | null, sentenceId: number): void {
    if (!e) return;
    this.recent = [{ e, at: sentenceId }, ...this.recent.filter((x) => x.e !== e)].slice(0, 12);
  }

  /** People noted within `window` sentences of `sentenceId`, most recent first. */
  peopleNear(sentenceId: number, window: number): Array<{ e: EntityDraft; at: number }> {
    return this.recent.filter((x) => x.e.kind === 'person' && sentenceId - x.at <= window);
  }

  resolve(pronoun: string, sentenceId = Infinity): EntityDraft | null {
    const people = this.recent.filter((x) => x.e.kind === 'person');
    if (pronoun === '*') return people[0]?.e ?? null;
    const p = PRONOUNS[pronoun.toLowerCase()];
    if (!p || p.generic) return null;
    if (p.plural)
      return this.recent.find((x) => x.e.kind === 'group' || x.e.kind === 'organisation')?.e ?? null;
    const agreeing = people.find((x) => !x.e.gender || !p.gender || x.e.gender === p.gender);
    // "…, a déclaré une source policière. Un témoin a été entendu, a-t-elle ajouté.": the source is "elle".
    const source = this.recent.find(
      (x) => x.e.kind === 'group' && /^(?:une |la )?sources?\b/i.test(x.e.name),
    );
    if (p.gender === 'f' && source && sentenceId - source.at <= 1 && (!agreeing || agreeing.at < source.at))
      return source.e;
    // "Le syndicat réclame … Il demande aussi …": an organisation that has just spoken, with nobody since.
    const org = this.recent[0];
    if (
      org &&
      org.e.kind === 'organisation' &&
      sentenceId - org.at <= 1 &&
      (!agreeing || agreeing.at < org.at)
    )
      return org.e;
    if (agreeing) return agreeing.e;
    // "La direction a appelé à la reprise. … Elle estime que …": nobody named since the organisation spoke.
    const institution = this.recent.find((x) => x.e.kind === 'organisation');
    if (institution && !people.length && sentenceId - institution.at <= 3) return institution.e;
    // Titles mislead about gender ("le colonel Sandrine Aubert … a-t-elle"): the person just named still wins.
    const last = people[0];
    return last && sentenceId - last.at <= 1 ? last.e : null;
  }
}

export interface StatementTable {
  statements: Statement[];
  events: TimedEvent[];
  groups: EntityDraft[];
}

export function extractStatements(
  sentences: Sentence[],
  table: EntityTable,
  meta: ArticleMeta,
  /** Paragraph -> the one person a subheading just before it names ("Le plus satisfait : Jean Roux (Lyon)"). */
  introducedBy: ReadonlyMap<number, string> = new Map(),
): StatementTable {
  const byId = new Map(table.entities.map((e) => [e.id, e]));
  const paragraphOf = new Map(sentences.map((s) => [s.id, s.paragraph]));
  const sentenceText = new Map(sentences.map((s) => [s.id, s.text]));
  const groups = new Map<string, EntityDraft>();
  const salience = new Salience();
  const statements: Statement[] = [];
  const events: TimedEvent[] = [];

  const groupFor = (np: string): EntityDraft => {
    const name = np.replace(/^(?:(?:les|le|la)\s+|l')/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    // "une source proche du dossier", "des sources proches du dossier": one group, whatever the number.
    const key = fold(np)
      .replace(/^(?:(?:les|le|la|des|un|une|ces|cette|ce|de)\s+|l')/, '')
      .split(/\s+/)
      .map((w) => (w.length > 3 ? w.replace(/[sx]$/, '') : w))
      .join(' ');
    const id = `group:${slug(key)}`;
    let g = groups.get(id) ?? byId.get(id);
    if (!g) {
      g = { id, kind: 'group', name, aliases: [], role: null, mentions: [], gender: null, surname: null };
      if (fold(np) !== fold(name)) addAlias(g, np);
      groups.set(id, g);
      byId.set(id, g);
    }
    return g;
  };

  const roleLookup = (text: string): EntityDraft | null => {
    const t = fold(text.replace(/^(?:(?:le|la)\s+|l')/i, '')).trim();
    if (t.length < 4) return null;
    for (const e of byId.values()) {
      if (e.kind === 'place') continue;
      if ([e.name, ...e.aliases].some((a) => fold(a) === t || (e.role && fold(e.role).startsWith(t + ' '))))
        return e;
    }
    return null;
  };

  /** "la chercheuse" -> the person just quoted; "le syndicat", "la préfecture" -> the organisation named just before. */
  const definiteAnaphor = (ctx: Context, offset: number, text: string): EntityDraft | null => {
    // "l'association de consommateurs", "la société de transport": a generic noun and what kind it is, no name.
    const described = text.match(/^(?:le\s+|la\s+|l')(\p{Ll}+)\s+(?:de|d')\s*\p{Ll}[\p{Ll}\s'-]*$/u);
    if (described && GENERIC_ORG_ANAPHORS.has(described[1]!)) {
      const named = table.mentions
        .filter((x) => x.sentenceId <= ctx.s.id && ctx.s.id - x.sentenceId <= 3)
        .filter((x) => x.sentenceId < ctx.s.id || x.start < offset)
        .map((x) => byId.get(x.entityId)!)
        .filter((e) => e?.kind === 'organisation');
      if (named.length) return named.at(-1)!;
    }
    // "la chercheuse", "l'ancien élu", "le syndicat": a bare noun, no complement that would make it someone new.
    const m = text.match(/^(le(?=\s)|la(?=\s)|l')\s*((?:[\p{L}-]+\s+)?[\p{L}-]+)$/iu);
    if (!m) return null;
    const words = m[2]!.toLowerCase().split(/\s+/);
    const head = words.find((w) => !ROLE_ADJECTIVES.has(w)) ?? words[0]!;
    if (
      words.length === 2 &&
      head !== words[1] &&
      !ROLE_ADJECTIVES.has(words[0]!) &&
      words[0] === head &&
      /^(?:d|de|du|des)$/.test(words[1]!)
    )
      return null;
    if (ROLE_NOUNS.has(head)) {
      const det = m[1]!.toLowerCase();
      return salience.resolve(det === 'la' ? 'elle' : det === 'le' ? 'il' : '*');
    }
    if (!ORG_ANAPHORS.has(head)) return null;
    // Mentions before this point, in this sentence or the three before it.
    const before = (x: Mention, window: number) =>
      x.sentenceId <= ctx.s.id &&
      x.sentenceId >= ctx.s.id - window &&
      (x.sentenceId < ctx.s.id || x.start < offset);
    const sameHead = [...byId.values()].filter(
      (e) => (e.kind === 'organisation' || e.kind === 'group') && fold(e.name).split(/\s+/)[0] === fold(head),
    );
    if (sameHead.length) return sameHead[sameHead.length - 1]!;
    const named = (window: number) =>
      table.mentions
        .filter((x) => before(x, window))
        .map((x) => byId.get(x.entityId)!)
        .filter((e) => e?.kind === 'organisation');
    if (head === 'syndicat') {
      // Unions go by acronyms (CGT, CFDT) or are described as unions: the last one named, however far back.
      const unions = named(Infinity).filter(
        (e) => /\b\p{Lu}{2,6}\b/u.test(e.name) || /syndica/i.test(`${e.role} ${e.aliases.join(' ')}`),
      );
      if (unions.length) return unions[unions.length - 1]!;
    }
    // "la société", "le groupe": the company named just before. An institution ("la préfecture") is only itself.
    return GENERIC_ORG_ANAPHORS.has(head) ? (named(3).pop() ?? null) : null;
  };

  const personByRole = (phrase: RolePhrase): EntityDraft => {
    const name = roleName(phrase);
    const id = `person:${slug(name)}`;
    let e = byId.get(id);
    if (!e) {
      e = {
        id,
        kind: 'person',
        name,
        aliases: [],
        role: phrase.text,
        mentions: [],
        gender: phrase.gender,
        surname: null,
      };
      groups.set(id, e);
      byId.set(id, e);
    }
    return e;
  };

  /**
   * "le chef de l'ONR" far from where "Marc Olivier, chef de l'Office national des routes (ONR)"
   * was named: the one person whose known role has that head and every word of that complement.
   */
  const holderOf = (phrase: RolePhrase): EntityDraft | null => {
    const wanted = fold(phrase.complement ?? '')
      .split(/[\s']+/)
      .filter((w) => w.length > 1 && !/^(?:de|du|des|la|le|les|d|l)$/.test(w));
    if (!wanted.length) return null;
    const holders = [...byId.values()].filter((e) => {
      if (e.kind !== 'person' || !e.role || roleFit(phrase, e.role, e.aliases) < 3) return false;
      const known = new Set(fold([e.role, ...e.aliases].join(' ')).split(/[\s'()]+/));
      return wanted.every((w) => known.has(w));
    });
    return holders.length === 1 ? holders[0]! : null;
  };

  /**
   * "le magistrat", "la présidente du Front national", "le Nordiste", "ce dernier": the person named recently
   * whose role fits best, else someone new known by that role. A phrase with a complement names a precise role,
   * so only someone already holding it, or who has just spoken and has no other role, takes it.
   */
  const roleReference = (ctx: Context, text: string, offset: number): EntityDraft | null => {
    const phrase = rolePhrase(text);
    if (!phrase) return null;
    if (phrase.latter) {
      // "ce dernier", "celle qui …": the last person named before, of that gender, spoken or not.
      for (let i = table.mentions.length - 1; i >= 0; i--) {
        const m = table.mentions[i]!;
        if (m.sentenceId > ctx.s.id || (m.sentenceId === ctx.s.id && m.start >= offset)) continue;
        if (ctx.s.id - m.sentenceId > 3) break;
        const e = byId.get(m.entityId);
        if (e?.kind === 'person' && (!e.gender || !phrase.gender || e.gender === phrase.gender)) return e;
      }
      return null;
    }
    if (PARTICIPANT_NOUNS.has(phrase.head) && !phrase.latter) return personByRole(phrase);
    const lastSpeaker = statements.at(-1);
    const near = salience
      .peopleNear(ctx.s.id, phrase.complement ? 1 : 6)
      .filter((x) => genderAgrees(phrase, x.e.gender));
    let best: { e: EntityDraft; fit: number } | null = null;
    for (const { e, at } of near) {
      const fit = roleFit(phrase, e.role ?? titleRole(e.name), e.aliases);
      // Nothing known of them: only someone of this paragraph, or of the sentence just before, may be meant.
      if (fit === 1 && !phrase.demonym && paragraphOf.get(at) !== ctx.s.paragraph && ctx.s.id - at > 1)
        continue;
      if (fit > (best?.fit ?? 0)) best = { e, fit };
    }
    const spokeJustBefore = (e: EntityDraft) =>
      lastSpeaker?.speakerId === e.id && ctx.s.id - lastSpeaker.sentenceId <= 1;
    // "Le texte a été critiqué par Paul Renaud. « … », avait affirmé le ministre de l'Agriculture": a precise
    // role right after one person was named, with no role of their own, and nobody else named, is that person.
    const onlyNamed = (): EntityDraft | null => {
      const named = new Set<EntityDraft>();
      for (const m of table.mentions) {
        if (m.sentenceId > ctx.s.id || ctx.s.id - m.sentenceId > 1) continue;
        if (m.sentenceId === ctx.s.id && m.start >= offset) continue;
        const e = byId.get(m.entityId);
        if (e?.kind === 'person') named.add(e);
      }
      const [only, ...others] = [...named];
      return only && !others.length && !only.role && genderAgrees(phrase, only.gender) ? only : null;
    };
    const lone = phrase.complement && (!best || best.fit < 3) ? onlyNamed() : null;
    if (lone) best = { e: lone, fit: 1 };
    if (
      best &&
      (!phrase.complement ||
        best.fit >= 3 ||
        (best.fit === 1 && (spokeJustBefore(best.e) || best.e === lone)))
    ) {
      if (!phrase.latter) {
        addAlias(best.e, phrase.text);
        best.e.role ??= phrase.complement ? phrase.text : null;
        if (!phrase.demonym) best.e.gender ??= phrase.gender;
      }
      return best.e;
    }
    if (phrase.latter || phrase.demonym) return null;
    const holder = phrase.complement ? holderOf(phrase) : null;
    if (holder) return holder;
    return personByRole(phrase);
  };

  /**
   * "un communiqué du parquet" -> the parquet, who speaks in it; "un sondage OpinionWay pour LCI" -> the poll
   * itself, named by its institute: a poll reports what it measured, it is nobody's words.
   */
  const documentSource = (ctx: Context, offset: number, text: string): Resolved | null => {
    const m = text.match(DOCUMENT_SOURCE);
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    const rest = m[2]!;
    const restAt = offset + text.length - rest.length;
    // "…, précise le texte", "ajoute le communiqué": the document already cited, so its author speaks again.
    if (
      COMMUNICATION_NOUNS.has(head) &&
      /^(?:le|la|l'|ce|cette)\s/i.test(text) &&
      !/\b(?:par|de|du|des|d')\s/i.test(rest)
    ) {
      const author = statements.findLast(
        (st) =>
          st.speakerId &&
          ctx.s.id - st.sentenceId <= 6 &&
          DOCUMENT_CUE.test(sentenceText.get(st.sentenceId) ?? ''),
      );
      if (author) return { entity: byId.get(author.speakerId!) ?? null, mention: text };
    }
    if (COMMUNICATION_NOUNS.has(head)) {
      // "un communiqué diffusé par", "les informations recueillies par": a participle, then its author.
      const by = rest.match(
        /^(?:(?:\p{Ll}{3,}(?:é|i|u|it|is)(?:e|s|es)?)\s+(?:\S+\s+){0,3}?)?(?:par|de|du|des|d')\s*/u,
      );
      if (!by) return null;
      const who = resolveChunk(ctx, restAt + by[0].length, offset + text.length);
      return who.entity ? who : null;
    }
    // "une étude publiée par l'Institut des sols": who published it speaks through it.
    const publisher = rest.match(/^(?:\p{Ll}+(?:é|ée|és|ées)\s+(?:\S+\s+){0,3}?)?par\s+/u);
    if (publisher) {
      const who = resolveChunk(ctx, restAt + publisher[0].length, offset + text.length);
      if (who.entity) return who;
    }
    const institute = rest.match(/^\p{Lu}[\p{L}'&-]*(?:\s+\p{Lu}[\p{L}'&-]*)*/u)?.[0];
    return { entity: groupFor(institute ? `${head} ${institute}` : text), mention: text };
  };

  const resolveChunk = (ctx: Context, start: number, end: number): Resolved => {
    // "- Le Parlement allemand demande …": a bullet of a list opens the chunk.
    const bulleted = ctx.s.text.slice(start, end);
    const bullet = start === 0 ? (bulleted.match(/^\s*[-–—•]\s+/u)?.[0].length ?? 0) : 0;
    const raw = bulleted.slice(bullet);
    start += bullet;
    // "De son côté, l'institut prévoit …": a linking adverbial opens the sentence before its subject.
    const linking = raw.match(LINKING_ADVERBIAL)?.[0].length ?? 0;
    const text = raw.slice(linking).trim();
    const offset = start + linking + raw.slice(linking).indexOf(text);
    if (!text) return { entity: null, mention: null };
    const document = documentSource(ctx, offset, text);
    if (document) return document;
    const appo = ctx.appositions.find((a) => a.start <= offset + 1 && a.end >= offset + text.length - 1);
    if (appo) return { entity: byId.get(appo.entityId) ?? null, mention: text };
    // A subject opens its clause: a name eight words in ("… l'annulation de deux TGV") is an object.
    const opening = offset + (text.match(/^(?:\S+\s+){8}/)?.[0].length ?? text.length);
    const mention = ctx.mentions.find(
      (m) =>
        m.start >= offset &&
        m.start < opening &&
        m.end <= offset + text.length &&
        (!m.governed || /^\s*(?:(?:le|la|les|l')\s*)?$/i.test(ctx.s.text.slice(offset, m.start))) &&
        byId.get(m.entityId)?.kind !== 'place',
    );
    if (mention)
      return {
        entity: byId.get(mention.entityId) ?? null,
        mention: ctx.s.text.slice(mention.start, mention.end),
      };
    // "l'Ardèche a voté", "la Chine a dénoncé": a place that is the whole subject speaks as an institution.
    const place = ctx.mentions.find(
      (m) =>
        m.start >= offset &&
        m.end >= offset + text.length - 1 &&
        byId.get(m.entityId)?.kind === 'place' &&
        /^\s*(?:(?:le|la|les)\s+|l')?$/i.test(ctx.s.text.slice(offset, m.start)),
    );
    if (place)
      return { entity: byId.get(place.entityId) ?? null, mention: ctx.s.text.slice(place.start, place.end) };
    const first = text.split(/\s+/)[0]!.toLowerCase();
    if (PRONOUNS[first]) return { entity: salience.resolve(first, ctx.s.id), mention: text.split(/\s+/)[0]! };
    // "cette source", "la même source": the anonymous source quoted last.
    if (/^(?:cette|la|ladite)\s+(?:même\s+)?source$/iu.test(text)) {
      const last = statements.findLast(
        (st) => st.speakerId && /\bsources?\b/i.test(byId.get(st.speakerId)?.name ?? ''),
      );
      if (last) return { entity: byId.get(last.speakerId!) ?? null, mention: text };
    }
    const byRole = roleLookup(text);
    if (byRole) return { entity: byRole, mention: text };
    const referred = roleReference(ctx, text, offset);
    if (referred) return { entity: referred, mention: text };
    const anaphor = definiteAnaphor(ctx, offset, text);
    if (anaphor) {
      // The article calls them this too: "Qu'a dit le syndicat ?", "What did the researcher say?".
      addAlias(anaphor, text.replace(/^(?:(?:le|la)\s+|l')/i, ''));
      return { entity: anaphor, mention: text };
    }
    // "les salariés reprennent la grève et réclament …": the subject is before the first verb.
    const coordinated =
      text.length < 200 && /\s(?:et|puis)$/.test(text)
        ? text.match(/^(.+?)\s+\p{Ll}{3,}(?:ent|ont)\s.*\s(?:et|puis)$/u)
        : null;
    if (
      coordinated &&
      !/(?:^|\s)(?:le|la|les|un|une|des|du|de|d'|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)$/iu.test(
        coordinated[1]!,
      )
    ) {
      return resolveChunk(ctx, offset, offset + coordinated[1]!.length);
    }
    const words = text.split(/\s+/);
    // "Si actuellement …", "ce sont les inondations qui …": a subordinate clause or a presentative is nobody.
    if (
      /^(?:si|s'il|s'ils|quand|lorsqu|lorsque|comme|alors qu|bien qu|puisqu|puisque|parce qu|ce sont|c'est|il y a|voici|voilà)(?![\p{L}])/iu.test(
        text,
      )
    )
      return { entity: null, mention: null };
    // "Un nouveau préavis a été déposé": a clause with its own verb is not who speaks.
    // "Le port rouvrira lundi": a verb in the future or the conditional after a noun makes it a clause too.
    const clause = words.some(
      (w, i) =>
        i > 0 &&
        (AUXILIARIES.has(w.toLowerCase()) ||
          (/^\p{Ll}{3,}(?:ra|ront|rait|raient)$/u.test(w) && !DETERMINERS.test(words[i - 1]!))),
    );
    if (
      !clause &&
      words.length <= 8 &&
      (DETERMINERS.test(words[0]!) || /^l['’]\p{L}/u.test(words[0]!) || isCapitalised(words[0]!)) &&
      !RELATIVE_STARTS.test(text)
    ) {
      return { entity: groupFor(text), mention: text };
    }
    return { entity: null, mention: text };
  };

  /** Where an anchor sits in its sentence: what is before and after it, and whether it closes the sentence. */
  const shape = (ctx: Context, a: Anchor) => {
    const { s, tokens } = ctx;
    const verbTok = tokens[a.groupEnd]!;
    // "«…», lui a fait observer la présidente", "«…», s'est félicité X": a pronoun may sit before the verb.
    // Matched on the last words only: a regex ending in $ over the whole text costs its length per verb.
    const trimmed = s.text.slice(0, tokens[a.groupStart]!.start).trim();
    const last = trimmed.slice(-40);
    const pronounBefore = last.match(
      a.gerund
        ? /(?<!\p{L})(?:lui|leur|nous|vous|me|m'|te|l')$/u
        : /(?<!\p{L})(?:lui|leur|nous|vous|me|m'|te|l'|s'|se)$/u,
    );
    const textBefore = pronounBefore
      ? trimmed.slice(0, trimmed.length - pronounBefore[0].length).trimEnd()
      : trimmed;
    const afterGroup = s.text.slice(verbTok.end);
    // "Les habitants … avant samedi, a précisé la préfecture dans un communiqué.": the attribution closes the
    // sentence and what came before is the content, quoted or not.
    // "a-t-on appris de sources concordantes", "a-t-on ajouté de même source": the source after speaks.
    const sourced =
      !!a.learnt ||
      (a.pronoun === 'on' && /^[\s,]*(?:de même source|de sources?\s|auprès d)/u.test(afterGroup));
    // "- Les crues gagnent la Somme annonce l'état-major.": a list or a dispatch
    // may drop the comma before a source that closes the sentence, after a clause with a verb of its own.
    // Cheap tests first: on a sentence of thousands of words this runs once per verb.
    const bareTail =
      !a.pronoun &&
      a.groupStart === a.groupEnd &&
      afterGroup.length < 80 &&
      /^\s+(?:le|la|les|l')\s*[^,;:«»"]{2,60}[.\s]*$/iu.test(afterGroup) &&
      !/[,;:]$/.test(textBefore) &&
      a.groupStart >= 5 &&
      /\s(?:\p{Ll}{3,}(?:ent|ont)|a|ont|est|sont)\s/u.test(` ${textBefore.slice(-400)} `) &&
      isSourcePhrase(afterGroup.trim().replace(/\.$/, ''));
    // "…, a annoncé le maire, Paul Roux, selon qui « … »": what the relative clause says is not the source's.
    const afterSource = afterGroup.replace(/,\s*(?:selon|d'après|pour)\s+qui\s.*$/su, '');
    const tailAttribution =
      (!a.pronoun || sourced) &&
      (/,$/.test(textBefore) || bareTail) &&
      !/^\s*(?:que|qu'|:)/.test(afterGroup) &&
      // A long source is fine when it names someone: "…, explique celle qui a porté plainte l'an dernier …".
      (afterSource.split(/\s+/).filter(Boolean).length <= 18 ||
        (afterSource.split(/\s+/).filter(Boolean).length <= 40 && sourceAfter(ctx, a))) &&
      !/«|»|"/.test(afterSource) &&
      !/\b(?:que|qu')\s*$/.test(textBefore) &&
      // "Le ministre, accompagné de son épouse, a annoncé la fermeture …" has its subject before the verb;
      // "…, est choqué mais indemne, confirme la préfecture" has a source after it.
      (sourced || !subjectBefore(ctx, a).entity || sourceAfter(ctx, a));
    return { textBefore, afterGroup, sourced, tailAttribution };
  };

  /** The subject ends where the verb group starts; it begins after the last clause boundary. */
  const subjectBefore = (ctx: Context, a: Anchor): Resolved => {
    const { tokens, s } = ctx;
    let k = a.groupStart - 1;
    // "L'accusé lui a demandé": an object pronoun before the verb is not its subject.
    const objectPronoun = (w: string) => /^(?:lui|leur)$/.test(w);
    while (
      k >= 0 &&
      INSERTS.has(tokens[k]!.lower) &&
      (!PRONOUNS[tokens[k]!.lower] || objectPronoun(tokens[k]!.lower))
    )
      k--;
    const prev = tokens[k];
    if (prev && PRONOUNS[prev.lower] && !/-/.test(prev.lower)) {
      return { entity: salience.resolve(prev.lower, ctx.s.id), mention: prev.text };
    }
    const end = prev ? prev.end : 0;
    let start = 0;
    for (let j = k; j >= 0; j--) {
      const t = tokens[j]!;
      if (/^(?:que|qu')$/.test(t.lower) || insideAny(ctx.quotes, t.start)) {
        start = t.end;
        break;
      }
    }
    const before = s.text.slice(start, end);
    const cut = Math.max(
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
      before.lastIndexOf('»'),
      before.lastIndexOf('”'),
    );
    if (cut >= 0) start += cut + 1;
    // Subject chunks, right to left: the apposition or name next to the verb wins, relative clauses are skipped.
    const chunks: Array<[number, number]> = [];
    let from = start;
    for (let p = start; p <= end; p++) {
      if (p === end || s.text[p] === ',') {
        chunks.push([from, p]);
        from = p + 1;
      }
    }
    let fallback: Resolved | null = null;
    // "Le collectif, qui réunit Sud, FO et l'Unsa, a appelé": every chunk of the relative clause goes.
    const relativeAt = chunks.findIndex(([cs, ce]) => RELATIVE_STARTS.test(s.text.slice(cs, ce).trim()));
    for (const [n, [cs, ce]] of [...chunks.entries()].reverse()) {
      const chunk = s.text.slice(cs, ce).trim();
      if (
        !chunk ||
        (relativeAt >= 0 && n >= relativeAt) ||
        ctx.times.some((t) => t.start >= cs && t.end <= ce && chunk.length <= t.text.length + 2)
      )
        continue;
      const r = resolveChunk(ctx, cs, ce);
      if (r.entity) return r;
      fallback ??= r.mention ? r : null;
    }
    return fallback ?? { entity: null, mention: null };
  };

  /** Does a speaker stand right after the verb: a name, a role, an institution, a source? */
  const sourceAfter = (ctx: Context, a: Anchor): boolean => {
    const after = subjectAfter(ctx, a);
    if (!after.entity || after.entity.kind === 'place') return false;
    if (!after.entity.id.startsWith('group:')) return true;
    return isSourcePhrase(after.mention ?? '');
  };

  /** "…, affirme M. Dupont" / "…, a déclaré la porte-parole." */
  const subjectAfter = (ctx: Context, a: Anchor): Resolved & { end: number } => {
    const { s } = ctx;
    let from = ctx.tokens[a.groupEnd]!.end;
    // "a déclaré à l'AFP son avocate, Me Julie Besson": the audience may come first.
    const aud =
      s.text.slice(from).match(AUDIENCE_RE) ??
      s.text.slice(from).match(/^\s*dans\s+(?:un|une)\s+[^,]*?(?=\s(?:le|la|les|l')\s*\S|,)/u);
    if (
      aud &&
      !/^\s*(?:à|au|aux)\s+(?:le|la|l')?\s*(?:ancien|nouvelle?|présidente?|directeur|directrice)/u.test(
        aud[0],
      )
    ) {
      // "a déclaré à l'AFP Benjamin Tange": the audience ends where the person named after it starts.
      const person = ctx.mentions.find(
        (m) =>
          m.start > from + 3 && m.start < from + aud[0].length && byId.get(m.entityId)?.kind === 'person',
      );
      from = person ? person.start : from + aud[0].length;
    }
    // "a déclaré mercredi matin le préfet du Var, Laurent Ferrand", "ajoute quant à lui le parquet": a time or
    // an adverb may come before the speaker.
    for (let moved = true; moved;) {
      moved = false;
      const ws = s.text.slice(from).match(/^\s*/)![0].length;
      const time = ctx.times.find((t) => t.start === from + ws);
      const adverb = s.text.slice(from).match(POST_VERB_INSERT);
      // "indiquait dans un communiqué, dès lundi soir, la CGT": a time set off by commas before the speaker.
      const comma = s.text.slice(from).match(/^\s*,\s*(?:(?:dès|depuis|vers|avant|après)\s+)?/u);
      const bareComma = s.text.slice(from).match(/^\s*,\s*/);
      const timeAfterComma =
        bareComma &&
        ctx.times.find(
          (t) =>
            t.start === from + bareComma[0].length || (comma !== null && t.start === from + comma[0].length),
        );
      const closing = s.text.slice(from).match(/^\s*,(?=\s*(?:le|la|les|l'|\p{Lu}))/u);
      // "a lancé mardi soir à Lyon la cheffe …": where it was said, before who said it.
      const where = s.text
        .slice(from)
        .match(
          /^\s*(?:à|au|en)\s+\p{Lu}[\p{L}'-]*(?:[\s-]\p{Lu}[\p{L}'-]*)*(?=\s+(?:le|la|les|l')\s*\p{L})/u,
        );
      // "a confirmé, ému, le bourgmestre", "a lâché, visiblement amusé, le joueur": a mood set off by commas.
      const mood = s.text
        .slice(from)
        .match(
          /^\s*,\s*(?:\p{Ll}+ment\s+)?\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|u|ue|us|eux|euse|if|ive)\s*,\s*/u,
        );
      if (mood) {
        from += mood[0].length;
        moved = true;
      } else if (where && from > ctx.tokens[a.groupEnd]!.end) {
        from += where[0].length;
        moved = true;
      } else if (timeAfterComma) {
        from = timeAfterComma.end;
        moved = true;
      } else if (closing && from > ctx.tokens[a.groupEnd]!.end && ctx.times.some((t) => t.end === from)) {
        from += closing[0].length;
        moved = true;
      } else if (time) {
        from = time.end;
        moved = true;
      } else if (adverb) {
        from += adverb[0].length;
        moved = true;
      }
    }
    const rest = s.text.slice(from);
    const lead = rest.match(/^\s*/)![0].length;
    const start = from + lead;
    const named = ctx.mentions.find((m) => m.start >= start && m.start <= start + 1);
    if (named) {
      // "…, a déclaré Christophe Fanichet, PDG de SNCF Voyageurs, sur franceinfo": the role is not the end.
      const role = ctx.appositions.find(
        (ap) => ap.entityId === named.entityId && ap.start > named.end && ap.start <= named.end + 3,
      );
      return {
        entity: byId.get(named.entityId) ?? null,
        mention: s.text.slice(named.start, named.end),
        end: role ? role.end : named.end,
      };
    }
    const stop = rest
      .slice(lead)
      .search(
        /[,.;:!?«»"]|\s(?:à|au|aux|devant|dans|lors|avant|après|tout|puis|alors|mais|car|tandis|par|via|avec|depuis)\s/,
      );
    const end = stop < 0 ? s.text.length : start + stop;
    // "la responsable scientifique de la mission, l'astrophysicienne Élise Marchand": the name after the role.
    if (s.text[end] === ',') {
      const next = ctx.mentions.find(
        (m) =>
          m.start > end &&
          m.start <= end + 60 &&
          byId.get(m.entityId)?.kind === 'person' &&
          !/[.;:«»]/.test(s.text.slice(end, m.start)),
      );
      if (next && ctx.appositions.some((ap) => ap.entityId === next.entityId && ap.start <= start + 1)) {
        return {
          entity: byId.get(next.entityId) ?? null,
          mention: s.text.slice(next.start, next.end),
          end: next.end,
        };
      }
    }
    return { ...resolveChunk(ctx, start, end), end };
  };

  const bySentence = <T extends { sentenceId: number }>(items: readonly T[]) => {
    const map = new Map<number, T[]>();
    for (const item of items) {
      const list = map.get(item.sentenceId);
      if (list) list.push(item);
      else map.set(item.sentenceId, [item]);
    }
    return map;
  };
  const mentionsBySentence = bySentence(table.mentions);
  const appositionsBySentence = bySentence(table.appositions);

  // Sentences that hold a statement, as each sentence's pass ends.
  const spoken = new Set<number>();
  for (const [si, s] of sentences.entries()) {
    const prevSentence = sentences[si - 1];
    const firstHere = statements.length;
    const tokens = tokenize(s.text);
    const { quotes, incises } = splitIncises(s.text, quoteSpans(s.text));
    const ctx: Context = {
      s,
      tokens,
      quotes,
      incises,
      times: findTimes(s.text),
      mentions: mentionsBySentence.get(s.id) ?? [],
      appositions: appositionsBySentence.get(s.id) ?? [],
    };
    const usedTimes = new Set<TimeMatch>();
    const speakersHere: EntityDraft[] = [];
    const contentRanges: Span[] = [];
    const relatives: number[] = [];

    const anchors = findAnchors(ctx);
    const made = attributionPatterns(ctx, resolveChunk, anchors);
    made.forEach((m) => contentRanges.push(m.content));
    const shapes = new Map<Anchor, ReturnType<typeof shape>>();
    const shapeOf = (c: Context, a: Anchor) => shapes.get(a) ?? shapes.set(a, shape(c, a)).get(a)!;
    for (const a of anchors) {
      if (made.some((m) => m.covers(ctx.tokens[a.groupStart]!.start))) continue;
      if (relatives.some((r) => Math.abs(r - ctx.tokens[a.groupStart]!.start) <= 1)) continue;
      const verbTok = tokens[a.groupEnd]!;
      // "— « Oui, … », reconnaît son avocate": a dialogue dash may open the quotation.
      const opening = s.text.match(/^[\s—–-]*/u)![0].length;
      const startsWithQuote = ctx.quotes.length > 0 && ctx.quotes[0]!.start <= opening + 2;
      const { textBefore, afterGroup, sourced, tailAttribution } = shapeOf(ctx, a);
      // "« Le budget sera tenu. » C'est ce qu'a assuré lundi le ministre": the sentence before is what
      // the speaker named after the verb said.
      const mannerCleft = CLEFT_MANNER.test(textBefore);
      if (
        (CLEFT.test(textBefore) || mannerCleft) &&
        prevSentence &&
        prevSentence.paragraph >= s.paragraph - 1
      ) {
        // "C'est ainsi que la maire a conclu …": the subject stands before the verb there.
        const who = mannerCleft ? { ...subjectBefore(ctx, a), end: verbTok.end } : subjectAfter(ctx, a);
        if (who.entity) {
          const time = ctx.times.find((t) => t.start > verbTok.end && t.start < who.end + 2);
          const prevQuotes = quoteSpans(prevSentence.text);
          statements.push({
            id: `st${statements.length + 1}`,
            speakerId: who.entity.id,
            speakerMention: who.mention,
            verb: a.verb,
            content: tidy(prevSentence.text, prevQuotes, 0),
            quote: prevQuotes.map((q) => prevSentence.text.slice(q.start, q.end)).join(' … ') || null,
            kind: prevQuotes.length ? 'direct' : 'indirect',
            time: time ? resolveTime(time.text, meta.published, a.tense) : null,
            audience: null,
            hedged: a.hedged,
            sentenceId: prevSentence.id,
            paragraph: prevSentence.paragraph,
          });
          if (time) usedTimes.add(time);
          speakersHere.push(who.entity);
          continue;
        }
      }
      // "Ils observeront une minute de silence, a indiqué leur porte-parole": a report closing the sentence takes
      // everything before it as its content, verbs included.
      if (
        !tailAttribution &&
        !insideAny(ctx.quotes, tokens[a.groupStart]!.start) &&
        anchors.some((b) => b.groupStart > a.groupEnd && !b.pronoun && shapeOf(ctx, b).tailAttribution)
      )
        continue;
      const quoteFirst =
        (!a.gerund &&
          startsWithQuote &&
          /[»”"],?$|,$/.test(textBefore) &&
          !/\b(?:que|qu')\s*$/.test(textBefore)) ||
        tailAttribution ||
        // "Le ministre prévoit un déficit « autour de 5 % » cette année, a-t-il indiqué lundi."
        (!!a.pronoun &&
          !sourced &&
          a.pronoun !== 'on' &&
          /,$/.test(textBefore) &&
          !/^\s*(?:que|qu'|:)/.test(afterGroup) &&
          !/\b(?:que|qu')\s*$/.test(textBefore));

      let who: Resolved;
      let subjectEnd = -1;
      const previous = statements.at(-1);
      if (a.gerund) {
        // "…, a dit la ministre, ajoutant que …": the same speaker goes on; with no report before, nobody.
        const carriesOn =
          previous?.speakerId &&
          (previous.sentenceId === s.id || (a.groupStart === 0 && s.id - previous.sentenceId === 1));
        if (previous && carriesOn)
          who = { entity: byId.get(previous.speakerId!) ?? null, mention: previous.speakerMention };
        else {
          // "L'association ne s'est pas montrée rassurée, se disant opposée …": the subject of the sentence.
          const opening = s.text.match(
            /^(.{2,80}?)\s+(?:ne\s+|n')?(?:s'|se\s+)?(?:est|a|ont|sont|avait|était)\b/u,
          );
          const after = opening && tokens[a.groupStart]!.start > opening[0].length;
          const subject = after ? resolveChunk(ctx, 0, opening[1]!.length) : null;
          const e = subject?.entity;
          if (
            !e ||
            e.kind === 'place' ||
            (e.id.startsWith('group:') && !isSourcePhrase(subject.mention ?? ''))
          )
            continue;
          who = subject;
        }
      } else if (sourced) {
        // "a-t-on appris de sources concordantes", "… auprès de la préfecture", "… de même source".
        const from = verbTok.end;
        const src = s.text
          .slice(from)
          .match(
            /^(?:\s+(?:sur place|jeudi|vendredi|samedi|dimanche|lundi|mardi|mercredi|mardi soir|dimanche soir|ce \p{L}+))*\s+(?:de|d'|auprès d[eu']?|auprès des|du|des)\s*(.+?)[.\s]*$/u,
          );
        if (!src) continue;
        if (/^même source$/i.test(src[1]!.trim()) && previous?.speakerId) {
          who = { entity: byId.get(previous.speakerId) ?? null, mention: previous.speakerMention };
        } else {
          const at = s.text.length - s.text.slice(from).length + s.text.slice(from).indexOf(src[1]!);
          const r = resolveChunk(ctx, at, at + src[1]!.length);
          who = r.entity ? r : { entity: groupFor(src[1]!.trim()), mention: src[1]!.trim() };
        }
      } else if (a.pronoun) {
        // "Le ministre, Paul Roux, s'attend à …, a-t-il indiqué": the person who opens the sentence.
        const p = PRONOUNS[a.pronoun];
        const opener =
          p && !p.plural && !p.generic && /,$/.test(textBefore)
            ? ctx.mentions.find(
                (m) =>
                  !m.governed &&
                  m.start <= 60 &&
                  m.end <= tokens[a.groupStart]!.start &&
                  !insideAny(ctx.quotes, m.start) &&
                  byId.get(m.entityId)?.kind === 'person' &&
                  (!p.gender || !byId.get(m.entityId)!.gender || byId.get(m.entityId)!.gender === p.gender),
              )
            : undefined;
        who = opener
          ? { entity: byId.get(opener.entityId)!, mention: a.pronoun }
          : { entity: salience.resolve(a.pronoun, s.id), mention: a.pronoun };
      } else if (quoteFirst) {
        const after = subjectAfter(ctx, a);
        who = after;
        subjectEnd = after.end;
      } else if (a.noun) {
        const thatTok = tokens.findIndex((t, j) => j > a.groupEnd + 1 && /^(?:que|qu')$/.test(t.lower));
        who = resolveChunk(ctx, tokens[a.groupEnd + 2]!.start, tokens[thatTok]!.start);
      } else who = subjectBefore(ctx, a);
      if (!who.mention && !who.entity) continue;
      // A quoted predicate ("n'est « pas contente »") speaks for a speaker-like subject only, and gives way to an
      // attribution later in the sentence ("Le projet est « mort-né », juge le député").
      if (a.stance && a.verb.endsWith('« … »')) {
        const e = who.entity;
        const speakerLike =
          e && (e.kind === 'person' || e.kind === 'organisation' || isSourcePhrase(who.mention ?? ''));
        if (!speakerLike || anchors.some((b) => b.groupStart > a.groupEnd)) continue;
      }
      // "On estime la population à …" measures, it does not report; "On pense que …" still reports a view.
      if (
        !who.entity &&
        /^on$/i.test(who.mention ?? '') &&
        !/^[\s,]*(?:\p{L}+\s+){0,2}(?:que|qu')/u.test(afterGroup)
      )
        continue;
      const lemma = REPORTING_VERBS.get(a.verb)?.lemma ?? a.verb;
      if (TAIL_ONLY_LEMMAS.has(lemma) && !quoteFirst) continue;
      if (
        CLAUSE_LEMMAS.has(lemma) &&
        !quoteFirst &&
        !/^[\s,]*(?:(?:\p{L}+\s+){0,3})?(?:que|qu'|:|«|")/u.test(s.text.slice(tokens[a.groupEnd]!.end))
      )
        continue;
      const nested = contentRanges.some(
        (r) => tokens[a.groupStart]!.start >= r.start && tokens[a.groupStart]!.start < r.end,
      );
      // A reporting verb inside someone's reported words ("… que le personnel réclamait …") is content.
      if (nested) continue;

      // Content: what follows the verb group (skipping time, audience), or the opening quotation.
      let contentStart = tokens[a.groupEnd]!.end;
      let audience: string | null = null;
      const aud = s.text.slice(contentStart).match(AUDIENCE_RE);
      if (aud && !a.noun && !isPlace(aud[1]!, ctx, byId)) {
        const audStart = contentStart;
        const person = ctx.mentions.find(
          (m) =>
            m.start > audStart + 3 &&
            m.start < audStart + aud[0].length &&
            byId.get(m.entityId)?.kind === 'person',
        );
        audience = (person ? s.text.slice(audStart, person.start) : aud[1]!)
          .trim()
          .replace(/^,\s*/, '')
          .replace(/[.]$/, '');
        contentStart += person ? person.start - audStart : aud[0].length;
      } else if (subjectEnd > 0) {
        // "…», explique le chercheur au Figaro": the audience follows the speaker.
        const late = s.text.slice(subjectEnd).match(AUDIENCE_RE);
        if (late && !isPlace(late[1]!, ctx, byId)) audience = late[1]!.trim().replace(/[.]$/, '');
      }
      let content: string;
      let contentRange: Span;
      const asides: Span[] = [];
      let kind: StatementKind;
      let tidied = false;
      if (quoteFirst) {
        const q =
          startsWithQuote && ctx.quotes[0]!.end >= textBefore.length - 3
            ? ctx.quotes[0]!
            : { start: 0, end: textBefore.replace(/,$/, '').length };
        content = s.text.slice(q.start, q.end);
        contentRange = q;
        kind =
          q === ctx.quotes[0] ? 'direct' : ctx.quotes.some((x) => x.start < q.end) ? 'mixed' : 'indirect';
        // « Nous ne céderons pas, a déclaré la maire, mais nous écouterons. »: both halves are hers.
        const at = tokens[a.groupStart]!.start;
        const incise = ctx.incises.find((x) => x.start <= at && at <= x.end && x.before.end === q.end);
        if (incise) {
          const after = incise.after;
          content = `${tidy(content, ctx.quotes, q.start)} … ${tidy(s.text.slice(after.start, after.end), ctx.quotes, after.start)}`;
          contentRange = { start: q.start, end: after.end };
          tidied = true;
        }
        // "…», explique la chercheuse, qui appelle à « repenser l'urbanisme »": the relative clause says more.
        const rel = s.text.slice(verbTok.end).match(/^[^,.;]*,\s*qui\s+(\p{L}+)\s+/u);
        if (rel && REPORTING_VERBS.has(rel[1]!.toLowerCase())) {
          const relStart = verbTok.end + rel[0].length - rel[1]!.length - 1;
          relatives.push(relStart);
          content = `${content} — ${s.text.slice(relStart).trim()}`;
          kind = 'mixed';
        }
      } else {
        // Skip adverbs and a time expression between the verb and its clause: "a déclaré lundi que".
        let skipTo = contentStart;
        for (const t of tokens) {
          if (t.start < skipTo) continue;
          if (!/^[\s,]*$/.test(s.text.slice(skipTo, t.start))) break;
          const time = ctx.times.find((m) => m.start === t.start);
          if (time) skipTo = time.end;
          // Words that open the content itself ("sa candidature", "pour la région") are not inserts here.
          else if (
            INSERTS.has(t.lower) &&
            !/^(?:ne|n'|y|lui|leur|en|l'|sa|son|pour|de|par|part|même|se|s'|nous|vous)$/.test(t.lower)
          )
            skipTo = t.end;
          else break;
        }
        let lead = s.text.slice(contentStart, skipTo) + (s.text.slice(skipTo).match(/^[\s,]*/)?.[0] ?? '');
        // "a appelé, après le succès de la première journée, à une deuxième grève": a circumstance set off by
        // commas between the verb and what it reports.
        const aside = s.text
          .slice(contentStart + lead.length)
          .match(
            /^(?:après|avant|lors d[eu']|à la suite d[eu']|malgré|face à|pendant|au lendemain d[eu'])[^,;:«»"]{0,140},\s*/iu,
          );
        if (/,\s*$/.test(lead) && aside) {
          const at = contentStart + lead.length;
          asides.push({ start: at, end: at + aside[0].length });
          lead += aside[0];
        }
        if (a.noun) {
          const thatTok = tokens.find((t, j) => j > a.groupEnd + 1 && /^(?:que|qu')$/.test(t.lower))!;
          lead = s.text.slice(contentStart, thatTok.start);
        }
        if (a.stance) lead = '';
        let body = s.text.slice(contentStart + lead.length);
        if (a.stance) body = s.text.slice(tokens[a.groupEnd + 1]!.start);
        // "a annoncé dans un entretien publié mardi par un quotidien qu'elle serait …": the channel is not content.
        const channel = body.match(CHANNEL_LEAD)?.[0].length ?? 0;
        if (channel) {
          body = body.slice(channel);
        }
        const bodyStart = s.text.length - body.length;
        const that = body.match(/^(?:que|qu')\s*/i);
        const colon = body.match(/^(?:en ces termes\s*)?:\s*/);
        const skip = that?.[0].length ?? colon?.[0].length ?? 0;
        const rangeStart = bodyStart + skip;
        let rangeEnd = s.text.length;
        // A following sentence-level attribution ("…, selon X") is not content.
        // "…, tandis que le gouvernement …": a clause of contrast has a subject of its own.
        const trailing = s.text
          .slice(rangeStart)
          .search(/,\s*(?:a-t-(?:il|elle)|selon|d'après)\b|,?\s+tandis\s+qu|,\s*alors\s+qu/);
        if (trailing >= 0) rangeEnd = rangeStart + trailing;
        // "Alors que des riverains évoquaient un bruit, le maire …": a report inside an opening subordinate
        // clause ends where the main clause starts.
        if (SUBORDINATE_OPENING.test(s.text) && s.text.indexOf(',') > verbTok.end) {
          const comma = s.text.indexOf(',', rangeStart);
          if (comma > 0 && comma < rangeEnd && !insideAny(ctx.quotes, comma)) rangeEnd = comma;
        }
        content = s.text.slice(rangeStart, rangeEnd);
        contentRange = { start: rangeStart, end: rangeEnd };
        const quotesIn = ctx.quotes.filter((q) => q.start >= rangeStart - 2 && q.end <= rangeEnd + 2);
        const quotedChars = quotesIn.reduce((n, q) => n + q.end - q.start, 0);
        kind =
          quotesIn.length === 0
            ? 'indirect'
            : quotedChars >= content.replace(/[«»"“”\s.]/g, '').length * 0.85
              ? 'direct'
              : 'mixed';
        if (!content.trim() && ctx.quotes.length) {
          content = s.text.slice(ctx.quotes[0]!.start, ctx.quotes[0]!.end);
          contentRange = ctx.quotes[0]!;
          kind = 'direct';
        }
      }
      if (!tidied) content = tidy(content, ctx.quotes, contentRange.start);
      if (content.length < 2) continue;
      const quote = ctx.quotes
        .filter((q) => q.start >= contentRange.start - 2 && q.end <= contentRange.end + 2)
        .map((q) => s.text.slice(q.start, q.end))
        .join(' … ');
      if (!audience)
        audience =
          s.text
            .slice(0, contentRange.start)
            .concat(' ', s.text.slice(contentRange.end))
            .match(INTERVIEW_RE)?.[0] ?? null;

      contentRanges.push(contentRange);
      // The time of a circumstance set off by commas ("après le succès du 19 janvier") is not when it was said.
      const time = pickTime(ctx.times, contentRange, ctx.quotes, tokens[a.groupStart]!.start, verbTok.end, [
        ...ctx.appositions,
        ...asides,
      ]);
      if (time) usedTimes.add(time);
      statements.push({
        id: `st${statements.length + 1}`,
        speakerId: who.entity?.id ?? null,
        speakerMention: who.mention,
        verb: a.stance ? a.verb : a.noun ? `l'${a.verb} de` : a.verb,
        content,
        quote: quote || null,
        kind,
        time: time ? resolveTime(time.text, meta.published, a.tense) : null,
        audience: audience ?? (a.noun ? subjectBefore(ctx, a).mention : null),
        hedged: a.hedged,
        sentenceId: s.id,
        paragraph: s.paragraph,
      });
      if (who.entity) {
        if (!who.entity.mentions.includes(s.id)) {
          who.entity.mentions.push(s.id);
          who.entity.mentions.sort((x, y) => x - y);
        }
        speakersHere.push(who.entity);
      }
    }
    for (const m of made) {
      const st = m.build(statements.length + 1, meta);
      if (!st) continue;
      if (m.time) usedTimes.add(m.time);
      statements.push(st);
      // "…, selon Le Parisien": a source cited for a fact is not whom the next "il" means, unless a person.
      const e = st.speakerId ? byId.get(st.speakerId) : null;
      if (e && e.kind !== 'organisation') speakersHere.push(e);
    }
    // « … », a dit la ministre. « Les nouvelles sont rassurantes. »: a quotation standing alone right after a
    // statement goes on with the same speaker's words.
    const introducer = prevSentence?.paragraph !== s.paragraph ? introducedBy.get(s.paragraph) : undefined;
    // A subheading between them ends what the speaker before said.
    const carried =
      statements.at(-1)?.sentenceId === prevSentence?.id &&
      prevSentence &&
      prevSentence.paragraph >= s.paragraph - 1
        ? statements.at(-1)
        : undefined;
    // "Marc court dans la rue. « Tout le monde criait … »": a quotation right after a sentence whose one
    // subject is a person, in the same paragraph, is that person's.
    const subjects =
      !introducer && !carried && prevSentence?.paragraph === s.paragraph
        ? new Set(
            (mentionsBySentence.get(prevSentence.id) ?? [])
              .filter((m) => !m.governed && byId.get(m.entityId)?.kind === 'person')
              .map((m) => m.entityId),
          )
        : new Set<string>();
    const subject =
      subjects.size === 1 &&
      prevSentence &&
      !spoken.has(prevSentence.id) &&
      !statements.slice(firstHere).some((st) => st.sentenceId === prevSentence.id)
        ? [...subjects][0]!
        : undefined;
    const introducing = introducer ?? subject;
    const before = introducing
      ? {
          speakerId: introducing,
          speakerMention: byId.get(introducing)?.name ?? null,
          verb: ':',
          sentenceId: -1,
        }
      : carried;
    const outside = ctx.quotes.length
      ? s.text.slice(0, ctx.quotes[0]!.start) +
        ctx.quotes.map((q, i) => s.text.slice(q.end, ctx.quotes[i + 1]?.start ?? s.text.length)).join('')
      : s.text;
    if (
      before?.speakerId &&
      before.sentenceId < s.id &&
      ctx.quotes.length > 0 &&
      ctx.quotes[0]!.start <= 2 &&
      /^[\s«»"“”.,!?…]*$/u.test(outside) &&
      !statements.slice(firstHere).some((st) => st.sentenceId === s.id)
    ) {
      const q = ctx.quotes;
      const time = ctx.times.find((t) => q.some((x) => t.start >= x.start && t.end <= x.end));
      statements.push({
        id: `st${statements.length + 1}`,
        speakerId: before.speakerId,
        speakerMention: before.speakerMention,
        verb: before.verb,
        content: tidy(s.text.slice(q[0]!.start, q.at(-1)!.end), ctx.quotes, q[0]!.start),
        quote: q.map((x) => s.text.slice(x.start, x.end)).join(' … '),
        kind: 'direct',
        time: time ? resolveTime(time.text, meta.published, guessTense(s.text)) : null,
        audience: null,
        hedged: false,
        sentenceId: s.id,
        paragraph: s.paragraph,
      });
      contentRanges.push({ start: q[0]!.start, end: q.at(-1)!.end });
      if (time) usedTimes.add(time);
      const e = byId.get(before.speakerId);
      if (e) speakersHere.push(e);
    }
    for (const t of ctx.times) {
      if (usedTimes.has(t)) continue;
      const within = contentRanges.find((r) => t.start >= r.start && t.end <= r.end);
      events.push(makeEvent(events.length + 1, ctx, t, meta, within));
    }
    for (const st of statements.slice(firstHere)) spoken.add(st.sentenceId);
    if (speakersHere.length) speakersHere.forEach((e) => salience.note(e, s.id));
    else {
      // Everyone named, the subject last so that it stays the most salient.
      const people = ctx.mentions.filter((m) => byId.get(m.entityId)?.kind === 'person');
      const subject = people.find((m) => !m.governed);
      for (const m of [...people.filter((x) => x !== subject), ...(subject ? [subject] : [])])
        salience.note(byId.get(m.entityId) ?? null, s.id);
    }
  }
  statements.sort((x, y) => x.sentenceId - y.sentenceId || Number(x.id.slice(2)) - Number(y.id.slice(2)));
  statements.forEach((st, i) => (st.id = `st${i + 1}`));
  return { statements, events, groups: [...groups.values()] };
}
