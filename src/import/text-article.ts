// A plain text → an article. Pure. The text is the article as written; a signature line at its top
// ("Par Jeanne Martin") becomes the byline instead of a paragraph, so it can never be read as a speaker.

import { splitParagraphs } from '../article/segment.ts';
import { cleanByline, isBylineLine } from './byline.ts';
import { ImportError, type ImportedArticle, type ImportedMeta } from './types.ts';

export function articleFromText(
  text: string,
  meta: Partial<ImportedMeta> & { title: string },
): ImportedArticle {
  const lines = splitParagraphs(text);
  if (!lines.some((l) => /[\p{L}\d]/u.test(l))) throw new ImportError('empty', 'the text is empty');
  let byline = meta.byline ?? null;
  const signature = lines.slice(0, 4).findIndex((l) => isBylineLine(l, byline));
  if (signature >= 0) {
    byline ??= cleanByline(lines[signature]);
    lines.splice(signature, 1);
  }
  return {
    text: lines.join('\n\n'),
    meta: {
      title: meta.title,
      language: meta.language ?? 'fr',
      source: meta.source ?? null,
      published: meta.published ?? null,
      byline,
      siteName: meta.siteName ?? null,
    },
    headings: [],
  };
}
