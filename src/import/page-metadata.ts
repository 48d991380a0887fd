// What a news page says about itself: title, date, language, site, author. Pure: read from the untouched DOM,
// before Readability rewrites it. Structured data (OpenGraph, JSON-LD) wins over what is merely visible.

import { publicationDateIn } from '../article/time.ts';
import { cleanByline } from './byline.ts';
import { all, squash, type DomDocument, type DomElement } from './dom.ts';

export interface PageMeta {
  title: string | null;
  published: string | null;
  language: string | null;
  siteName: string | null;
  byline: string | null;
  /** The page's own address (canonical link, og:url) when it names one. */
  canonical: string | null;
  /** True when the page calls itself an article (JSON-LD NewsArticle…, og:type article). */
  declaresArticle: boolean;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/;

type Json = Record<string, unknown>;

function meta(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const value = squash(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** Every JSON-LD object on the page, arrays and @graph flattened. Broken blocks are skipped, not fatal. */
export function jsonLdNodes(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      if ('@graph' in value) visit((value as Json)['@graph']);
    }
  };
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD says nothing; the other sources still do
    }
  }
  return out;
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? squash(value) : null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [squash(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return names((value as Json).name);
  return [];
}

/**
 * The day an ISO timestamp names, as the publisher wrote it ("2024-03-11T23:30:00+01:00" → 2024-03-11). A UTC
 * time says nothing of the publisher's day, so it is read in `zone` when one is given: 23:30Z is already the next
 * day in Paris, and `hier` must count from there.
 */
export function isoDay(value: string | null | undefined, zone: string | null = null): string | null {
  const text = value?.trim() ?? '';
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (!m) return null;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const instant = new Date(text);
  if (zone && /[T\s]\d{2}:\d{2}.*(?:Z|[+-]00:?00)$/i.test(text) && !Number.isNaN(instant.getTime()))
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(instant);
  return m.slice(1, 4).join('-');
}

// "Publié le 12 mars 2024 à 18h05, mis à jour le …": the first date is the one that counts.
const VISIBLE_PUBLISHED = /(?:publié|mis en ligne|paru)\s+le\s+(?:1er|\d{1,2})\s+\p{L}+\s+\d{4}/iu;

function visiblePublished(doc: DomDocument): string | null {
  for (const el of all(doc, 'time, p, span, div, li, header')) {
    const text = squash(el.textContent);
    if (text.length > 200) continue;
    const m = text.match(VISIBLE_PUBLISHED);
    const date = m ? publicationDateIn(m[0]) : null;
    if (date) return date;
  }
  return null;
}

function hasAncestor(el: DomElement, test: (a: DomElement) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (test(a)) return true;
  return false;
}

function timeElement(doc: DomDocument, zone: string | null): string | null {
  // Outside the article, a <time> in a list, a menu or a sidebar dates another article.
  const elsewhere = all(doc, 'body time[datetime]').filter(
    (el) => !hasAncestor(el, (a) => ['li', 'nav', 'aside', 'footer'].includes(a.localName.toLowerCase())),
  );
  const candidates = [
    ...all(doc, 'time[itemprop="datePublished"], time[pubdate]'),
    ...all(doc, 'article time[datetime], header time[datetime], main time[datetime]'),
    ...elsewhere,
  ];
  for (const el of candidates) {
    const day = isoDay(el.getAttribute('datetime') ?? el.getAttribute('content'), zone);
    if (day) return day;
  }
  return null;
}

function language(doc: DomDocument, ld: Json | undefined): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    all(doc, 'meta[http-equiv]')
      .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.getAttribute('content') ??
    str(ld?.inLanguage) ??
    meta(doc, 'og:locale');
  const primary = raw?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const m = title.match(/^(.*\S)\s+[-–—|:·]\s+(.+)$/);
  return m && squash(m[2]).toLowerCase() === siteName.toLowerCase() ? m[1]! : title;
}

export function readPageMeta(doc: DomDocument): PageMeta {
  const nodes = jsonLdNodes(doc);
  const ld = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const publisher = ld?.publisher;
  const siteName =
    meta(doc, 'og:site_name') ??
    (publisher && typeof publisher === 'object' ? str((publisher as Json).name) : null) ??
    meta(doc, 'application-name');
  const docTitle = squash(doc.querySelector('title')?.textContent);
  const title =
    str(ld?.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    (squash(doc.querySelector('article h1, h1')?.textContent) || null) ??
    (docTitle ? stripSiteSuffix(docTitle, siteName) : null);
  const lang = language(doc, ld);
  // French-language press: a UTC timestamp is dated in Paris time.
  const zone = lang === 'fr' ? 'Europe/Paris' : null;
  const published =
    isoDay(meta(doc, 'article:published_time', 'og:article:published_time'), zone) ??
    isoDay(str(ld?.datePublished), zone) ??
    isoDay(
      meta(doc, 'datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued', 'dcterms.created'),
      zone,
    ) ??
    timeElement(doc, zone) ??
    visiblePublished(doc);
  const authorMeta = meta(doc, 'author', 'article:author');
  const byline = cleanByline(
    (ld ? names(ld.author).join(', ') : '') ||
      (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null),
  );
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? null;
  const ogType = meta(doc, 'og:type');
  return {
    title: title ? stripSiteSuffix(title, siteName) : null,
    published,
    language: lang,
    siteName,
    byline,
    canonical: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    declaresArticle: !!ld || ogType === 'article',
  };
}
