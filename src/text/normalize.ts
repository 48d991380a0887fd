// Text folding shared by the indexer and the search side, so both see words the same way.

import { STOPWORDS } from './stopwords.ts';

const APOSTROPHES = /[’‘`´ʼ′]/g;
const DASHES = /[‐‑‒–—―]/g;

/** Unicode clean-up that keeps the text readable: apostrophes, dashes, odd spaces, BOM. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(APOSTROPHES, "'")
      .replace(DASHES, (d) => (d === '‐' || d === '‑' ? '-' : '—'))
      .replace(/[\u00A0\u202F\u2007\t\f\v]/g, ' ')
      // eslint-disable-next-line no-control-regex -- stray control characters are removed on purpose
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
  );
}

/** Lowercase, no accents, straight apostrophes: "Légitimité" -> "legitimite". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

// Elided articles and pronouns glued to the next word ("l'ambassade", "qu'ils").
const ELISION = /\b(?:l|d|qu|s|n|j|m|c|t|jusqu|lorsqu|puisqu|quoiqu)'/g;

/** Folded words, elisions and punctuation removed, hyphens split. */
export function words(text: string): string[] {
  const folded = fold(text).replace(ELISION, ' ');
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

// Longest first; a stem keeps at least three letters. Applied twice so "dirigeants" and "diriger" meet.
// A few English endings too (-ing, -ic, -ism, -ity), so cognates meet: democratic ~ démocratiques.
const SUFFIXES = `
  issements issement eraient atrices ements ations ateurs erions atrice ically euses rices iques ement ation ateur ismes istes erait erons eront aient antes ments ating eurs euse rice isme iste ites ique erai eras erez ante ants ment ions ated ical eur ite era ait ais ant ees ent ons ies ism ity acy ing ee es er ez us is it ie re ic ed ly e s x u i
`
  .split(/\s+/)
  .filter(Boolean);

function stripOnce(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Light stemmer for folded French (and passable for English): inflections meet, meanings mostly don't. */
export function stem(word: string): string {
  if (/^\d+$/.test(word) || word.length <= 3) return word;
  // The plural goes first, so singular and plural take the same path: maire/maires, rendu/rendus.
  const singular = word.length > 4 && /[^aiosu][sx]$/.test(word) ? word.slice(0, -1) : word;
  return stripOnce(stripOnce(singular));
}

/** Sound-alike key for names across spellings: Kabulov/Kaboul, Kortounov/Kortunov, Antony/Anthony. */
export function nameKey(word: string): string {
  return fold(word)
    .replace(/[^a-z]/g, '')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/e?au/g, 'o')
    .replace(/[ae]i(?=[^n]|$)/g, 'e')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(?:ck|q|c(?=[aouk]|$))/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.{3})(?:ov|off|ow|ev|ef)$/, '');
}

/** The stems of the words that carry meaning: what every search-side comparison is made on. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}
