// Finds the person or group a question names: exact name or alias, role, sound-alike, then fuzzy.

import Fuse from 'fuse.js';
import type { Entity } from '../article/types.ts';
import { fold, nameKey, words } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';

const LEADING = /^(?:(?:le|la|les|l'|m\.?|mme|mlle|mr\.?|mrs\.?|ms\.?|monsieur|madame|dr\.?|pr\.?|the)\s+|l')+/;

export interface SpeakerMatch {
  entities: Entity[];
  /** 1 exact, lower for fuzzy. */
  confidence: number;
}

interface Row {
  entity: Entity;
  name: string;
  aliases: string[];
  role: string;
}

function clean(text: string): string {
  return fold(text).replace(/[?!.,;:«»"]/g, ' ').replace(/\s+/g, ' ').trim().replace(LEADING, '').trim();
}

export class SpeakerFinder {
  private readonly rows: Row[];
  private readonly fuse: Fuse<Row>;

  constructor(entities: readonly Entity[], private readonly speaking: ReadonlySet<string>) {
    // Speakers first, so equal matches prefer someone who said something.
    const sorted = [...entities].filter((e) => e.kind !== 'place').sort((a, b) => Number(speaking.has(b.id)) - Number(speaking.has(a.id)));
    this.rows = sorted.map((entity) => ({
      entity,
      name: fold(entity.name),
      aliases: entity.aliases.map(clean),
      role: fold(entity.role ?? ''),
    }));
    const options = {
      keys: [
        { name: 'name', weight: 3 },
        { name: 'aliases', weight: 2 },
        { name: 'role', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.3,
    };
    this.fuse = new Fuse(this.rows, options, Fuse.createIndex(options.keys, this.rows));
  }

  find(text: string): SpeakerMatch | null {
    const q = clean(text);
    if (q.length < 2) return null;
    const exact = this.rows.filter((r) => r.name === q || r.aliases.includes(q));
    if (exact.length) return { entities: this.preferSpeaking(exact), confidence: 1 };

    const qWords = words(q).filter((w) => !STOPWORDS.has(w) && w.length >= 2);
    if (!qWords.length) return null;
    // Role phrases: "le secrétaire d'État américain", "the party spokeswoman" (after translation upstream).
    if (qWords.length >= 2) {
      const byRole = this.rows.filter((r) => r.role && (r.role.includes(q) || (q.includes(r.role) && r.role.length > 6)));
      if (byRole.length) return { entities: this.preferSpeaking(byRole), confidence: 0.95 };
    }
    // Sound-alike name words: Kabulov ~ Kaboul, Antony ~ Anthony. The most words matched wins,
    // so "Jean Martin" never takes "Jeanne Martin" along.
    const qKeys = qWords.map(nameKey).filter((k) => k.length >= 3);
    let best: Row[] = [];
    let bestCount = 0;
    for (const r of this.rows) {
      const nameKeys = new Set(words(r.entity.name).map(nameKey));
      const count = qKeys.filter((k) => nameKeys.has(k)).length;
      if (count > bestCount) {
        best = [r];
        bestCount = count;
      } else if (count === bestCount && count > 0) best.push(r);
    }
    if (bestCount > 0 && bestCount >= Math.min(qKeys.length, 2) - (qKeys.length > 2 ? 1 : 0)) {
      return { entities: this.preferSpeaking(best), confidence: 0.9 };
    }
    const hits = this.fuse.search(q, { limit: 3 });
    const top = hits[0];
    if (top && (top.score ?? 1) <= 0.3) {
      const close = hits.filter((h) => (h.score ?? 1) - (top.score ?? 0) < 0.02 && h.item.name === top.item.name);
      return { entities: close.map((h) => h.item.entity), confidence: 0.8 - (top.score ?? 0) };
    }
    return null;
  }

  private preferSpeaking(rows: Row[]): Entity[] {
    const speaking = rows.filter((r) => this.speaking.has(r.entity.id));
    return (speaking.length ? speaking : rows).map((r) => r.entity);
  }
}
