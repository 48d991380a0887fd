// Reporting verbs found in a sentence: "a déclaré", "a-t-il ajouté", "estime", "sont sceptiques", "l'assurance de … que".

import type { Context } from './context.ts';
import { insideAny } from './context.ts';
import type { Tense } from './time.ts';
import {
  COMPOUND_AUXILIARIES,
  GERUND_LEMMAS,
  HEDGING_AUXILIARIES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  STANCE_ADJECTIVES,
  SHARED_PARTICIPLES,
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
export const INSERTS = new Set(
  `également aussi encore déjà notamment ensuite enfin toutefois pourtant cependant néanmoins alors ainsi
  même bien pour sa part quant à lui elle de son côté ne n' pas jamais y lui leur l' se s' nous vous en plutôt
  très assez peu généralement souvent parfois publiquement clairement fermement récemment d'ailleurs ailleurs
  par simplement désormais aujourd'hui hier effet effectivement finalement aussitôt immédiatement vivement
  longuement officiellement ouvertement quant`.split(/\s+/),
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

export interface Anchor {
  /** First token of the verb group (auxiliary or verb); the subject ends before it. */
  groupStart: number;
  /** Last token of the verb group; content and audience come after it. */
  groupEnd: number;
  verb: string;
  hedged: boolean;
  tense: Tense;
  pronoun: string | null;
  stance: boolean;
  noun: boolean;
  /** "ajoutant que …": the speaker is the one of the report before it in the sentence. */
  gerund: boolean;
  /** "a-t-on appris de source policière": the source after "de" / "auprès de" speaks. */
  learnt?: boolean;
}

export function findAnchors(ctx: Context): Anchor[] {
  const { tokens, quotes } = ctx;
  const text = ctx.s.text;
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (insideAny(quotes, tok.start)) continue;
    const inverted = tok.lower.match(/^(\p{L}+?)-(?:t-)?(il|elle|ils|elles|on)$/u);
    if (inverted) {
      const head = inverted[1]!;
      const next = tokens[i + 1];
      // "…, a-t-on appris de sources concordantes": what "on" learnt, the sources said.
      if (inverted[2] === 'on' && COMPOUND_AUXILIARIES.has(head) && next?.lower === 'appris') {
        anchors.push({ ...anchor(i, i + 1, 'appris', false, 'on'), learnt: true });
        i++;
        continue;
      }
      // "s'est-il félicité", "se sont-ils réjouis": the reflexive compound, inverted.
      const reflexiveAux =
        /^(?:est|sont|était|étaient)$/.test(head) && /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '');
      if (
        (COMPOUND_AUXILIARIES.has(head) || reflexiveAux) &&
        next &&
        (REPORTING_VERBS.get(next.lower)?.participle || SHARED_PARTICIPLES.has(next.lower))
      ) {
        anchors.push(
          anchor(reflexiveAux ? i - 1 : i, i + 1, next.lower, HEDGING_AUXILIARIES.has(head), inverted[2]!),
        );
        i++;
      } else if (REPORTING_VERBS.has(head) && !REPORTING_VERBS.get(head)!.participle) {
        anchors.push(anchor(i, i, head, REPORTING_VERBS.get(head)!.conditional, inverted[2]!));
      }
      continue;
    }
    // "a fait savoir que", "fait valoir que", "a fait état de", "a fait part de": faire + a word that is not
    // itself a reporting verb.
    if (
      (/^(?:savoir|valoir)$/.test(tok.lower) ||
        // "a fait état devant les élus de …": an audience may come before "de".
        (/^(?:état|part)$/.test(tok.lower) &&
          tokens.slice(i + 1, i + 7).some((t) => /^(?:de|d'|du|des)$/.test(t.lower)))) &&
      /^(?:fait|faisait|fera|fit|faisant)$/.test(tokens[i - 1]?.lower ?? '')
    ) {
      let k = i - 2;
      while (k >= 0 && INSERTS.has(tokens[k]!.lower)) k--;
      const aux = tokens[k];
      const start = aux && COMPOUND_AUXILIARIES.has(aux.lower) ? k : i - 1;
      anchors.push(anchor(start, i, `fait ${tok.lower}`, HEDGING_AUXILIARIES.has(aux?.lower ?? ''), null));
      continue;
    }
    const form = REPORTING_VERBS.get(tok.lower);
    if (form?.gerund) {
      if (GERUND_LEMMAS.has(form.lemma))
        anchors.push({ ...anchor(i, i, tok.lower, false, null), gerund: true });
      continue;
    }
    if (form) {
      const infinitive = tok.lower === form.lemma.replace(/^s'|^se /, '');
      // "avant d'affirmer que …", "Et d'ajouter : « … »": the speaker of the report before goes on.
      if (
        infinitive &&
        /^(?:de|d')$/.test(tokens[i - 1]?.lower ?? '') &&
        /^(?:avant|et|puis|avant même)$/.test(tokens[i - 2]?.lower ?? '') &&
        GERUND_LEMMAS.has(form.lemma)
      ) {
        anchors.push({ ...anchor(i - 2, i, tok.lower, false, null), gerund: true });
        continue;
      }
      // "lui a fait observer", "a fait savoir": faire + infinitive reports too; a bare infinitive does not.
      const made = infinitive && /^(?:fait|faisait|fera|fit)$/.test(tokens[i - 1]?.lower ?? '');
      // "« … », semble s'amuser la juge", "paraît regretter le ministre": the modal carries the report.
      const self = /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '') ? 1 : 0;
      const modal = tokens[i - 1 - self];
      if (
        infinitive &&
        !made &&
        modal &&
        /^(?:semble|semblent|paraît|paraissent|semblait|semblaient)$/.test(modal.lower)
      ) {
        anchors.push(anchor(i - 1 - self, i, tok.lower, true, null));
        continue;
      }
      // "Le syndicat a diffusé une lettre pour dénoncer le plan …": the document is the channel
      // of the report; the verb group runs from the auxiliary to the infinitive.
      const published =
        infinitive &&
        tokens[i - 1]?.lower === 'pour' &&
        /^(?:communiqué|lettre|message|texte|tribune|tweet|vidéo|courrier|post)$/.test(
          tokens[i - 2]?.lower ?? '',
        ) &&
        /^(?:un|une|son|sa|leur)$/.test(tokens[i - 3]?.lower ?? '') &&
        /^(?:publié|diffusé|adressé|envoyé|signé|posté|rédigé|écrit|transmis)$/.test(
          tokens[i - 4]?.lower ?? '',
        ) &&
        COMPOUND_AUXILIARIES.has(tokens[i - 5]?.lower ?? '');
      if (published) {
        anchors.push(anchor(i - 5, i, tok.lower, HEDGING_AUXILIARIES.has(tokens[i - 5]!.lower), null));
        continue;
      }
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
      // "s'est félicité", "s'est dit prêt": reflexive reports; "s'est lancée dans", "s'annoncent chauds" are not.
      const reflexiveOk =
        /^(?:s'|se )/.test(form.lemma) ||
        /^(?:dire|déclarer|montrer|affirmer|féliciter|réjouir|exprimer|plaindre|désoler|engager|défendre|expliquer|excuser|demander|interroger)$/.test(
          form.lemma,
        );
      const reflexive =
        aux &&
        /^(?:est|sont|était|étaient)$/.test(aux.lower) &&
        /^(?:s'|se)$/.test(tokens[k - 1]?.lower ?? '') &&
        reflexiveOk;
      if (!reflexiveOk && /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      // "un voisin décrit comme discret", "le journal en dit plus": a description, not a report.
      if (/^\s+comme\b/u.test(text.slice(tok.end)) && form.lemma === 'décrire') continue;
      if (form.lemma === 'dire' && tokens[i - 1]?.lower === 'en' && tokens[i + 1]?.lower === 'plus') continue;
      // "observeront une minute de silence", "observer une trêve": a rite, not a remark.
      if (
        form.lemma === 'observer' &&
        /^\s+(?:une|la|un|leur|cette)\s+(?:minute|minutes|trêve|jeûne|grève)\b/u.test(text.slice(tok.end))
      )
        continue;
      // "s'inquiète", "s'étonne" report; "Tout ce remue-ménage inquiète les parents" does not.
      if (/^(?:s'|se )/.test(form.lemma) && !reflexive && !/^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? ''))
        continue;
      // "Le procureur s'exprimait après l'attaque": speaking, with nothing said here unless a quotation follows.
      if (
        (reflexive || /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '')) &&
        form.lemma === 'exprimer' &&
        !/^[^.;«»"“”]{0,40}?(?::|[«"“])/u.test(text.slice(tok.end))
      )
        continue;
      if (aux && (COMPOUND_AUXILIARIES.has(aux.lower) || reflexive)) {
        anchors.push(anchor(k, i, tok.lower, HEDGING_AUXILIARIES.has(aux.lower) || form.conditional, null));
      } else if (made) {
        anchors.push(anchor(i - 1, i, tok.lower, false, null));
      } else if (!form.participle || tok.lower === 'dit') {
        const prev = tokens[i - 1];
        if (prev && NOUN_BLOCKERS.has(prev.lower)) continue;
        if (!prev || !/^(?:qu'|que)$/.test(prev.lower) || i > 1)
          anchors.push(anchor(i, i, tok.lower, form.conditional, null));
      }
      continue;
    }
    if (COPULAS.has(tok.lower)) {
      // "L'agence n'est « pas contente » de …", "Le maire se dit « scandalisé »": a quoted predicate is the
      // subject's own words about itself.
      if (tok.lower !== 'se' && /^\s*(?:pas\s+)?[«"“]/u.test(text.slice(tok.end, tok.end + 12))) {
        anchors.push({ ...anchor(i, i, `${tok.lower} « … »`, false, null), stance: true });
        continue;
      }
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
        anchors.push({ ...anchor(i, k - 1, `${tok.lower} ${adj.lower}`, false, null), stance: true });
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
        anchors.push({ ...anchor(i, i, nounWord, hedged, null), noun: true });
      }
    }
  }
  return anchors.flatMap((a) => withLocution(a, tokens));
}

/**
 * "a mis en garde", "a mis en avant", "met en cause": "mettre" reports only with its locution, which is part of
 * the verb group, so that neither "en" nor "avant" is read as the speaker.
 */
function withLocution(a: Anchor, tokens: Context['tokens']): Anchor[] {
  if (REPORTING_VERBS.get(a.verb)?.lemma !== 'mettre') return [a];
  const locution = tokens[a.groupEnd + 1]?.lower === 'en' ? tokens[a.groupEnd + 2]?.lower : undefined;
  if (!locution || !/^(?:garde|avant|cause|doute|exergue)$/.test(locution)) return [];
  return [{ ...a, groupEnd: a.groupEnd + 2 }];
}

function anchor(
  groupStart: number,
  groupEnd: number,
  verb: string,
  hedged: boolean,
  pronoun: string | null,
): Anchor {
  const tense: Tense = /(?:era|ira|ront|dra)$/.test(verb) ? 'future' : 'past';
  return { groupStart, groupEnd, verb, hedged, tense, pronoun, stance: false, noun: false, gerund: false };
}
