// Who said what: reporting verbs, their speakers (names, titles, pronouns, groups), content, time, audience.

import { fold } from '../text/normalize.ts';
import {
  addAlias,
  slug,
  type Apposition,
  type EntityDraft,
  type EntityTable,
  type Mention,
} from './entities.ts';
import { DETERMINERS, ORG_ANAPHORS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS } from './lexicon.ts';
import { quoteSpans, type Span } from './segment.ts';
import { findTimes, resolveTime, type Tense, type TimeMatch } from './time.ts';
import { isCapitalised, tokenize, type Token } from './tokens.ts';
import type { ArticleMeta, Sentence, Statement, StatementKind, TimedEvent, TimeRef } from './types.ts';
import {
  COMPOUND_AUXILIARIES,
  HEDGING_AUXILIARIES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  STANCE_ADJECTIVES,
} from './verbs.ts';

const COPULAS = new Set([
  'est',
  'sont',
  'reste',
  'restent',
  'demeure',
  'demeurent',
  'était',
  'étaient',
  'se',
]);
// Words that may sit between a subject, its auxiliary and the verb.
const INSERTS = new Set(
  `également aussi encore déjà notamment ensuite enfin toutefois pourtant cependant néanmoins alors ainsi
  même bien pour sa part quant à lui elle de son côté ne n' pas jamais y lui leur l' se s' nous vous en plutôt
  très assez peu généralement souvent parfois publiquement clairement fermement récemment d'ailleurs ailleurs
  par simplement désormais aujourd'hui hier`.split(/\s+/),
);
const NOUN_BLOCKERS = new Set([
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'ce',
  'cette',
  'ces',
  'sa',
  'son',
  'ses',
  'leur',
  'leurs',
  'du',
  'de',
  "d'",
  "l'",
  'au',
  'aux',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'votre',
  'vos',
  'cet',
  'quelle',
  'quel',
]);
const GENERIC_ORG_ANAPHORS = new Set([
  'société',
  'groupe',
  'entreprise',
  'constructeur',
  'firme',
  'fabricant',
]);
const RELATIVE_STARTS = /^(?:qui|dont|lequel|laquelle|lesquels|lesquelles|où)\b/i;
const AUDIENCE_NOUNS =
  'journalistes|la presse|députés|sénateurs|partisans|militants|salariés|étudiants|élus|habitants|collègues|lecteurs|auditeurs|téléspectateurs|manifestants|ministres|dirigeants|investisseurs|adjoints';
const NAME =
  "\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'&.-]*|(?:nationale?|générale?|européenne?|municipale?|régionale?|fédérale?|internationale?|publique|populaire)(?=[\\s,.;:]|$)))*";
const AUDIENCE_RE = new RegExp(
  `^(?:\\s|,|également|aussi|encore|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|la veille|le lendemain|en\\s+\\p{Ll}+ais|en\\s+anglais)*` +
    `((?:au micro|à l'antenne|sur l'antenne|sur le plateau)\\s+d(?:e|u|es|')\\s*\\p{L}*\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'&.-]*)*|` +
    `sur\\s+(?:(?:la\\s+|le\\s+|l')?\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'&.-]*)*|\\p{Ll}*(?:info|radio|tv|inter)\\p{Ll}*)|` +
    `(?:à|au|aux|devant)\\s+(?:(?:la|le|les|l'|des|ses|leurs?|nos|son|sa)\\s*)?(?:${NAME}|(?:[\\p{Ll}]+\\s+)?(?:${AUDIENCE_NOUNS})|\\p{Ll}{4,}s(?=[\\s,.;:]|$)))`,
  'u',
);
const INTERVIEW_RE =
  /\b(?:[Dd]ans|[Ll]ors d')\s*(?:un|une)\s+(?:entretien|interview|entrevue|tribune|communiqué|message|lettre|conférence de presse)(?:\s+(?:accordée?|donnée?|publiée?|diffusée?))?\s+(?:à|au|aux|avec)\s+(?:(?:la|le|les|l')\s*)?\p{Lu}[\p{L}\d'&.-]*(?:\s+\p{Lu}[\p{L}\d'&.-]*)*/u;

interface Anchor {
  /** First token of the verb group (auxiliary or verb); the subject ends before it. */
  groupStart: number;
  /** Last token of the verb group; content and audience come after it. */
  groupEnd: number;
  verb: string;
  hedged: boolean;
  tense: Tense;
  pronoun: string | null;
  inverted: boolean;
  stance: boolean;
  noun: boolean;
}

interface Context {
  s: Sentence;
  tokens: Token[];
  quotes: Span[];
  times: TimeMatch[];
  mentions: Mention[];
  appositions: Apposition[];
}

const insideAny = (spans: Span[], pos: number) => spans.some((q) => pos >= q.start && pos < q.end);

function findAnchors(ctx: Context): Anchor[] {
  const { tokens, quotes } = ctx;
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (insideAny(quotes, tok.start)) continue;
    const inverted = tok.lower.match(/^(\p{L}+?)-(?:t-)?(il|elle|ils|elles|on)$/u);
    if (inverted) {
      const head = inverted[1]!;
      const next = tokens[i + 1];
      if (COMPOUND_AUXILIARIES.has(head) && next && REPORTING_VERBS.get(next.lower)?.participle) {
        anchors.push(anchor(i, i + 1, next.lower, HEDGING_AUXILIARIES.has(head), inverted[2]!, true));
        i++;
      } else if (REPORTING_VERBS.has(head) && !REPORTING_VERBS.get(head)!.participle) {
        anchors.push(anchor(i, i, head, REPORTING_VERBS.get(head)!.conditional, inverted[2]!, true));
      }
      continue;
    }
    // "a fait savoir que", "fait valoir que": faire + a verb that is not itself a reporting verb.
    if (
      /^(?:savoir|valoir)$/.test(tok.lower) &&
      /^(?:fait|faisait|fera|fit)$/.test(tokens[i - 1]?.lower ?? '')
    ) {
      let k = i - 2;
      while (k >= 0 && INSERTS.has(tokens[k]!.lower)) k--;
      const aux = tokens[k];
      const start = aux && COMPOUND_AUXILIARIES.has(aux.lower) ? k : i - 1;
      anchors.push(
        anchor(start, i, `fait ${tok.lower}`, HEDGING_AUXILIARIES.has(aux?.lower ?? ''), null, false),
      );
      continue;
    }
    const form = REPORTING_VERBS.get(tok.lower);
    if (form) {
      const infinitive = tok.lower === form.lemma.replace(/^s'|^se /, '');
      // "lui a fait observer", "a fait savoir": faire + infinitive reports too; a bare infinitive does not.
      const made = infinitive && /^(?:fait|faisait|fera|fit)$/.test(tokens[i - 1]?.lower ?? '');
      if (infinitive && !made) continue;
      // "n'a pas souhaité commenter": declining to speak is not a statement.
      const next = tokens[i + 1];
      if (
        next &&
        /(?:er|ir|re)$/.test(next.lower) &&
        tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:pas|jamais|n')$/.test(t.lower))
      )
        continue;
      let k = made ? i - 2 : i - 1;
      while (k >= 0 && INSERTS.has(tokens[k]!.lower)) k--;
      const aux = tokens[k];
      const reflexive =
        aux &&
        /^(?:est|sont|était|étaient)$/.test(aux.lower) &&
        /^(?:s'|se)$/.test(tokens[k - 1]?.lower ?? '');
      if (aux && (COMPOUND_AUXILIARIES.has(aux.lower) || reflexive)) {
        anchors.push(
          anchor(k, i, tok.lower, HEDGING_AUXILIARIES.has(aux.lower) || form.conditional, null, false),
        );
      } else if (made) {
        anchors.push(anchor(i - 1, i, tok.lower, false, null, false));
      } else if (!form.participle || tok.lower === 'dit') {
        const prev = tokens[i - 1];
        if (prev && NOUN_BLOCKERS.has(prev.lower)) continue;
        if (!prev || !/^(?:qu'|que)$/.test(prev.lower) || i > 1)
          anchors.push(anchor(i, i, tok.lower, form.conditional, null, false));
      }
      continue;
    }
    if (COPULAS.has(tok.lower)) {
      let k = i + 1;
      if (
        tokens[k]?.lower === 'montrent' ||
        tokens[k]?.lower === 'montre' ||
        tokens[k]?.lower === 'disent' ||
        tokens[k]?.lower === 'dit'
      )
        k++;
      while (
        k < tokens.length &&
        /^(?:très|plutôt|assez|peu|fort|particulièrement|toujours|encore|également|aussi)$/.test(
          tokens[k]!.lower,
        )
      )
        k++;
      const adj = tokens[k];
      if (adj && STANCE_ADJECTIVES.has(adj.lower) && !/^certain/.test(adj.lower)) {
        anchors.push({ ...anchor(i, k - 1, `${tok.lower} ${adj.lower}`, false, null, false), stance: true });
      }
      continue;
    }
    const nounWord = tok.lower;
    if (
      REPORTING_NOUNS.has(nounWord) &&
      tokens[i - 1]?.lower === "l'" &&
      /^(?:de|du|des|d')$/.test(tokens[i + 1]?.lower ?? '')
    ) {
      const thatAt = tokens.findIndex((t, j) => j > i + 1 && j < i + 14 && /^(?:que|qu')$/.test(t.lower));
      if (thatAt > 0) {
        const hedged = tokens.slice(0, i).some((t) => HEDGING_AUXILIARIES.has(t.lower));
        anchors.push({ ...anchor(i, i, nounWord, hedged, null, false), noun: true });
      }
    }
  }
  return anchors;
}

function anchor(
  groupStart: number,
  groupEnd: number,
  verb: string,
  hedged: boolean,
  pronoun: string | null,
  inverted: boolean,
): Anchor {
  const tense: Tense = /(?:era|ira|ront|dra)$/.test(verb) ? 'future' : 'past';
  return { groupStart, groupEnd, verb, hedged, tense, pronoun, inverted, stance: false, noun: false };
}

/** Speaker state carried from sentence to sentence for pronouns. */
class Salience {
  private recent: Array<{ e: EntityDraft; at: number }> = [];

  note(e: EntityDraft | null, sentenceId: number): void {
    if (!e) return;
    this.recent = [{ e, at: sentenceId }, ...this.recent.filter((x) => x.e !== e)].slice(0, 12);
  }

  resolve(pronoun: string, sentenceId = Infinity): EntityDraft | null {
    const people = this.recent.filter((x) => x.e.kind === 'person');
    if (pronoun === '*') return people[0]?.e ?? null;
    const p = PRONOUNS[pronoun.toLowerCase()];
    if (!p || p.generic) return null;
    if (p.plural)
      return this.recent.find((x) => x.e.kind === 'group' || x.e.kind === 'organisation')?.e ?? null;
    const agreeing = people.find((x) => !x.e.gender || !p.gender || x.e.gender === p.gender);
    if (agreeing) return agreeing.e;
    // Titles mislead about gender ("le colonel Sandrine Aubert … a-t-elle"): the person just named still wins.
    const last = people[0];
    return last && sentenceId - last.at <= 1 ? last.e : null;
  }
}

interface Resolved {
  entity: EntityDraft | null;
  mention: string | null;
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
): StatementTable {
  const byId = new Map(table.entities.map((e) => [e.id, e]));
  const groups = new Map<string, EntityDraft>();
  const salience = new Salience();
  const statements: Statement[] = [];
  const events: TimedEvent[] = [];

  const groupFor = (np: string): EntityDraft => {
    const name = np.replace(/^(?:le|la|les|l')\s*/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const id = `group:${slug(name)}`;
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
    const t = fold(text.replace(/^(?:le|la|l')\s*/i, '')).trim();
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
    // "la chercheuse", "l'ancien élu", "le syndicat": a bare noun, no complement that would make it someone new.
    const m = text.match(/^(le|la|l')\s*((?:[\p{L}-]+\s+)?[\p{L}-]+)$/iu);
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

  const resolveChunk = (ctx: Context, start: number, end: number): Resolved => {
    const raw = ctx.s.text.slice(start, end);
    const text = raw.trim();
    const offset = start + raw.indexOf(text);
    if (!text) return { entity: null, mention: null };
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
    const first = text.split(/\s+/)[0]!.toLowerCase();
    if (PRONOUNS[first]) return { entity: salience.resolve(first, ctx.s.id), mention: text.split(/\s+/)[0]! };
    const byRole = roleLookup(text);
    if (byRole) return { entity: byRole, mention: text };
    const anaphor = definiteAnaphor(ctx, offset, text);
    if (anaphor) {
      // The article calls them this too: "Qu'a dit le syndicat ?", "What did the researcher say?".
      addAlias(anaphor, text.replace(/^(?:le|la|l')\s*/i, ''));
      return { entity: anaphor, mention: text };
    }
    const words = text.split(/\s+/);
    if (
      words.length <= 8 &&
      (DETERMINERS.test(words[0]!) || isCapitalised(words[0]!)) &&
      !RELATIVE_STARTS.test(text)
    ) {
      return { entity: groupFor(text), mention: text };
    }
    return { entity: null, mention: text };
  };

  /** The subject ends where the verb group starts; it begins after the last clause boundary. */
  const subjectBefore = (ctx: Context, a: Anchor): Resolved => {
    const { tokens, s } = ctx;
    let k = a.groupStart - 1;
    while (k >= 0 && INSERTS.has(tokens[k]!.lower) && !PRONOUNS[tokens[k]!.lower]) k--;
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
    for (const [cs, ce] of chunks.reverse()) {
      const chunk = s.text.slice(cs, ce).trim();
      if (
        !chunk ||
        RELATIVE_STARTS.test(chunk) ||
        ctx.times.some((t) => t.start >= cs && t.end <= ce && chunk.length <= t.text.length + 2)
      )
        continue;
      const r = resolveChunk(ctx, cs, ce);
      if (r.entity) return r;
      fallback ??= r.mention ? r : null;
    }
    return fallback ?? { entity: null, mention: null };
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
    )
      from += aud[0].length;
    // "a déclaré mercredi matin le préfet du Var, Laurent Ferrand": a time may come before the speaker.
    for (let moved = true; moved;) {
      moved = false;
      const ws = s.text.slice(from).match(/^\s*/)![0].length;
      const time = ctx.times.find((t) => t.start === from + ws);
      if (time) {
        from = time.end;
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
    const stop = rest.slice(lead).search(/[,.;:!?«»"]|\s(?:à|au|aux|devant|dans|lors)\s/);
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

  for (const s of sentences) {
    const tokens = tokenize(s.text);
    const ctx: Context = {
      s,
      tokens,
      quotes: quoteSpans(s.text),
      times: findTimes(s.text),
      mentions: table.mentions.filter((m) => m.sentenceId === s.id),
      appositions: table.appositions.filter((a) => a.sentenceId === s.id),
    };
    const usedTimes = new Set<TimeMatch>();
    const speakersHere: EntityDraft[] = [];
    const contentRanges: Span[] = [];
    const relatives: number[] = [];

    const made = attributionPatterns(ctx, resolveChunk);
    made.forEach((m) => contentRanges.push(m.content));
    for (const a of findAnchors(ctx)) {
      if (made.some((m) => m.covers(ctx.tokens[a.groupStart]!.start))) continue;
      if (relatives.some((r) => Math.abs(r - ctx.tokens[a.groupStart]!.start) <= 1)) continue;
      const verbTok = tokens[a.groupEnd]!;
      const startsWithQuote = ctx.quotes.length > 0 && ctx.quotes[0]!.start <= 2;
      // "«…», lui a fait observer la présidente": an object pronoun may sit before the verb.
      const textBefore = s.text
        .slice(0, tokens[a.groupStart]!.start)
        .trim()
        .replace(/\s*\b(?:lui|leur|nous|vous|me|m'|te|l')$/u, '');
      const afterGroup = s.text.slice(verbTok.end);
      // "Les habitants … avant samedi, a précisé la préfecture dans un communiqué.": the attribution closes the
      // sentence and what came before is the content, quoted or not.
      const tailAttribution =
        !a.pronoun &&
        /,$/.test(textBefore) &&
        !/^\s*(?:que|qu'|:)/.test(afterGroup) &&
        afterGroup.split(/\s+/).filter(Boolean).length <= 14 &&
        !/«|»|"/.test(afterGroup) &&
        !/\b(?:que|qu')\s*$/.test(textBefore) &&
        // "Le ministre, accompagné de son épouse, a annoncé …" has its subject before the verb.
        !subjectBefore(ctx, a).entity;
      const quoteFirst =
        (startsWithQuote && /[»”"],?$|,$/.test(textBefore) && !/\b(?:que|qu')\s*$/.test(textBefore)) ||
        tailAttribution;

      let who: Resolved;
      let subjectEnd = -1;
      if (a.pronoun) who = { entity: salience.resolve(a.pronoun, s.id), mention: a.pronoun };
      else if (quoteFirst) {
        const after = subjectAfter(ctx, a);
        who = after;
        subjectEnd = after.end;
      } else if (a.noun) {
        const thatTok = tokens.findIndex((t, j) => j > a.groupEnd + 1 && /^(?:que|qu')$/.test(t.lower));
        who = resolveChunk(ctx, tokens[a.groupEnd + 2]!.start, tokens[thatTok]!.start);
      } else who = subjectBefore(ctx, a);
      if (!who.mention && !who.entity) continue;
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
        audience = aud[1]!.trim().replace(/[.]$/, '');
        contentStart += aud[0].length;
      } else if (subjectEnd > 0) {
        // "…», explique le chercheur au Figaro": the audience follows the speaker.
        const late = s.text.slice(subjectEnd).match(AUDIENCE_RE);
        if (late && !isPlace(late[1]!, ctx, byId)) audience = late[1]!.trim().replace(/[.]$/, '');
      }
      let content: string;
      let contentRange: Span;
      let kind: StatementKind;
      if (quoteFirst) {
        const q =
          startsWithQuote && ctx.quotes[0]!.end >= textBefore.length - 3
            ? ctx.quotes[0]!
            : { start: 0, end: textBefore.replace(/,$/, '').length };
        content = s.text.slice(q.start, q.end);
        contentRange = q;
        kind =
          q === ctx.quotes[0] ? 'direct' : ctx.quotes.some((x) => x.start < q.end) ? 'mixed' : 'indirect';
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
          else if (INSERTS.has(t.lower) && !/^(?:ne|n'|y|lui|leur|en|l')$/.test(t.lower)) skipTo = t.end;
          else break;
        }
        let lead = s.text.slice(contentStart, skipTo) + (s.text.slice(skipTo).match(/^[\s,]*/)?.[0] ?? '');
        if (a.noun) {
          const thatTok = tokens.find((t, j) => j > a.groupEnd + 1 && /^(?:que|qu')$/.test(t.lower))!;
          lead = s.text.slice(contentStart, thatTok.start);
        }
        if (a.stance) lead = '';
        let body = s.text.slice(contentStart + lead.length);
        if (a.stance) body = s.text.slice(tokens[a.groupEnd + 1]!.start);
        const bodyStart = s.text.length - body.length;
        const that = body.match(/^(?:que|qu')\s*/i);
        const colon = body.match(/^:\s*/);
        const skip = that?.[0].length ?? colon?.[0].length ?? 0;
        const rangeStart = bodyStart + skip;
        let rangeEnd = s.text.length;
        // A following sentence-level attribution ("…, selon X") is not content.
        const trailing = s.text.slice(rangeStart).search(/,\s*(?:a-t-(?:il|elle)|selon|d'après)\b/);
        if (trailing >= 0) rangeEnd = rangeStart + trailing;
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
      content = tidy(content, ctx.quotes, contentRange.start);
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
      const time = pickTime(
        ctx.times,
        contentRange,
        ctx.quotes,
        tokens[a.groupStart]!.start,
        verbTok.end,
        ctx.appositions,
      );
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
        if (!who.entity.mentions.includes(s.id)) who.entity.mentions.push(s.id);
        speakersHere.push(who.entity);
      }
    }
    for (const m of made) {
      const st = m.build(statements.length + 1, meta);
      if (!st) continue;
      if (m.time) usedTimes.add(m.time);
      statements.push(st);
      const e = st.speakerId ? byId.get(st.speakerId) : null;
      if (e) speakersHere.push(e);
    }
    for (const t of ctx.times) {
      if (usedTimes.has(t)) continue;
      const within = contentRanges.find((r) => t.start >= r.start && t.end <= r.end);
      events.push(makeEvent(events.length + 1, ctx, t, meta, within));
    }
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

function isPlace(phrase: string, ctx: Context, byId: Map<string, EntityDraft>): boolean {
  const name = phrase.replace(/^(?:à|au|aux|devant)\s+/, '');
  if (/^(?:la|le|les|l'|des|ses|leurs?|nos)\s*/.test(name)) return false;
  const bare = name.trim();
  // Media names: acronyms, several words, "au Monde", "Nice-Matin"; a lone name after "à" is a place.
  const media =
    /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(bare) &&
    !/^(?:Saint|Sainte|Mont|Port|Pont|Val|Villeneuve|Bourg|Fort|Grand|Petit)-/u.test(bare);
  if (
    media ||
    /^\p{Lu}{2,6}$/u.test(bare) ||
    /\s/.test(bare) ||
    /^(?:au|aux|devant)\s/.test(phrase) ||
    /^\p{Ll}/u.test(bare)
  )
    return false;
  const e = ctx.mentions.find((m) => fold(ctx.s.text.slice(m.start, m.end)) === fold(bare));
  return !e || byId.get(e.entityId)?.kind === 'place';
}

/** Content without its trailing punctuation, quotation marks made regular: « … ». */
function tidy(text: string, quotes: Span[], offset: number): string {
  let out = '';
  let i = 0;
  const local = quotes
    .map((q) => ({ start: q.start - offset, end: q.end - offset }))
    .filter((q) => q.end > 0 && q.start < text.length);
  for (const q of local) {
    const s = Math.max(0, q.start);
    out +=
      text
        .slice(i, s)
        .replace(/[«»“”"„]\s*$/, '')
        .replace(/\s*$/, ' ') +
      '« ' +
      text.slice(s, q.end) +
      ' »';
    i = Math.min(text.length, q.end);
    const after = text.slice(i).match(/^\s*[«»“”"]/);
    if (after) i += after[0].length;
  }
  out += text.slice(i);
  return out
    .replace(/^\s*[«»“”"]\s*(?=[«])/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .replace(/\s+([,.])/g, '$1')
    .trim();
}

/**
 * The time of the attribution ("a déclaré lundi") when there is one; otherwise the first time in what was said
 * ("… pourrait revenir sous 3 % en 2029"). Times inside a role ("installé quai Riondet depuis 1998") are neither.
 */
function pickTime(
  times: TimeMatch[],
  content: Span,
  quotes: Span[],
  verbStart: number,
  verbEnd: number,
  roles: Span[] = [],
): TimeMatch | null {
  const usable = times.filter((t) => !insideAny(roles, t.start));
  const outside = usable.filter(
    (t) => (t.end <= content.start || t.start >= content.end) && !insideAny(quotes, t.start),
  );
  if (!outside.length) return usable.find((t) => t.start >= content.start && t.end <= content.end) ?? null;
  const distance = (t: TimeMatch) =>
    t.end <= verbStart ? verbStart - t.end : Math.max(0, t.start - verbEnd);
  return outside.reduce((a, b) => (distance(a) <= distance(b) ? a : b));
}

function guessTense(text: string): Tense {
  if (/\b\p{L}+(?:era|eront|ira|iront|dra|dront|ra|ront)\b/u.test(text) || /prochain/.test(text))
    return 'future';
  return 'past';
}

/** `bounds`: a time inside someone's reported words stays within them (the attribution is not the event). */
function makeEvent(n: number, ctx: Context, t: TimeMatch, meta: ArticleMeta, bounds?: Span): TimedEvent {
  const { s } = ctx;
  const lo = bounds?.start ?? 0;
  const hi = bounds?.end ?? s.text.length;
  // The clause (between , ; :) that holds the expression.
  const lastBreak = (before: number) =>
    Math.max(...[',', ';', ':'].map((c) => s.text.lastIndexOf(c, before)));
  const nextBreak = (after: number) => {
    const found = [',', ';', ':'].map((c) => s.text.indexOf(c, after)).filter((i) => i >= 0);
    return found.length ? Math.min(...found) : s.text.length;
  };
  let start = Math.max(lo, lastBreak(t.start - 1) + 1);
  let end = Math.min(hi, nextBreak(t.end));
  // "…de grève, entamé la semaine dernière": a clause with no subject of its own belongs to the one before.
  if (
    /^\s*(?:(?!(?:malgré|après|près|dès|déjà|été|selon|ici|aussi|parmi|depuis)\s)\p{Ll}{3,}(?:é|ée|és|ées|i|is|it|u|us)(?=[\s,])|qui\s)/u.test(
      s.text.slice(start, end),
    ) &&
    start > 0
  ) {
    start = Math.max(lo, lastBreak(start - 2) + 1);
  }
  let clause = s.text.slice(start, end).trim();
  // "Le mois dernier, le Kremlin …", "… est visé : en 2011, une tentative …": a bare time takes the clause after it.
  if (clause.replace(t.text, '').split(/\s+/).filter(Boolean).length < 3 && end < hi) {
    end = Math.min(hi, nextBreak(end + 1));
    clause = s.text.slice(start, end).trim();
  }
  if (clause.replace(t.text, '').split(/\s+/).filter(Boolean).length < 4) {
    start = lo;
    end = hi;
    clause = s.text.slice(lo, hi).trim();
  }
  const subject = ctx.mentions.find((m) => m.start >= start && m.end <= end && !m.governed);
  const time: TimeRef = resolveTime(t.text, meta.published, guessTense(clause));
  return {
    id: `ev${n}`,
    text: clause.replace(/[\s.;,]+$/, ''),
    subject: subject
      ? s.text.slice(subject.start, subject.end)
      : (clause.match(
          /^(?:(?:Les?|La)\s+|L')[\p{L}-]+(?:\s+(?!(?:a|ont|avait|avaient|est|sont|était|sera|se|s')\b)\p{Ll}[\p{Ll}-]*)?/u,
        )?.[0] ?? null),
    time,
    sentenceId: s.id,
    paragraph: s.paragraph,
  };
}

interface Made {
  covers(pos: number): boolean;
  content: Span;
  time: TimeMatch | null;
  build(n: number, meta: ArticleMeta): Statement | null;
}

/** Sentence-level attributions without a verb: "Selon X, …", "D'après X, …", "Pour X, …", "…, selon X." */
function attributionPatterns(
  ctx: Context,
  resolve: (ctx: Context, start: number, end: number) => Resolved,
): Made[] {
  const { s } = ctx;
  const out: Made[] = [];
  const lead = s.text.match(/^(Selon|D'après|Pour)\s+([^,]{2,80}),\s*(.+)$/su);
  const tail = s.text.match(/^(.+?),\s*(selon|d'après)\s+([^,]{2,80}?)[.\s]*$/su);
  const push = (
    verb: string,
    whoStart: number,
    whoEnd: number,
    cStart: number,
    cEnd: number,
    strict: boolean,
  ) => {
    const who = resolve(ctx, whoStart, whoEnd);
    if (!who.entity && !who.mention) return;
    if (strict && !who.entity) return;
    if (
      strict &&
      who.entity?.id.startsWith('group:') &&
      !/expert|analyste|spécialiste|observateur|responsable|syndicat|porte-parole|ministre|direction|gouvernement/i.test(
        who.mention ?? '',
      )
    )
      return;
    const time = pickTime(
      ctx.times,
      { start: cStart, end: cEnd },
      ctx.quotes,
      whoStart,
      whoEnd,
      ctx.appositions,
    );
    out.push({
      covers: (pos) => pos >= whoStart && pos < whoEnd,
      content: { start: cStart, end: cEnd },
      time,
      build: (n, meta) => {
        const content = tidy(s.text.slice(cStart, cEnd), ctx.quotes, cStart);
        if (content.length < 2) return null;
        const quotes = ctx.quotes.filter((q) => q.start >= cStart && q.end <= cEnd);
        return {
          id: `st${n}`,
          speakerId: who.entity?.id ?? null,
          speakerMention: who.mention,
          verb,
          content,
          quote: quotes.map((q) => s.text.slice(q.start, q.end)).join(' … ') || null,
          kind: quotes.length ? 'mixed' : 'indirect',
          time: time ? resolveTime(time.text, meta.published, guessTense(content)) : null,
          audience: null,
          hedged: /\b(?:aurait|auraient|serait|seraient)\b/.test(content),
          sentenceId: s.id,
          paragraph: s.paragraph,
        };
      },
    });
  };
  if (lead) {
    const whoStart = lead[1]!.length + 1;
    let whoEnd = whoStart + lead[2]!.length;
    let cStart = s.text.length - lead[3]!.length;
    // "Selon X, <role>, …" and "D'après <role>, X, …": the role or the name after the comma is not content.
    for (let guard = 0; guard < 3; guard++) {
      const role = ctx.appositions.find((a) => Math.abs(a.start - cStart) <= 1);
      const name = ctx.mentions.find(
        (m) => Math.abs(m.start - cStart) <= 1 && /^\s*,/.test(s.text.slice(m.end)),
      );
      const clause = s.text
        .slice(cStart)
        .match(/^(?:qui\s|\p{Ll}+(?:é|ée|és|ées|i|ie|is|u|ue|us)\s)[^,«»]*,\s*/u);
      if (clause) {
        cStart += clause[0].length;
        continue;
      }
      const skipTo = role ? role.end : name ? name.end : -1;
      if (skipTo < 0) break;
      const comma = s.text.slice(skipTo).match(/^[^,]{0,3},\s*/);
      if (!comma) break;
      if (name) [whoEnd] = [name.end];
      cStart = skipTo + comma[0].length;
    }
    push(lead[1]!.toLowerCase(), whoStart, whoEnd, cStart, s.text.length, lead[1] === 'Pour');
  } else if (tail) {
    const whoStart =
      s.text.length - s.text.slice(tail[1]!.length).replace(/^,\s*(?:selon|d'après)\s+/, '').length;
    push(tail[2]!.toLowerCase(), whoStart, whoStart + tail[3]!.length, 0, tail[1]!.length, false);
  }
  return out;
}
