// Routes a free question (French or English) to an intent and its arguments.

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
}

const SAY_FR =
  '(?:fait savoir|dit|declare|affirme|estime|confirme|raconte|pense|explique|indique|annonce|ajoute|souligne|assure|promis|reconnu|avance|juge|precise|repondu|critique|denonce|salue|propose|demande|avoue)';
const SAY_EN =
  '(?:say|said|state|declare|tell|claim|think|mention|announce|confirm|warn|add|argue|believe|explain)';
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
  /^(?:depuis quand|a partir de quand|jusqu'a quand|a quelle (?:date|epoque|periode|heure)|quel jour|en quelle annee|de quand date|quand|since when|how long|when|what day|on what date|what year|in what year|which day)\b[\s,-]*/;
const WHO_RE =
  /^(?:qui|who|de qui|par qui|quel(?:le)?s?\s+(?:personne|responsable|expert|dirigeant|homme|femme|intervenant|organisation|groupe)|which\s+(?:person|official|expert|leader|organisation|organization|group))\b/;
const SPEAKERS_RE =
  /^(?:qui (?:parle|est cite|sont les (?:intervenants|personnes citees|personnes)|intervient|s'exprime)|(?:quels?|quelles?) (?:sont )?(?:les )?(?:intervenants|personnes citees|sources)|liste (?:des|les) (?:intervenants|personnes)|who (?:is quoted|speaks|are the speakers|is speaking|are quoted)|(?:list )?(?:the )?speakers|intervenants|les intervenants)\b/;
// Anchored: "Qui a parlé de la chronologie des faits ?" asks who, not for the timeline.
const TIMELINE_RE =
  /^(?:(?:la|the|une|a|voir|montre|show|donne)\s+)*(?:chronologie|timeline|chronological order|frise(?: chronologique)?|ordre chronologique|dans quel ordre)\b/;
const WHO_LEAD = new RegExp(
  `^(?:qui|who|de qui|par qui)\\s+(?:a|ont|avait|est|is|was|has)?\\s*(?:-t-il\\s+)?(?:${SAY_FR}|${SAY_EN}[a-z]*|parle|cite|said|says)?\\s*(?:que|qu'|that|de|d'|about)?\\s*`,
);

export function route(question: string): Routed {
  const q = fold(question)
    .replace(/[?!.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // Spoken forms: "ce qu'a dit X", "kesk'a dit X", "qu'est ce qu'a dit X".
    .replace(/^(?:ce |c'est ce )?(?:kesk'?a?|keske|qu'est ce qu'a|qu'est-ce qu'a)\s+/, "qu'a ")
    .replace(/^ce qu'a /, "qu'a ");
  if (TIMELINE_RE.test(q)) return { intent: 'timeline', topic: '' };
  if (SPEAKERS_RE.test(q)) return { intent: 'speakers', topic: '' };
  for (const re of WHAT_PATTERNS) {
    const m = q.match(re);
    if (!m) continue;
    let speaker = m[1]!.trim();
    let topic = (m[2] ?? '').trim();
    const split = speaker.match(SPLIT_TOPIC);
    if (split) {
      topic = split[1]!;
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
    }
    topic = topic.replace(/^(?:sur|a propos d[eu']?|about|on|regarding|de|concernant)\s+/, '');
    if (speaker)
      return {
        intent: 'what',
        speaker,
        topic,
        audience,
        loose: re === WHAT_PATTERNS[WHAT_PATTERNS.length - 1],
      };
  }
  const when = q.match(WHEN_RE);
  if (when) return { intent: 'when', topic: q.slice(when[0].length) };
  if (WHO_RE.test(q)) return { intent: 'who', topic: q.replace(WHO_LEAD, '') };
  // "c'est quand le prochain match", "le jugement, c'est pour quand ?"
  const late = q.match(/\b(?:c'est|ce sera|ca sera|c'etait|pour)?\s*(?:quand|when)\b/);
  if (late) return { intent: 'when', topic: q.replace(late[0], ' ').trim() };
  return { intent: 'search', topic: q };
}
