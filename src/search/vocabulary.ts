// The article's own words, so a misspelt query word can be mapped onto one it really contains.

import Fuse from 'fuse.js';
import { allowedEdits, editDistance } from '../text/distance.ts';
import { nameKey, stem } from '../text/normalize.ts';

export interface Correction {
  stem: string;
  /** 1 for an exact stem, lower for a fuzzy correction. */
  confidence: number;
}

const FUZZY_THRESHOLD = 0.3;

export class Vocabulary {
  private readonly stems = new Set<string>();
  private readonly byNameKey = new Map<string, string>();
  private readonly fuse: Fuse<{ w: string }>;
  private readonly cache = new Map<string, Correction | null>();

  constructor(allWords: Iterable<string>) {
    const list: { w: string }[] = [];
    const seen = new Set<string>();
    for (const w of allWords) {
      if (seen.has(w)) continue;
      seen.add(w);
      this.stems.add(stem(w));
      // Numbers are words the article has ("depuis 2018"), never worth a fuzzy guess.
      if (/^\d+$/.test(w)) continue;
      if (w.length >= 4) {
        list.push({ w });
        const key = nameKey(w);
        if (key.length >= 4 && !this.byNameKey.has(key)) this.byNameKey.set(key, stem(w));
      }
    }
    // Built once; each lookup is then a search over this prepared index.
    const options = {
      keys: ['w'],
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 3,
    };
    this.fuse = new Fuse(list, options, Fuse.createIndex(options.keys, list));
  }

  has(stemmed: string): boolean {
    return this.stems.has(stemmed);
  }

  /** The closest word of the article to an unknown query word, or null when none is close enough. */
  correct(word: string): Correction | null {
    if (this.cache.has(word)) return this.cache.get(word)!;
    let result: Correction | null = null;
    const key = nameKey(word);
    if (key.length >= 4 && this.byNameKey.has(key))
      result = { stem: this.byNameKey.get(key)!, confidence: 0.9 };
    // No word of an article is 40 letters long; longer input is not worth a fuzzy search.
    else if (word.length >= 5 && word.length <= 40) {
      // fuse.js finds candidates; an edit-distance bound keeps "chine" from becoming "machine".
      const limit = allowedEdits(word.length);
      const best = this.fuse
        .search(word, { limit: 5 })
        .find((r) => editDistance(word, r.item.w, limit) <= limit);
      if (best && (best.score ?? 1) <= FUZZY_THRESHOLD)
        result = { stem: stem(best.item.w), confidence: 0.85 - (best.score ?? 0) };
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
