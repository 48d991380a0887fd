// Page furniture in pasted text: headlines and subheadings, bylines, date lines. They stay in the index for
// reference and search, but nobody says them: they are never statements, and a byline's name is never a speaker.

import type { Paragraph } from './types.ts';

export type Furniture = NonNullable<Paragraph['kind']>;

const AGENCIES = String.raw`(?:l')?(?:AFP|Reuters|AP|Belga|ATS|ANSA|DPA|EFE)`;
const BYLINES = [
  // "Par Jeanne Martin", "Par Jeanne Martin et Paul Roux, à Lille", "De notre envoyée spéciale à Kiev, Léa Roy"
  /^(?:par|de notre (?:envoyée?|correspondante?|rédaction)(?: spéciale?| permanente?)?(?: à [^,]+)?,?)\s+\p{Lu}/iu,
  // "Jeanne Martin avec AFP", "Rédaction web avec Paul Roux", "(avec AFP)"
  new RegExp(String.raw`(?:^|\s)(?:avec|et|\/)\s+${AGENCIES}\s*\)?$`, 'u'),
  /^(?:la )?rédaction(?: web| numérique)?\b/iu,
  /^\(?(?:propos recueillis|texte|reportage|photos?|vidéo|infographie)\s+(?:par|de)\s+\p{Lu}/iu,
  // "(Jeanne Martin et Paul Roux pour le service français)"
  /^\([^()]{3,120}\bpour le service\b[^()]*\)$/iu,
];
const DATELINES = /^(?:publié|mis en ligne|mis à jour|modifié|actualisé|paru)\s+le\b/iu;
const RELATED =
  /^(?:lire aussi|à lire aussi|voir aussi|à voir aussi|lire également|regarder aussi|vidéo)\s*[:-]/iu;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * What a paragraph of pasted text is, when it is not running text. `first` is the article's opening line;
 * `alone` says the text has no other paragraph, which then can only be the article itself.
 */
export function furnitureOf(paragraph: string, first: boolean, alone = false): Furniture | undefined {
  const p = paragraph.trim();
  if (alone) return undefined;
  if (p.length <= 160 && words(p) <= 24 && BYLINES.some((re) => re.test(p))) return 'byline';
  // "Mis à jour le 3 mars à 18h05", not "Publié le 3 mai chez Gallimard, il « a tout changé », …".
  if (p.length <= 90 && DATELINES.test(p) && !/[,;«»"]/.test(p)) return 'dateline';
  if (RELATED.test(p)) return 'heading';
  // A headline or a subheading: a short line that does not end as a sentence does. A pull quote standing alone
  // ("« Nous ne céderons pas »") is one too: its words are reported in the body, with their speaker.
  const bare = p.replace(/[«»"“”]/g, '').trim();
  const short = p.length <= (first ? 200 : 120) && words(p) <= (first ? 30 : 18);
  const pullQuote = /^[«"“][^«»"“”,]+[»"”]$/u.test(p);
  const oneSentence = !/[.!?…]\s+\S/u.test(bare);
  // "Le plus satisfait : Jean Roux (Lyon)": a short label ending with a name in brackets.
  const labelled = words(p) <= 12 && /\)$/.test(bare) && !/[.!?…:;]\s*\([^()]*\)$/u.test(bare);
  if (short && oneSentence && (pullQuote || labelled || !/[.!?…:;)]$/u.test(bare))) return 'heading';
  return undefined;
}
