// Finds the person or group a question names: exact name or alias, then each word by close spelling
// (edit distance, sound-alike key) or as a word of a role or description (in French, or in English through the
// glossary).

import type { Entity } from '../article/types.ts';
import { allowedEdits, editDistance } from '../text/distance.ts';
import { contentStems, fold, nameKey, stem, words } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { ROLE_NOUNS } from '../article/lexicon.ts';
import type { Term } from './analyse.ts';

const LEADING =
  /^(?:(?:le|la|les|l'|m\.?|mme|mlle|mr\.?|mrs\.?|ms\.?|monsieur|madame|dr\.?|pr\.?|the)\s+|l')+/;
/** Share of the question's words a name or role must account for. */
const COVERAGE = 0.75;
/** What the title "Me" says of someone: a lawyer. */
const TITLE_ROLE = 'avocat, avocate';
/** A role word met through a near-synonym (data/synonyms.json). */
const SYNONYM_FIT = 0.85;
/** A word met only in what the article says around the name (src/search/descriptions.ts). */
const DESCRIBED_FIT = 0.85;
/** Role nouns, stemmed: a described word anchors a match only when it is one ("l'avocat de la défense"). */
const ROLE_STEMS = new Set([...ROLE_NOUNS].flatMap((n) => contentStems(n)));

export interface SpeakerMatch {
  entities: Entity[];
  /** 1 exact, lower for spelling or role matches. */
  confidence: number;
}

interface Row {
  entity: Entity;
  name: string;
  aliases: string[];
  nameWords: NameWord[];
  stems: Set<string>;
  /** Stems of the name and of each role's head noun: a match must include one ("président" alone is not
   * "représentant spécial du président"). */
  keyStems: Set<string>;
  /** Stems of the words around the name in the article: weaker than the role, and a role noun among them. */
  described: Set<string>;
}

function clean(text: string): string {
  return fold(text)
    .replace(/[?!.,;:«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING, '')
    .trim();
}

interface NameWord {
  word: string;
  key: string;
}

/** How well one typed word fits one word of a name: 1 same, 0.9 sound-alike, 0.8 one slip, else 0. */
function wordFit(typed: NameWord, name: NameWord): number {
  if (typed.word === name.word) return 1;
  if (typed.word.length >= 4 && typed.key === name.key) return 0.9;
  const limit = Math.min(allowedEdits(typed.word.length), allowedEdits(name.word.length));
  return limit > 0 && editDistance(typed.word, name.word, limit) <= limit ? 0.8 : 0;
}

const nameWord = (word: string): NameWord => ({ word, key: nameKey(word) });

export class SpeakerFinder {
  private readonly rows: Row[];

  constructor(
    entities: readonly Entity[],
    private readonly speaking: ReadonlySet<string>,
    descriptions: ReadonlyMap<string, string> = new Map(),
  ) {
    // Speakers first, so equal matches prefer someone who said something.
    const sorted = [...entities]
      .filter((e) => e.kind !== 'place')
      .sort((a, b) => Number(speaking.has(b.id)) - Number(speaking.has(a.id)));
    this.rows = sorted.map((entity) => {
      // "Me Béavogui": the title says a lawyer, whether or not the article wrote the role.
      const titled = [entity.name, ...entity.aliases].some((n) => /^(?:Me|Maître)\s/.test(n))
        ? TITLE_ROLE
        : '';
      const all = [entity.name, ...entity.aliases, entity.role ?? '', titled].join(' ');
      return {
        entity,
        name: clean(entity.name),
        aliases: entity.aliases.map(clean),
        nameWords: words(entity.name)
          .filter((w) => !STOPWORDS.has(w))
          .map(nameWord),
        stems: new Set(contentStems(all)),
        keyStems: new Set(
          [entity.name, ...entity.aliases, entity.role ?? '', titled]
            // Each comma-separated part of a role has its own head: "rapporteuse générale du budget, députée".
            .flatMap((a, i) =>
              i === 0 ? words(a) : a.split(',').flatMap((part) => words(clean(part)).slice(0, 1)),
            )
            .filter((w) => !STOPWORDS.has(w))
            .map(stem),
        ),
        described: new Set(contentStems(descriptions.get(entity.id) ?? '')),
      };
    });
  }

  /**
   * `terms` are the question's words with their glossary translations, so "the mayor" finds "maire de Vienne".
   * Two people whose names differ by a letter ("Jean Martin", "Jeanne Martin") are told apart: the best fit wins.
   */
  find(text: string, terms: Term[] = []): SpeakerMatch | null {
    const q = clean(text);
    if (q.length < 2) return null;
    const exact = this.rows.filter((r) => r.name === q || r.aliases.includes(q));
    if (exact.length) return { entities: this.preferSpeaking(exact), confidence: 1 };

    const typed = words(q).filter((w) => !STOPWORDS.has(w) && w.length >= 2);
    if (!typed.length) return null;
    const content: Term[] = terms.length ? terms : typed.map((w) => ({ word: w, stems: [stem(w)] }));
    const typedWords = content.map((t) => (t.word.includes(' ') ? null : nameWord(t.word)));
    // Each word counts by how well it fits a word of the name, or fully when it is a word of the role
    // ("l'avocat olivier tesier": avocat from the role, olivier exact, tesier one slip). At least one word must
    // be the name or a role's head noun.
    // "l'ancien entraîneur de Fiona Ferro" is someone described by their link to Ferro, not Ferro.
    const complement = /^(.*?)\b(?:de|du|d')\s+(.+)$/.exec(q);
    const fitsName = (r: Row, text: string) =>
      words(text).some((w) => !STOPWORDS.has(w) && r.nameWords.some((n) => wordFit(nameWord(w), n) >= 0.8));
    const best = this.best((r) => {
      if (complement && fitsName(r, complement[2]!) && !fitsName(r, complement[1]!)) return 0;
      let sum = 0;
      let anchored = false;
      content.forEach((t, k) => {
        const typedWord = typedWords[k];
        const byName = typedWord ? Math.max(0, ...r.nameWords.map((w) => wordFit(typedWord, w))) : 0;
        const phrase = (t.phrases ?? []).find((p) => p.every((s) => r.stems.has(s)));
        // A near-synonym of a role word counts a little less: "le patron de X" for "PDG de X".
        const bySynonym = (t.alternates ?? []).some((s) => r.stems.has(s)) ? SYNONYM_FIT : 0;
        const byRole = t.stems.some((s) => r.stems.has(s)) || phrase ? 1 : bySynonym;
        const describedStem = t.stems.find((s) => r.described.has(s));
        const byDescription = describedStem ? DESCRIBED_FIT : 0;
        sum += Math.max(byName, byRole, byDescription);
        anchored ||=
          byName >= 0.8 ||
          (k === 0 && !!describedStem && ROLE_STEMS.has(describedStem)) ||
          t.stems.some((s) => r.keyStems.has(s)) ||
          !!phrase?.some((s) => r.keyStems.has(s)) ||
          (t.alternates ?? []).some((s) => r.keyStems.has(s));
      });
      return anchored ? sum / content.length : 0;
    });
    if (best.score >= COVERAGE)
      return { entities: this.preferSpeaking(best.rows), confidence: Math.min(0.95, best.score) };
    return null;
  }

  private best(fit: (r: Row) => number): { rows: Row[]; score: number } {
    let rows: Row[] = [];
    let score = 0;
    for (const r of this.rows) {
      const f = fit(r);
      if (f > score + 1e-9) {
        rows = [r];
        score = f;
      } else if (f > 0 && Math.abs(f - score) <= 1e-9) rows.push(r);
    }
    return { rows, score };
  }

  private preferSpeaking(rows: Row[]): Entity[] {
    const speaking = rows.filter((r) => this.speaking.has(r.entity.id));
    return (speaking.length ? speaking : rows).map((r) => r.entity);
  }
}
