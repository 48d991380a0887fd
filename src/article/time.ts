// Time expressions: found as written, resolved to a calendar date only when the publication date allows.

import type { TimeRef } from './types.ts';

export interface TimeMatch {
  start: number;
  end: number;
  text: string;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTH_RE =
  '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const WEEKDAY_RE = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const NUMBER_WORDS: Record<string, number> = {
  onze: 11,
  douze: 12,
  vingt: 20,
  trente: 30,
  dizaine: 10,
  quinzaine: 15,
  vingtaine: 20,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  quinze: 15,
};
const PREFIX =
  "(?:(?:depuis|dès|jusqu'(?:au|en|à)|avant|après|à partir d[ue]|d'ici|courant|fin|début|mi-|au|en)\\s+)?";
// "3 h 40", "14 h 30", "4 heures", "18h".
const CLOCK = '(?:[01]?\\d|2[0-3])\\s*(?:h|heures?)(?:\\s*[0-5]\\d)?(?![\\p{L}\\d])';
const PART_OF_DAY =
  '(?:\\s+(?:matin|soir|midi|après-midi|dernier|dernière|prochain|prochaine|au (?:matin|soir)|en (?:soirée|matinée)|dans la (?:soirée|matinée)))*';

// Longest forms first; one combined pass keeps matching linear in the text length.
const PATTERNS = [
  `${PREFIX}(?:le\\s+|ce\\s+)?(?:${WEEKDAY_RE}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH_RE}(?:\\s+(?:dernier|prochain))?(?:\\s+\\d{4})?(?:\\s+(?:au\\s+(?:matin|soir)|en\\s+(?:soirée|matinée)|dans\\s+la\\s+(?:soirée|matinée|nuit)))?`,
  `${PREFIX}${MONTH_RE}\\s+\\d{4}`,
  `(?:depuis|en|dès|avant|après|jusqu'en|fin|début|courant|à partir de)\\s+(?:l'an\\s+)?(?:1[89]\\d{2}|20\\d{2})\\b`,
  `(?:le\\s+)?(?:mois|week-end)\\s+(?:dernier|prochain|passé)|(?:la\\s+)?semaine\\s+(?:dernière|prochaine|passée)|(?:l'année|l'an)\\s+(?:dernière|dernier|prochaine|prochain|passée|passé)`,
  `(?:ce\\s+|cette\\s+)?(?:${WEEKDAY_RE})${PART_OF_DAY}(?:\\s+(?:à|vers)\\s+${CLOCK})?`,
  `(?:à|vers|dès|peu\\s+avant|avant|après|jusqu'à)\\s+${CLOCK}`,
  `(?:au|en|à\\s+l'|cet|ce|le)\\s*(?:printemps|été|automne|hiver)(?:\\s+(?:prochain|dernier))?`,
  `il\\s+y\\s+a\\s+(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques|plusieurs)\\s+(?:jours?|semaines?|mois|ans|années)`,
  `avant-hier|hier(?:\\s+(?:matin|soir))?|aujourd'hui|demain|ce\\s+matin|ce\\s+soir|cette\\s+semaine|cette\\s+année|ce\\s+mois-ci`,
  `(?:en|début|fin|mi-|courant)\\s*${MONTH_RE}(?:\\s+(?:dernier|prochain))?`,
  `depuis\\s+(?:un\\s+certain\\s+temps|longtemps|des\\s+années|des\\s+mois|plusieurs\\s+(?:années|mois|semaines)|une\\s+(?:dizaine|quinzaine|vingtaine|centaine)\\s+d'(?:années|ans)|(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\\s+(?:ans|années|mois|semaines|jours))`,
  `dans\\s+la\\s+nuit\\s+(?:de\\s+|du\\s+)?${WEEKDAY_RE}(?:\\s+(?:à|au)\\s+${WEEKDAY_RE})?`,
  `(?:la\\s+veille|le\\s+lendemain|l'avant-veille|au\\s+cours\\s+de\\s+(?:la\\s+semaine|du\\s+mois|de\\s+l'année|des\\s+(?:prochains|derniers)\\s+(?:jours|mois)))`,
];
// Compiled once: resolution runs for every time expression of every article.
const DAY_MONTH = new RegExp(
  `(1er|\\d{1,2})\\s+(${MONTH_RE})(?:\\s+(?:dernier|prochain))?(?:\\s+(\\d{4}))?`,
  'u',
);
const MONTH_YEAR = new RegExp(`(${MONTH_RE})\\s+(\\d{4})`, 'u');
const MONTH_ONLY = new RegExp(`(?<![\\p{L}])(${MONTH_RE})(?![\\p{L}])`, 'u');
const WEEKDAY_WORDS = WEEKDAYS.map((w) => new RegExp(`\\b${w}\\b`));
const TIME_RE = new RegExp(`(?<![\\p{L}\\d])(?:${PATTERNS.join('|')})(?![\\p{L}\\d])`, 'giu');

export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of text.matchAll(TIME_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export type Tense = 'past' | 'future';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

function addDays(d: Date, days: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days));
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function parsePublished(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const d = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function monthIndex(word: string): number {
  const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return MONTHS.findIndex((m) => m.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === folded);
}

/** Resolves an expression as written; coarse expressions give a coarse date (YYYY, YYYY-MM, YYYY-Www). */
export function resolveTime(expression: string, published: string | null, tense: Tense = 'past'): TimeRef {
  return { text: expression, date: resolveDate(expression.toLowerCase(), parsePublished(published), tense) };
}

function resolveDate(e: string, pub: Date | null, tense: Tense): string | null {
  // "le lendemain", "la veille": the day after or before another event, which only the text around tells.
  if (/\b(?:lendemain|surlendemain|veille|avant-veille)\b/.test(e)) return null;
  const dayMonth = e.match(DAY_MONTH);
  if (dayMonth) {
    const month = monthIndex(dayMonth[2]!);
    const day = dayMonth[1] === '1er' ? 1 : Number(dayMonth[1]);
    let year = dayMonth[3] ? Number(dayMonth[3]) : pub?.getUTCFullYear();
    if (year === undefined || month < 0) return null;
    if (!dayMonth[3] && pub) {
      const candidate = Date.UTC(year, month, day);
      const backwards = tense === 'past' || /dernier/.test(e);
      if (backwards && candidate > pub.getTime()) year -= 1;
      if (!backwards && candidate < pub.getTime() && tense === 'future') year += 1;
    }
    // No 31 février: a day the month does not have rolls over in Date.UTC, so it is refused.
    const d = new Date(Date.UTC(year, month, day));
    return d.getUTCMonth() === month && d.getUTCDate() === day ? isoDay(d) : null;
  }
  const monthYear = e.match(MONTH_YEAR);
  if (monthYear) return `${monthYear[2]}-${pad(monthIndex(monthYear[1]!) + 1)}`;
  const year = e.match(/\b(1[89]\d{2}|20\d{2})\b/);
  if (year) return year[1]!;
  if (!pub) return null;

  const weekday = WEEKDAY_WORDS.findIndex((re) => re.test(e));
  if (weekday >= 0) {
    const forward = /prochain/.test(e) || (tense === 'future' && !/dernier/.test(e));
    const delta = forward
      ? (weekday - pub.getUTCDay() + 7) % 7 || 7
      : -((pub.getUTCDay() - weekday + 7) % 7 || (/dernier/.test(e) ? 7 : 0));
    return isoDay(addDays(pub, delta));
  }
  if (/avant-hier/.test(e)) return isoDay(addDays(pub, -2));
  if (/\bhier\b/.test(e)) return isoDay(addDays(pub, -1));
  // "le lendemain" and "la veille" are relative to another event, not to the publication date.
  if (/\bdemain\b/.test(e) && !/lendemain/.test(e)) return isoDay(addDays(pub, 1));
  if (/aujourd'hui|ce matin|ce soir/.test(e)) return isoDay(pub);
  if (/mois/.test(e) && /dernier|passé/.test(e))
    return isoMonth(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1)));
  if (/mois/.test(e) && /prochain/.test(e))
    return isoMonth(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + 1, 1)));
  if (/ce mois-ci/.test(e)) return isoMonth(pub);
  if (/semaine/.test(e) && /derni|pass/.test(e)) return isoWeek(addDays(pub, -7));
  if (/semaine/.test(e) && /prochaine/.test(e)) return isoWeek(addDays(pub, 7));
  if (/cette semaine/.test(e)) return isoWeek(pub);
  if (/l'an|l'année/.test(e) && /derni|pass/.test(e)) return String(pub.getUTCFullYear() - 1);
  if (/l'an|l'année/.test(e) && /prochain/.test(e)) return String(pub.getUTCFullYear() + 1);
  if (/cette année/.test(e)) return String(pub.getUTCFullYear());
  // "il y a deux semaines" and "depuis onze ans" both point back from the publication date.
  const ago = e.match(
    /(?:il y a|depuis)\s+(?:une\s+)?(\d+|\p{L}+)\s*(?:d')?\s*(jours?|semaines?|mois|ans|années)/u,
  );
  if (ago) {
    const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : NUMBER_WORDS[ago[1]!];
    if (n === undefined) return null;
    if (ago[2]!.startsWith('jour')) return isoDay(addDays(pub, -n));
    if (ago[2]!.startsWith('semaine')) return isoDay(addDays(pub, -7 * n));
    if (ago[2] === 'mois')
      return isoMonth(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1)));
    return String(pub.getUTCFullYear() - n);
  }
  const season = e.match(/(printemps|été|automne|hiver)/u);
  if (season) {
    const month = { printemps: 3, été: 6, automne: 9, hiver: 12 }[season[1] as 'printemps'];
    const forward = /prochain/.test(e) || (tense === 'future' && !/dernier/.test(e));
    let y = pub.getUTCFullYear();
    if (forward && month <= pub.getUTCMonth() + 1) y += 1;
    if (!forward && month > pub.getUTCMonth() + 1) y -= 1;
    return `${y}-${pad(month)}`;
  }
  const monthOnly = e.match(MONTH_ONLY);
  if (monthOnly) {
    const month = monthIndex(monthOnly[1]!);
    let y = pub.getUTCFullYear();
    if (tense === 'past' && month > pub.getUTCMonth()) y -= 1;
    if (tense === 'future' && month < pub.getUTCMonth()) y += 1;
    return `${y}-${pad(month + 1)}`;
  }
  return null;
}

/**
 * A key that sorts time expressions chronologically. Without a publication date, relative expressions are placed
 * against a far-future stand-in, so they sort after every absolute date and in the right order among themselves.
 */
export function chronologicalKey(expression: string, published: string | null): string {
  const date = resolveTime(expression, published ?? '2999-12-31').date;
  if (!date) return '';
  const week = date.match(/^(\d{4})-W(\d{2})$/);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    return isoDay(addDays(jan4, (Number(week[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)));
  }
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

// A line that is only a publication date, perhaps with the hour and the author: "Publié le 12 mars 2024 à 18h05",
// "publié le 28/05/2019 à 12:21", "Publié le 15-01-2024 par Jeanne Martin".
const PUBLICATION_LINE = new RegExp(
  `^(?:publié|mis en ligne|mis à jour|paru|modifié|actualisé)\\s+le\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?((?:1er|\\d{1,2})\\s+${MONTH_RE}\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})(?:\\s*(?:à|-)\\s*\\d{1,2}\\s*[h:]\\s*\\d{0,2})?(?:\\s+par\\s+[^.]{2,80})?\\s*\\.?$`,
  'iu',
);

/** "Publié le 12 mars 2024": the date a header line gives, as an ISO day, or null. */
export function publicationDateIn(line: string): string | null {
  const m = line.match(PUBLICATION_LINE);
  const numeric = m?.[1]!.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (numeric) {
    const [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? isoDay(d) : null;
  }
  const date = m ? resolveTime(m[1]!, null).date : null;
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
