// Plain text in, serialisable index out. Pure: no file or network access.

import { extractEntities, type EntityTable } from './entities.ts';
import { furnitureOf } from './furniture.ts';
import { splitParagraphs, splitSentences } from './segment.ts';
import { publicationDateIn } from './time.ts';
import { extractStatements } from './statements.ts';
import type { ArticleIndex, ArticleMeta, Entity, Paragraph, Sentence } from './types.ts';

export const INDEX_VERSION = 1;

export class ArticleError extends Error {}

export interface BuildOptions {
  /** Paragraphs known to be headings (from a page's markup): kept as headings, never read as statements. */
  headings?: readonly string[];
}

export function buildIndex(
  text: string,
  meta: ArticleMeta,
  aliasGroups: string[][] = [],
  options: BuildOptions = {},
): ArticleIndex {
  if (typeof text !== 'string' || !/[\p{L}\d]/u.test(text))
    throw new ArticleError('the article has no text to index');
  const paragraphs: Paragraph[] = [];
  const headings = new Set((options.headings ?? []).map(squash));
  const sentences: Sentence[] = [];
  const lines = splitParagraphs(text);
  // A header line may say when the article appeared ("Publié le 12 mars 2024"); that is a date the text gives,
  // not one invented. The metadata file wins when it has one.
  const headerLine = lines.slice(0, 4).findIndex((line) => publicationDateIn(line) !== null);
  if (!meta.published && headerLine >= 0)
    meta = { ...meta, published: publicationDateIn(lines[headerLine]!) };
  lines.forEach((p, i) => {
    if (i === headerLine) return;
    const ids: number[] = [];
    for (const sentence of splitSentences(p)) {
      ids.push(sentences.length);
      sentences.push({ id: sentences.length, paragraph: i + 1, text: sentence });
    }
    if (!ids.length) return;
    const kind = headings.has(squash(p))
      ? 'heading'
      : furnitureOf(p, paragraphs.length === 0, lines.length === 1);
    paragraphs.push(
      kind
        ? { index: paragraphs.length + 1, text: p, sentenceIds: ids, kind }
        : { index: paragraphs.length + 1, text: p, sentenceIds: ids },
    );
  });
  // Paragraph numbers follow the kept paragraphs.
  paragraphs.forEach((p) => p.sentenceIds.forEach((id) => (sentences[id]!.paragraph = p.index)));

  // Bylines and date lines name nobody the article quotes; headings name people but report nothing. A sentence
  // entirely in brackets is a credit line ("(Jeanne Martin pour le service français)").
  const kindOf = new Map(paragraphs.map((p) => [p.index, p.kind]));
  const credit = (s: Sentence) => /^\([^()]*\)\.?$/.test(s.text);
  const named = sentences.filter((s) => {
    const kind = kindOf.get(s.paragraph);
    return kind !== 'byline' && kind !== 'dateline' && !credit(s);
  });
  const table = extractEntities(named, aliasGroups);
  const { statements, events, groups } = extractStatements(
    named.filter((s) => !kindOf.get(s.paragraph)),
    table,
    meta,
    introducedBy(paragraphs, table),
  );
  const entities: Entity[] = [...table.entities, ...groups]
    .filter((e) => e.mentions.length > 0 || statements.some((s) => s.speakerId === e.id))
    .map(({ id, kind, name, aliases, role, mentions }) => ({
      id,
      kind,
      name,
      aliases,
      role,
      mentions: [...mentions].sort((a, b) => a - b),
    }));
  return { version: INDEX_VERSION, meta, paragraphs, sentences, entities, statements, events };
}

/**
 * "Le plus déçu : Marc Olivier (Nantes)", then a paragraph of quotation: a subheading that names one
 * person introduces what the next paragraph quotes.
 */
function introducedBy(paragraphs: Paragraph[], table: EntityTable): Map<number, string> {
  const out = new Map<number, string>();
  const kinds = new Map(table.entities.map((e) => [e.id, e.kind]));
  for (const p of paragraphs) {
    if (p.kind !== 'heading' || p.index === 1) continue;
    const people = new Set(
      table.mentions
        .filter((m) => p.sentenceIds.includes(m.sentenceId) && kinds.get(m.entityId) === 'person')
        .map((m) => m.entityId),
    );
    if (people.size === 1) out.set(p.index + 1, [...people][0]!);
  }
  return out;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
