// An article's DOM → its paragraphs, in reading order, each marked heading or not, with how much of it is
// link text (a listing is mostly links). Pure.

import { cleanText } from '../text/normalize.ts';
import { ELEMENT_NODE, TEXT_NODE, squash, type DomElement, type DomNode } from './dom.ts';

export interface Block {
  text: string;
  heading: boolean;
  /** Characters of `text` that were inside links. */
  linkChars: number;
}

// Elements that start a new paragraph; everything else is inline and joins the current one.
const BLOCK = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table tbody thead tr td th ul br'
  ).split(' '),
);
const HEADING = /^h[1-6]$/;
// Soft hyphens and zero-width characters: invisible on the page, but they would split words for the indexer.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'figure', 'figcaption', 'button', 'svg']);

export function blocksOf(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const flush = (heading = false) => {
    const text = squash(cleanText(parts.join('').normalize('NFC').replace(INVISIBLE, '')));
    if (text) blocks.push({ text, heading, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    linkChars = 0;
  };
  const walk = (node: DomNode, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      parts.push(text);
      if (inLink) linkChars += squash(text).length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag)) return;
    const link = inLink || tag === 'a';
    if (HEADING.test(tag)) {
      flush();
      Array.from(el.childNodes).forEach((child) => walk(child, link));
      flush(true);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    Array.from(el.childNodes).forEach((child) => walk(child, link));
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}
