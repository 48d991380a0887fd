// Page furniture out before Readability looks for the body: cookie banners, menus, captions, related links,
// comments, share buttons, ads. Readability guesses at these by score; removing them by their markup and their
// wording makes the result predictable. Mutates the DOM it is given (a fresh parse), nothing else.

import { all, squash, type DomDocument, type DomElement } from './dom.ts';

const FURNITURE_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'nav',
  'footer',
  'aside',
  // A figure holds an image or a video and its caption: never the article's text.
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
].join(', ');

// Words of a class or id (split on - and _) that name furniture; whole words, so "header" never matches "ad".
const FURNITURE_WORDS = new Set(
  (
    'cookie cookies consent gdpr rgpd didomi onetrust cmp tarteaucitron ' +
    'comment comments commentaire commentaires disqus reactions ' +
    'related lire-aussi readalso read-also readmore read-more recommended recommandations outbrain taboola ' +
    'newsletter share sharing social partage ad ads advert advertising pub publicite sponsor sponsored ' +
    'breadcrumb breadcrumbs sidebar most-read plus-lus caption legende credit credits'
  ).split(' '),
);

// "À lire aussi : …", "Lire aussi", "Voir aussi", "Sur le même sujet": a link to another article.
const RELATED_LEAD =
  /^(?:[àa]\s+)?(?:lire|voir|écouter|regarder)\s+(?:aussi|également)\b|^sur le même (?:sujet|thème)\b|^notre sélection\b|^les plus lus\b|^(?:read|see) (?:also|more)\b/iu;
const AD_LABEL = /^(?:publicité|advertisement|contenu sponsorisé|sponsorisé)$/iu;

function words(el: DomElement): string[] {
  const names = `${el.id ?? ''} ${typeof el.className === 'string' ? el.className : ''}`.toLowerCase();
  return names.split(/\s+/).flatMap((name) => {
    const parts = name.split(/[-_]+/).filter(Boolean);
    // "lire-aussi" is one furniture word; its parts alone ("lire", "aussi") are not.
    return [name.replace(/_/g, '-'), ...parts];
  });
}

/** Never remove what holds the article itself: a wrapper with an unlucky class name. */
function holdsArticle(el: DomElement): boolean {
  return (
    ['html', 'body', 'main', 'article'].includes(el.localName.toLowerCase()) ||
    el.getAttribute('itemprop') === 'articleBody' ||
    !!el.querySelector('article, h1, main, [itemprop="articleBody"]')
  );
}

export function removeFurniture(doc: DomDocument): void {
  for (const el of all(doc, FURNITURE_TAGS)) el.remove();
  for (const el of all(doc, '[class], [id]')) {
    if (words(el).some((w) => FURNITURE_WORDS.has(w)) && !holdsArticle(el)) el.remove();
  }
  for (const el of all(doc, 'p, div, li, section, span, strong, ul')) {
    const text = squash(el.textContent);
    if ((RELATED_LEAD.test(text) && text.length < 400) || AD_LABEL.test(text)) {
      if (!holdsArticle(el)) el.remove();
    }
  }
}

export { RELATED_LEAD };
