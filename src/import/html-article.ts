// An HTML page → an article: the body found by Readability (Firefox's reader view) over a linkedom DOM, the
// metadata read from the page, furniture and signatures left out, headings marked. Pure.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText, fold } from '../text/normalize.ts';
import { cleanByline, isBylineLine } from './byline.ts';
import { blocksOf, type Block } from './dom-text.ts';
import { all, squash, type DomDocument, type DomElement } from './dom.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { removeFurniture, RELATED_LEAD } from './page-clean.ts';
import { readPageMeta } from './page-metadata.ts';
import { ImportError, type ImportedArticle } from './types.ts';

// Lines that are page furniture even inside the body: date lines, reading time, paywall prompts.
const DATE_LEAD = /^(?:publiée?|mise? à jour|mise? en ligne|modifiée?|actualisée?|parue?)(?=\s|$)/iu;
// "Publié le 13 mars 2024 à 7h45, mis à jour à 11h02": a line made only of these words is a date line; one with
// anything else ("Publié le 3 mars, le rapport a fait grand bruit") is content.
const DATE_WORDS = new Set(
  (
    'publié publiée mis mise à a jour en ligne modifié modifiée actualisé actualisée paru parue le la les l et ' +
    'aujourd hui hier 1er h min heure heures cet cest gmt utc ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre ' +
    'janv févr fév avr juil sept oct nov déc'
  ).split(' '),
);

function isDateLine(text: string): boolean {
  if (!DATE_LEAD.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[\s,.;:|·/'’()–—-]+/u)
    .filter(Boolean);
  return words.every((w) => DATE_WORDS.has(w) || /^\d{1,4}(?:h\d{0,2})?$/.test(w));
}
const READING_TIME = /^(?:temps de )?lecture\s*:?\s*\d+\s*min/iu;
const PAYWALL =
  /réservé aux abonnés|il vous reste \d+\s*%|abonnez-vous|déjà abonné|connectez-vous pour lire|pour lire la suite|article réservé|offre d'abonnement/iu;

function noBody(why: string): ImportError {
  return new ImportError(
    'no-article-body',
    `no article text on this page (${why}): it looks like a paywall, a home page or a list of links`,
  );
}

function sameText(a: string, b: string | null): boolean {
  return !!b && fold(a).replace(/\W+/g, '') === fold(b).replace(/\W+/g, '');
}

function keep(block: Block, i: number, title: string | null, byline: string | null): boolean {
  const t = block.text;
  if (sameText(t, title)) return false;
  // Signatures: the declared byline anywhere, a "Par …" line only near the top, where bylines sit.
  if (isBylineLine(t, byline) && (i < 4 || !/^(?:par|by)\s/i.test(t))) return false;
  if (t.length < 160 && (isDateLine(t) || READING_TIME.test(t))) return false;
  if (t.length < 400 && (RELATED_LEAD.test(t) || PAYWALL.test(t))) return false;
  // A block that is nothing but a link (tags, "next article") is navigation.
  if (block.linkChars >= t.length * 0.9 && !block.heading) return false;
  return true;
}

/** Why the kept blocks are not an article, or null when they are one. */
function bodyProblem(blocks: Block[]): string | null {
  const body = blocks.filter((b) => !b.heading);
  const chars = body.reduce((n, b) => n + b.text.length, 0);
  if (chars < IMPORT_LIMITS.minBodyChars) return `${chars} characters of text`;
  const linkChars = body.reduce((n, b) => n + b.linkChars, 0);
  if (linkChars > chars * IMPORT_LIMITS.maxLinkDensity) return 'mostly links';
  // A listing: a linked headline per teaser. An article's subheadings are not links, however many there are
  // (a live blog has one per entry).
  const headlines = blocks.filter((b) => b.heading && b.linkChars > b.text.length / 2).length;
  if (headlines >= 4 && body.length < headlines * 2)
    return `${headlines} linked headlines with short teasers`;
  return null;
}

/**
 * `html` is the decoded page; `url` where it came from (null for a saved file). Throws ImportError
 * `no-article-body` when the page holds no article.
 */
export function articleFromHtml(html: string, url: string | null = null): ImportedArticle {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const page = readPageMeta(document);
  // Readability turns every <h1> into an <h2>, so the page's headlines are noted first: a headline is the title
  // (however differently the page words its declared title), not a subheading of the body.
  const headlines = new Set(all(document, 'h1').map((h) => squash(cleanText(h.textContent ?? ''))));
  removeFurniture(document);
  // serializer: the body as a DOM element, read directly instead of serialised and parsed again.
  const parsed = new Readability(document as never, { serializer: (node: unknown) => node }).parse();
  const root = parsed?.content as DomElement | null | undefined;
  if (!root) throw noBody('nothing Readability recognises as an article');
  const title = page.title ?? (parsed?.title ? parsed.title : null);
  const found = blocksOf(root);
  // No declared author: a "Par …" line at the top of the body is the signature.
  const signature = found
    .slice(0, 4)
    .find((b) => !b.heading && isBylineLine(b.text) && /^(?:par|by)\s/i.test(b.text));
  const byline = page.byline ?? cleanByline(parsed?.byline) ?? cleanByline(signature?.text);
  const blocks = found.filter((b, i) => !(b.heading && headlines.has(b.text)) && keep(b, i, title, byline));
  const problem = bodyProblem(blocks);
  if (problem) throw noBody(problem);
  const headings = blocks.filter((b) => b.heading).map((b) => b.text);
  return {
    text: blocks.map((b) => b.text).join('\n\n'),
    meta: {
      title: title ?? (url ? new URL(url).hostname : 'article'),
      language: page.language ?? parsed?.lang?.slice(0, 2).toLowerCase() ?? 'fr',
      source: url ?? page.canonical,
      published: page.published,
      byline,
      siteName: page.siteName ?? (parsed?.siteName || null),
    },
    headings: [...new Set(headings)],
  };
}
