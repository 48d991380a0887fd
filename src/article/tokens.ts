// Word tokens with offsets. Elided articles ("l'", "d'", "qu'") are tokens of their own so that
// "l'Afghanistan" yields a capitalised "Afghanistan".

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN_RE =
  /(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)'(?=[\p{L}\d])|[\p{L}\d]+(?:-[\p{L}\d]+)*(?:'[\p{L}]+)?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
export const isAcronym = (word: string) => /^\p{Lu}{2,6}$/u.test(word);

/** Only spaces between two tokens: no comma, quote or other punctuation. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^ +$/.test(text.slice(a.end, b.start)) || (a.text.endsWith("'") && a.end === b.start);
}
