// Routes a free question (French or English) to an intent and its arguments.

import { REPORTING_VERBS } from '../article/verbs.ts';
import { fold } from '../text/normalize.ts';
import type { Intent } from './types.ts';

export interface Routed {
  intent: Intent;
  /** The words to match (the question without its question words). */
  topic: string;
  /** For "what did X say": who X is, as typed. */
  speaker?: string;
  /** "Qu'a dit X à la BBC ?": to whom. */
  audience?: string;
  /** "Qui est X ?" may name a person or describe a stance ("qui est sceptique…"). */
  loose?: boolean;
  /** "Qu'a promis X ?": the question's own reporting verb, when it says more than "dit". */
  verb?: string;
  /** "Le ministre a-t-il promis … ?", "Did X say …?": answered by the statement that settles it. */
  yesNo?: boolean;
  /** "Pourquoi … ?", "Why …?": the cause or purpose clause of the matching statement. */
  why?: boolean;
}

// Every form of the indexer's reporting verbs, folded: "Que réclame X", "Qu'a soufflé X", "De quoi menace X".
const REPORTING_FORMS: ReadonlySet<string> = new Set(
  [
    ...REPORTING_VERBS.keys(),
    'exige',
    'exigent',
    'exige',
    'reproche',
    'reprochent',
    'veut',
    'veulent',
    'voulu',
  ]
    .map(fold)
    .filter((f) => !/\s/.test(f) && !['a', 'ont', 'est', 'pour', 'selon'].includes(f)),
);
// Verbs that only say "spoke": a question's other verbs ("a nié", "a promis") stay among its words.
const GENERIC_SAY = new Set(
  `dit dire disent declare declarent declarer affirme affirment affirmer indique indiquent indiquer ajoute
  ajoutent precise precisent raconte parle parlent explique expliquent fait savoir`.split(/\s+/),
);

const SAY_FR =
  '(?:fait savoir|dit|declare|affirme|estime|confirme|raconte|pense|explique|indique|annonce|ajoute|souligne|assure|promis|reconnu|avance|juge|precise|repondu|critique|denonce|salue|propose|demande|avoue)';
const SAY_EN =
  '(?:say|said|state|declare|tell|claim|think|mention|announce|confirm|warn|add|argue|believe|explain)';
const SAY_EN_GENERIC =
  '(?:say|said|says|state|stated|states|tell|told|tells|talk|talked|spoke|speak|mention|mentioned|add|added|explain|explained)';
const SPLIT_TOPIC =
  /\s+(?:sur|a propos d[eu']?|au sujet d[eu']?|concernant|quant a|about|on|regarding|concerning)\s+(.+)$/;

const WHAT_PATTERNS: RegExp[] = [
  new RegExp(
    `^(?:qu'(?:a|ont|avait)|qu a|que (?:a|n'a)|qu'est-ce qu'(?:a|ont))(?:-t-(?:il|elle))?\\s+${SAY_FR}\\s+(.+)$`,
  ),
  new RegExp(`^que\\s+(?:dit|pense|declare|affirme|estime|disent|pensent)\\s+(.+)$`),
  new RegExp(`^qu'est-ce que\\s+(.+?)\\s+(?:a|ont)\\s+${SAY_FR}(.*)$`),
  /^(?:quels?|quelles?)\s+(?:sont\s+)?(?:les\s+)?(?:propos|declarations|citations|remarques|commentaires|paroles|positions?)\s+(?:de|d'|du|des)\s*(.+)$/,
  /^(?:les\s+)?(?:propos|declarations|citations|remarques|commentaires|paroles)\s+(?:de|d'|du|des)\s*(.+)$/,
  /^(.+?)\s+a\s+dit\s+quoi(.*)$/,
  // Greedy name, so "the think tank head think" keeps "think tank"; the topic follows about/on/to.
  new RegExp(
    `^what\\s+(?:did|does|has|have|do)\\s+(.+)\\s+${SAY_EN}[a-z]*((?:\\s+(?:about|on|regarding|concerning|to)\\s+.+)?)$`,
  ),
  /^what\s+(?:was|were)\s+(.+?)'?s?\s+(?:words|remarks|comments|statements?|quotes?)(.*)$/,
  /^(?:quotes|statements|remarks|comments)\s+(?:from|by|of)\s+(.+)$/,
  /^(?:qui est|c'est qui|who is|who's)\s+(.+)$/,
];

const WHEN_RE =
  /^(?:a quel moment|a quelle occasion|depuis combien de temps|how long ago|at what point|at what time|what time|depuis quand|a partir de quand|jusqu'a quand|a quelle (?:date|epoque|periode|heure)|quel jour|en quelle annee|de quand date|quand|since when|how long|when|what day|on what date|what year|in what year|which day)\b[\s,-]*/;
const WHO_RE =
  /^(?:qui|who|de qui|par qui|quel(?:le)?s?\s+(?:personne|responsable|expert|dirigeant|homme|femme|intervenant|organisation|groupe)|which\s+(?:person|official|expert|leader|organisation|organization|group))\b/;
const SPEAKERS_RE =
  /^(?:qui (?:parle|est cite|sont les (?:intervenants|personnes citees|personnes)|intervient|s'exprime)|(?:quels?|quelles?) (?:sont )?(?:les )?(?:intervenants|personnes citees|sources)|liste (?:des|les) (?:intervenants|personnes)|who (?:is quoted|speaks|are the speakers|is speaking|are quoted)|(?:list )?(?:the )?speakers|intervenants|les intervenants)\b/;
// Anchored: "Qui a parlé de la chronologie des faits ?" asks who, not for the timeline.
const TIMELINE_RE =
  /^(?:(?:la|the|une|a|voir|montre|show|donne)\s+)*(?:chronologie|timeline|chronological order|frise(?: chronologique)?|ordre chronologique|dans quel ordre)\b/;
const WHO_LEAD = new RegExp(
  // Each word whole: "Who announced …" keeps its "a", "Qui a demandé …" its "de".
  `^(?:qui|who|de qui|par qui)\\s+(?:(?:a|ont|avait|est|is|was|has)(?=\\s|-|$))?\\s*(?:-t-il\\s+)?(?:(?:fait savoir|dit|declare|affirme|indique|ajoute|precise|raconte|explique|parle|cite|${SAY_EN_GENERIC})(?![a-z]))?\\s*(?:(?:que|that|de|about)(?![a-z])|qu'|d')?\\s*`,
);

// Question words as people text them: "ke dit X", "ki a di", "a dit koi", "kan", "pk".
const TEXTED: Array<[RegExp, string]> = [
  [/\bke\b/g, 'que'],
  [/\bk'/g, "qu'"],
  [/\bki\b/g, 'qui'],
  [/\bkoi\b/g, 'quoi'],
  [/\b(?:kan|qand|kand)\b/g, 'quand'],
  [/\b(?:pk|pq|pkoi|pourkoi|pourquoa)\b/g, 'pourquoi'],
  [/\b(?:kel|kelle|kels|kelles)\b/g, 'quel'],
  [/\b(a|ont) (?:di|dis|dt)\b/g, '$1 dit'],
  [/\bcomen\b/g, 'comment'],
];

function untext(q: string): string {
  let out = q;
  for (const [re, to] of TEXTED) out = out.replace(re, to);
  return out;
}

// "Le ministre a-t-il promis …", "La CGT va-t-elle …": a subject, an inverted auxiliary, what is asked.
const YES_NO_FR =
  /^(?!qui |que |qu'|quand |comment |pourquoi |ou |combien |quel)(.+?)\s+(?:a|ont|avait|avaient|va|vont|est|sont|peut|peuvent|doit|doivent|sera|seront|aurait|faut)-t-(?:il|elle|ils|elles|on)\b\s*(.*)$/;
const YES_NO_EN = /^(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|should)\s+(.+)$/;
const WHY_RE =
  /^(?:pourquoi|pour quelle raison|pour quelles raisons|why|for what reason|how come)\b[\s,-]*(.*)$/;
// "Selon qui …", "D'après qui …", "Pour qui …" (whose view), "According to whom …".
const ACCORDING_RE =
  /^(?:selon qui|d'apres qui|pour qui|de l'avis de qui|according to (?:whom|who)|in whose (?:view|opinion))\b[\s,-]*(.*)$/;
const ACCORDING_TAIL_EN = /\s*,?\s*according to (?:whom|who)$/;
// "Comment la ministre a-t-elle qualifié l'immeuble ?", "De quoi menace l'éducateur ?": a speaker's words asked
// with another question word.
const HOW_SAID =
  /^(?:comment|de quoi|sur quoi|contre quoi|a quoi|a qui|que(?=\s)|qu')\s*(.+?)\s+(?:a|ont|avait|avaient)-t-(?:il|elle|ils|elles)\s+(\S+)\s*(.*)$/;

export function route(question: string): Routed {
  const q = untext(
    fold(question)
      .replace(/[?!.]+\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    // Spoken forms: "ce qu'a dit X", "kesk'a dit X", "qu'est ce qu'a dit X".
    .replace(/^(?:ce |c'est ce )?(?:kesk'?a?|keske|qu'est ce qu'a|qu'est-ce qu'a)\s+/, "qu'a ")
    .replace(/^ce qu'a /, "qu'a ");
  const what = routeWhat(q);
  if (what) return what;
  const why = q.match(WHY_RE);
  // "Pourquoi Marine Le Pen dit-elle avoir hésité ?": the inverted pronoun says nothing.
  if (why)
    return { intent: 'search', topic: why[1]!.replace(/-t-|-(?:il|elle|ils|elles|on)\b/g, ' '), why: true };
  const according = q.match(ACCORDING_RE);
  if (according) return { intent: 'who', topic: according[1]! };
  if (ACCORDING_TAIL_EN.test(q)) return { intent: 'who', topic: q.replace(ACCORDING_TAIL_EN, '') };
  return routeRest(q);
}

/** "Qu'a dit X", "Que réclame X", "De quoi menace X", "Comment X a-t-il qualifié …". */
function routeWhat(q: string): Routed | null {
  if (TIMELINE_RE.test(q) || SPEAKERS_RE.test(q)) return null;
  const how = q.match(HOW_SAID);
  if (how && REPORTING_FORMS.has(how[2]!)) {
    return {
      intent: 'what',
      speaker: how[1]!.trim(),
      topic: how[3]!.trim(),
      verb: GENERIC_SAY.has(how[2]!) ? undefined : how[2]!,
    };
  }
  const lead = q.match(
    /^(?:qu'(?:a|ont|avait|avaient)|qu a|que (?:a|n'a)|que|qu'|de quoi|sur quoi)(?:-t-(?:il|elle))?\s*(\S+)\s+(.+)$/,
  );
  if (lead && REPORTING_FORMS.has(lead[1]!) && !/^(?:il|elle|ils|elles|on)\b/.test(lead[2]!)) {
    const routed = whatOf(lead[2]!, '');
    if (routed) return { ...routed, verb: GENERIC_SAY.has(lead[1]!) ? undefined : lead[1]! };
  }
  return null;
}

/** Splits "X sur Y", "X dans son communiqué", "X à la BBC" into speaker, topic and audience. */
function whatOf(speakerText: string, topicText: string, loose = false): Routed | null {
  let speaker = speakerText.trim();
  let topic = topicText.trim();
  const split = speaker.match(SPLIT_TOPIC);
  if (split) {
    topic = `${split[1]!} ${topic}`.trim();
    speaker = speaker.slice(0, split.index).trim();
  }
  let audience: string | undefined;
  // "Qu'a dit la préfecture dans son communiqué ?": the channel is not part of the name.
  const channel = speaker.match(/\s+(?:dans|sur)\s+(?:son|sa|leur|un|une|le|la)\s+\S.*$/);
  if (channel) speaker = speaker.slice(0, channel.index).trim();
  const to = speaker.match(/\s+(?:a|au|aux|to)\s+((?:la |le |les |l'|the )?\S.*)$/);
  if (to) {
    audience = to[1]!;
    speaker = speaker.slice(0, to.index).trim();
    // "à la mairie pour le pont": what follows the audience is about what.
    const about = audience.match(
      /\s+(?:pour|sur|concernant|a propos d[eu']?|quant a|about|on|regarding)\s+(.+)$/,
    );
    if (about) {
      topic = `${about[1]!} ${topic}`.trim();
      audience = audience.slice(0, about.index).trim();
    }
  }
  topic = topic.replace(/^(?:sur|a propos d[eu']?|about|on|regarding|de|concernant)\s+/, '');
  return speaker ? { intent: 'what', speaker, topic, audience, loose } : null;
}

function routeRest(q: string): Routed {
  if (TIMELINE_RE.test(q)) return { intent: 'timeline', topic: '' };
  if (SPEAKERS_RE.test(q)) return { intent: 'speakers', topic: '' };
  for (const re of WHAT_PATTERNS) {
    const m = q.match(re);
    if (!m) continue;
    const routed = whatOf(m[1]!, m[2] ?? '', re === WHAT_PATTERNS[WHAT_PATTERNS.length - 1]);
    if (routed) return routed;
  }
  const when = q.match(WHEN_RE);
  if (when) return { intent: 'when', topic: q.slice(when[0].length) };
  if (WHO_RE.test(q)) return { intent: 'who', topic: q.replace(WHO_LEAD, '') };
  // "c'est quand le prochain match", "le jugement, c'est pour quand ?"
  const late = q.match(/\b(?:c'est|ce sera|ca sera|c'etait|pour)?\s*(?:quand|when)\b/);
  if (late) return { intent: 'when', topic: q.replace(late[0], ' ').trim() };
  const yesNo = q.match(YES_NO_FR);
  if (yesNo) return { intent: 'who', topic: `${yesNo[1]} ${yesNo[2]}`, yesNo: true };
  const yesNoEn = q.match(YES_NO_EN);
  if (yesNoEn) return { intent: 'who', topic: yesNoEn[1]!, yesNo: true };
  return { intent: 'search', topic: q };
}
