// Paragraphs, sentences and quotation spans of plain French text.

import { cleanText } from '../text/normalize.ts';

export interface Span {
  start: number;
  end: number;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
  'cf',
  'av',
  'apr',
  'env',
  'etc',
  'ex',
  'no',
  'n°',
  'p',
  'pp',
  'vol',
  'art',
  'chap',
  'fig',
  'gén',
  'gal',
  'col',
  'cdt',
  'lt',
  'sgt',
  'prof',
  'bd',
  'boul',
  'dép',
  'min',
  'max',
  'tél',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'vs',
]);

const OPENERS = new Set(['«', '“', '„', '‹']);
const CLOSERS = new Set(['»', '”', '›']);
const STRAIGHT = new Set(['"', '″']);

function family(ch: string): string {
  if (ch === '«' || ch === '»' || ch === '‹' || ch === '›') return 'guillemet';
  if (ch === '“' || ch === '”' || ch === '„') return 'curly';
  return 'straight';
}

/**
 * Quotation spans (content only, marks excluded). Marks of one family alternate open/close, whatever
 * their shape, so broken pairs such as `» doivent respecter leurs engagements »` still pair up.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!OPENERS.has(ch) && !CLOSERS.has(ch) && !STRAIGHT.has(ch)) continue;
    const fam = family(ch);
    const at = open.get(fam);
    if (at === undefined) {
      // Whatever its shape, a mark with nothing of its family open opens a quotation: "» doivent … »".
      open.set(fam, i + 1);
    } else {
      open.delete(fam);
      const span = trimSpan(text, at, i);
      if (span.end > span.start) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function isQuoteMark(ch: string): boolean {
  return OPENERS.has(ch) || CLOSERS.has(ch) || STRAIGHT.has(ch);
}

/** Non-empty lines (or blank-line separated blocks) as paragraphs. */
export function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\n+/)
    .map((p) => p.replace(/ {2,}/g, ' ').trim())
    .filter((p) => p.length > 0);
}

// Past this length an unclosed quotation is taken as broken, so it stops holding sentences together.
const MAX_QUOTE_HOLD = 600;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}°]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  // Initials: "J.-P.", "A."
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) && (word.length > 1 || /[A-Z]/.test(word));
}

function startsSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && text[j] === ' ') j++;
  if (j === i || j >= text.length) return j >= text.length;
  const ch = text[j]!;
  return /[\p{Lu}\d]/u.test(ch) || isQuoteMark(ch) || ch === '—' || ch === '-' || ch === '(';
}

// "PARIS (AFP) - ": a dateline is not part of the first sentence's subject.
// "Lorient (Morbihan), 3 mai 2024 (AFP) – ", "LILLE, 2 juin (Reuters) - " too.
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\s'.-]{1,40}\s*\([^)]{2,30}\)|\p{Lu}[\p{L}'.-]+(?:[\s-]\p{Lu}[\p{L}'.-]+){0,3}(?:\s*\([^)]{2,30}\))?,\s*[\p{L}\d\s]{3,30}?\s*\((?:AFP|Reuters|AP|Belga|ATS|ANSA|DPA|EFE|Xinhua|PC|La Presse canadienne)\))\s*[-–—]\s*/u;

const UPDATE_NOTE = /^[[(](?:mis à jour|mise à jour|publié|actualisé|modifié|màj)\b[^\])]{0,80}[\])]\s*/iu;

/** Sentences of one paragraph, keeping quotations with their attribution. */
export function splitSentences(paragraph: string): string[] {
  // "[Mis à jour le 3 mars à 9h15] Le syndicat a appelé …": the update note stands apart too.
  const dateline = paragraph.match(DATELINE) ?? paragraph.match(UPDATE_NOTE);
  const out: string[] = dateline ? [dateline[0].replace(/\s*[-–—]\s*$/, '')] : [];
  if (dateline) paragraph = paragraph.slice(dateline[0].length);
  let start = 0;
  let quoteOpenAt = -1;
  const quoteFamilies = new Map<string, boolean>();
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    if (isQuoteMark(ch)) {
      const fam = family(ch);
      if (quoteFamilies.get(fam)) {
        quoteFamilies.delete(fam);
        if (quoteFamilies.size === 0) {
          quoteOpenAt = -1;
          // « Nous agirons. » Elle a ajouté… : the sentence ends after the closing mark.
          const before = paragraph.slice(start, i).trimEnd();
          if (/[.!?…]$/.test(before) && startsSentence(paragraph, i + 1) && i + 1 < paragraph.length) {
            out.push(paragraph.slice(start, i + 1).trim());
            start = i + 1;
          }
        }
      } else {
        quoteFamilies.set(fam, true);
        if (quoteOpenAt < 0) quoteOpenAt = i;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    if (quoteOpenAt >= 0 && i - quoteOpenAt < MAX_QUOTE_HOLD) continue;
    if (ch === '.' && endsWithAbbreviation(paragraph, i)) continue;
    let end = i + 1;
    while (end < paragraph.length && /[.!?…]/.test(paragraph[end]!)) end++;
    if (!startsSentence(paragraph, end)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
    quoteOpenAt = -1;
    quoteFamilies.clear();
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[\p{L}\d]/u.test(s));
}
