// Bylines and agency credits: who wrote the piece, which is never who said something in it. Pure.

const AGENCY = String.raw`(?:l'|l’)?(?:AFP|Reuters|AP|ANSA|DPA|Belga|ATS|Xinhua|Agence France-Presse)`;
// "avec AFP", "(avec AFP)", "Avec Reuters.", "Source : AFP"
const AGENCY_CREDIT = new RegExp(
  String.raw`^\(?\s*(?:avec|with|source\s*:)\s+${AGENCY}(?:\s*(?:et|,)\s*${AGENCY})*\s*\)?\s*\.?$`,
  'iu',
);
// "Par Jeanne Martin", "Par Jeanne Martin et Paul Roche (avec AFP)", "By Jane Doe": capitalised words after "Par".
const BY_LINE = /^(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|du|des|d'|le|la))*/u;

/** "Par Jeanne Martin " → "Jeanne Martin"; null when nothing is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  const text = (raw ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:par|by)\s+/i, '')
    .replace(/[\s,;|–—-]+$/, '');
  return text && text.length <= 200 ? text : null;
}

export function isAgencyCredit(line: string): boolean {
  return AGENCY_CREDIT.test(line.trim());
}

/** A line that only signs the article: "Par Jeanne Martin", "avec AFP", or the byline the page declares. */
export function isBylineLine(line: string, byline: string | null = null): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 160) return false;
  if (isAgencyCredit(text)) return true;
  if (byline && (text === byline || cleanByline(text) === byline)) return true;
  // A sentence after the name ("Par Jeanne Martin. Le maire a…") is content, not a signature.
  return BY_LINE.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !/[«»"]/.test(text);
}
