// Ids and hashes every store implementation shares, so SQLite and PostgreSQL agree on them (and a button's article id
// means the same article whichever database answered).
import { createHash } from 'node:crypto';
import type { ArticleIndex } from '../article/types.ts';
import type { Scope } from './types.ts';

/** sha256 of the text with line endings and trailing spaces normalised: the same article pasted twice is one. */
export function contentHash(text: string): string {
  const normal = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/**
 * A short id, stable for a (scope, text) pair: 'a' and 11 base-36 digits (about 57 bits), short enough to ride in a button's
 * custom id. Deterministic, so loading the same text again after a remove gives the same id, and no sequence is needed.
 */
export function articleId(scope: Scope, hash: string): string {
  const digest = createHash('sha256').update(`${scope}\n${hash}`, 'utf8').digest();
  return 'a' + digest.readBigUInt64BE(0).toString(36).padStart(13, '0').slice(-11);
}

const SCOPE = /^(guild|user):\d{1,20}$/;

export function isScope(value: string): value is Scope {
  return SCOPE.test(value);
}

/** The scope of an interaction: its server, or the user's own in DMs and user installs (no guild id). */
export function scopeOf(guildId: string | null | undefined, userId: string): Scope {
  return guildId ? `guild:${guildId}` : `user:${userId}`;
}

/** People and organisations quoted at least once: what "speakers found" counts everywhere. */
export function countSpeakers(index: ArticleIndex): number {
  return new Set(index.statements.map((s) => s.speakerId).filter(Boolean)).size;
}

/** Paragraphs of running text, headings and bylines left out. */
export function countParagraphs(index: ArticleIndex): number {
  return index.paragraphs.filter((p) => !p.kind).length;
}
