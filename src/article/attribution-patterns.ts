// Attributions without a reporting verb: "Selon X, …", "D'après X, …", "Pour X, …", "…, selon X."

import type { Anchor } from './anchors.ts';
import { pickTime, guessTense, tidy } from './content.ts';
import type { Context, Resolved } from './context.ts';
import type { Span } from './segment.ts';
import { resolveTime, type TimeMatch } from './time.ts';
import type { ArticleMeta, Statement } from './types.ts';
import { isSourcePhrase } from './references.ts';
import { REPORTING_VERBS } from './verbs.ts';

export interface Made {
  covers(pos: number): boolean;
  content: Span;
  time: TimeMatch | null;
  build(n: number, meta: ArticleMeta): Statement | null;
}

const CHANNEL =
  /^(?:(?:un|une|le|la|son|sa|leur|ce|cette)\s+)?(?:communiqué|lettre|courrier|message|tweet|note|texte|déclaration|publication|post|courriel|mail|interview|entretien)(?!\p{L})/iu;

/** Sentence-level attributions without a verb: "Selon X, …", "D'après X, …", "Pour X, …", "…, selon X." */
export function attributionPatterns(
  ctx: Context,
  resolve: (ctx: Context, start: number, end: number) => Resolved,
  /** The sentence's verbs of saying (anchors.ts), found once by the caller. */
  anchors: readonly Anchor[],
): Made[] {
  const { s } = ctx;
  const out: Made[] = [];
  // "- Selon le ministère de l'Agriculture, …": a list bullet before it; the groups' offsets start after it.
  const leadAt = s.text.match(/^[-–—•]\s+(?=(?:Selon|D'après)\s)/u)?.[0].length ?? 0;
  let lead =
    s.text.slice(leadAt).match(/^(Selon|D'après|Pour)\s+([^,]{2,80}),\s*(.+)$/su) ??
    // "Pour la préfète Lina Roy en tout cas rien ne presse."
    s.text.match(/^(Selon|D'après|Pour)\s+([^,]{2,80}?)(?=\s+en tout cas\b)\s+en tout cas,?\s*(.+)$/su);
  // "…, selon le porte-parole." and, in lists and dispatches, "… inondées à Dax selon le porte-parole."
  const bareSelon = s.text.match(/^(.+?)\s+(selon|d'après)\s+([^,]{2,80}?)[.\s]*$/su);
  const selonTail =
    s.text.match(/^(.+?),\s*(selon|d'après)\s+([^,]{2,80}?)[.\s]*$/su) ??
    (bareSelon && bareSelon[1]!.split(/\s+/).length >= 4 && isSourcePhrase(bareSelon[3]!) ? bareSelon : null);
  // "Selon les premières constatations, …, selon cette source.": the source closing the sentence wins.
  if (lead && selonTail && /^(?:cette|la)\s+(?:même\s+)?source/iu.test(selonTail[3]!)) lead = null;
  // "X a rappelé que …, selon un communiqué du parquet": the document is where X spoke, not another source;
  // the verb's own subject speaks.
  const channelOnly =
    selonTail &&
    CHANNEL.test(selonTail[3]!) &&
    anchors.some((a) => !a.pronoun && ctx.tokens[a.groupStart]!.start < selonTail[1]!.length);
  const tail =
    (channelOnly ? null : selonTail) ??
    // "…, comme le précise la préfecture.", "…, comme l'a repéré Le Parisien.": the source closes the sentence.
    commeTail(s.text);
  // "Elle savoure sa victoire : « Je suis heureuse »": a quotation opened by a colon, no verb of saying.
  const colon = !lead && !tail ? colonQuote(ctx, anchors) : null;
  // "Le joueur a, selon son entraîneur Marc Roy, préféré rentrer": the source set inside the sentence.
  const middle =
    !lead && !tail && !colon
      ? (s.text.match(/^(.+?),\s*(selon|d'après)\s+([^,]{2,80}),\s*(.+)$/su) ??
        // "…, car selon les chiffres de l'office, les ventes reculent."
        s.text.match(/^(.+?\s(?:puisque|car|et|mais|donc|or))\s+(selon|d'après)\s+([^,]{2,80}),\s*(.+)$/su))
      : null;
  // "…, a indiqué le maire, Lina Roy, selon qui « tout est prêt »": whom "qui" stands for.
  const selonQui = !lead && !colon ? s.text.match(/^(.+?),\s*(selon|d'après|pour)\s+qui\s+(.+)$/su) : null;
  // "…, mais pour elles, rien ne justifie …": the opinion of whom "pour" names, after a conjunction.
  const forWhom =
    !lead && !tail && !colon && !middle && !selonQui
      ? s.text.match(/^(.+?[,;]?\s+(?:mais|et|or|car|donc)\s+pour\s+)([^,]{2,60}),\s*(.+)$/su)
      : null;
  // "Il ne fait aucun doute pour la police que la digue a cédé."
  const noDoubt =
    !lead && !tail && !colon && !middle && !forWhom
      ? s.text.match(
          /^(.*?\b(?:il\s+)?(?:ne\s+fait|n'y\s+a)\s+(?:aucun|pas\s+de|plus\s+aucun)\s+doute\s+pour\s+)(.{2,60}?)\s+(?:qu'|que\s)(.+)$/isu,
        )
      : null;
  const push = (
    verb: string,
    whoStart: number,
    whoEnd: number,
    cStart: number,
    cEnd: number,
    strict: boolean,
    cut?: Span,
    coverFrom?: number,
    subjectFirst = false,
  ) => {
    // "Les éditeurs restent prudents, mais pour eux, …": the stressed pronoun is the clause's own subject.
    const subject = subjectFirst
      ? ctx.mentions.find(
          (m) => !m.governed && m.end <= whoStart && !/[.;:]/.test(s.text.slice(m.end, whoStart)),
        )
      : undefined;
    const who = subject ? resolve(ctx, subject.start, subject.end) : resolve(ctx, whoStart, whoEnd);
    if (!who.entity && !who.mention) return;
    if (strict && !who.entity) return;
    if (
      strict &&
      who.entity?.id.startsWith('group:') &&
      !/expert|analyste|spécialiste|observateur|responsable|syndicat|porte-parole|ministre|direction|gouvernement|enquêteur|autorités|dirigeant|police|gendarmerie|parquet/i.test(
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
      covers: (pos) => pos >= (coverFrom ?? whoStart) && pos < whoEnd,
      content: { start: cStart, end: cEnd },
      time,
      build: (n, meta) => {
        const content = cut
          ? `${tidy(s.text.slice(cStart, cut.start), ctx.quotes, cStart)} ${tidy(s.text.slice(cut.end, cEnd), ctx.quotes, cut.end)}`
          : tidy(s.text.slice(cStart, cEnd), ctx.quotes, cStart);
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
    const whoStart = leadAt + lead[1]!.length + 1;
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
  } else if (colon) {
    push(':', colon.from, colon.at, colon.quote.start, colon.quote.end, true, undefined, 0);
  } else if (middle) {
    const whoStart =
      middle[1]!.length +
      s.text.slice(middle[1]!.length).match(/^(?:,\s*|\s+)(?:selon|d'après)\s+/)![0].length;
    const whoEnd = whoStart + middle[3]!.length;
    push(middle[2]!.toLowerCase(), whoStart, whoEnd, 0, s.text.length, false, {
      start: middle[1]!.length,
      end: whoEnd + 1,
    });
  } else if (selonQui) {
    // The antecedent is the last name or source named before the comma.
    const before = selonQui[1]!.length;
    const named = ctx.mentions.filter((m) => m.end <= before && /^[\s,]*$/.test(s.text.slice(m.end, before)));
    const last = named.at(-1);
    if (last)
      push(
        selonQui[2]!.toLowerCase(),
        last.start,
        last.end,
        s.text.length - selonQui[3]!.length,
        s.text.length,
        true,
      );
  } else if (forWhom) {
    const whoStart = forWhom[1]!.length;
    const whoEnd = whoStart + forWhom[2]!.length;
    const pronoun = /^(?:eux|elles|lui|elle)$/i.test(forWhom[2]!.trim());
    push(
      'pour',
      whoStart,
      whoEnd,
      s.text.length - forWhom[3]!.length,
      s.text.length,
      true,
      undefined,
      undefined,
      pronoun,
    );
  } else if (noDoubt) {
    const whoStart = noDoubt[1]!.length;
    const whoEnd = whoStart + noDoubt[2]!.length;
    push(
      'ne fait aucun doute pour',
      whoStart,
      whoEnd,
      s.text.length - noDoubt[3]!.length,
      s.text.length,
      true,
      undefined,
      0,
    );
  } else if (tail) {
    // The source is the last thing in the sentence; the attribution starts right after the content.
    const whoStart = s.text.lastIndexOf(tail[3]!);
    push(
      tail[2]!.toLowerCase(),
      whoStart,
      whoStart + tail[3]!.length,
      0,
      tail[1]!.length,
      false,
      undefined,
      tail[1]!.length,
    );
  }
  return out;
}

/** Verbs that only report in "comme l'a … X": "comme l'a repéré Le Parisien", "comme l'a rapporté l'AFP". */
const COMME_VERBS = /^(?:repér|rapport|relay|révél|rappel|racont|écri)\p{L}*$/u;

/** "…, comme le précise la préfecture." -> [whole, content, 'comme', source], shaped like the `selon` match. */
function commeTail(text: string): RegExpMatchArray | null {
  const m = text.match(
    /^(.+?),?\s+comme\s+(?:le\s+|l')(?:a\s+|avait\s+|ont\s+|avaient\s+)?(\p{L}+)\s+(.{2,90}?)[.\s]*$/su,
  );
  const verb = m?.[2]!.toLowerCase() ?? '';
  if (!m || !(REPORTING_VERBS.has(verb) || COMME_VERBS.test(verb))) return null;
  const out = [m[0], m[1]!, verb, m[3]!] as unknown as RegExpMatchArray;
  out.index = 0;
  return out;
}

/** A sentence that ends with a quotation after a colon, with no verb of saying before it. */
function colonQuote(
  ctx: Context,
  anchors: readonly Anchor[],
): { from: number; at: number; quote: Span } | null {
  const last = ctx.quotes.at(-1);
  if (!last || !/^[\s»”".]*$/.test(ctx.s.text.slice(last.end))) return null;
  const before = ctx.s.text.slice(0, last.start);
  let at = before.search(/\s*:\s*[«"“]\s*$/u);
  let from = 0;
  // "Colère partagée par la présidente de l'association Lina Roy « … »": a person named right
  // before the quotation, with no colon, introduces it as well.
  if (at < 0) {
    const named = ctx.mentions.find(
      (m) => m.end >= before.length - 4 && /^\s*[«"“]\s*$/u.test(before.slice(m.end)),
    );
    if (named && ctx.s.text.slice(0, named.start).trim().length > 0) [from, at] = [named.start, named.end];
  }
  if (at < 3 || ctx.quotes.some((q) => q.start < at)) return null;
  if (anchors.some((a) => ctx.tokens[a.groupStart]!.start < at)) return null;
  return { from, at, quote: last };
}
