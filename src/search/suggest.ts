// Autocomplete: cheap enough for every keystroke. Whole words typed so far must match (exactly, by stem, or
// through the article's vocabulary when misspelt); the word being typed matches as a prefix.

import type { ArticleIndex } from '../article/types.ts';
import { fold, stem, words } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { SpeakerFinder } from './speakers.ts';
import type { SpeakerSummary, StatementChoice } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

interface Row {
  choice: StatementChoice;
  words: string[];
  stems: Set<string>;
}

const MAX_INPUT = 100;

function label(speaker: string | null, content: string): string {
  const text = `${speaker ?? '?'} : ${content}`;
  return text.length > 100 ? `${text.slice(0, 99).trimEnd()}…` : text;
}

export class Suggester {
  private readonly rows: Row[];
  private readonly speakers: SpeakerSummary[];
  private readonly speakerKeys: Map<SpeakerSummary, string[]>;

  constructor(
    index: ArticleIndex,
    speakers: readonly SpeakerSummary[],
    private readonly vocab: Vocabulary,
    private readonly finder: SpeakerFinder,
  ) {
    const name = new Map(index.entities.map((e) => [e.id, e.name]));
    this.rows = index.statements.map((st) => {
      const who = st.speakerId ? (name.get(st.speakerId) ?? null) : st.speakerMention;
      const all = words(`${who ?? ''} ${st.content}`);
      return {
        choice: { ref: st.id, label: label(who, st.content) },
        words: all,
        stems: new Set(all.map(stem)),
      };
    });
    this.speakers = [...speakers].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
    this.speakerKeys = new Map(
      this.speakers.map((s) => [
        s,
        [s.name, ...s.aliases, s.role ?? ''].flatMap((k) => [fold(k), ...words(k)]),
      ]),
    );
  }

  speakersFor(input: string, limit: number): SpeakerSummary[] {
    const q = fold((input ?? '').slice(0, MAX_INPUT)).trim();
    if (!q) return this.speakers.slice(0, limit);
    const prefix = this.speakers.filter((s) => this.speakerKeys.get(s)!.some((k) => k.startsWith(q)));
    if (prefix.length) return prefix.slice(0, limit);
    const fuzzy = this.finder.find(q);
    return fuzzy
      ? this.speakers.filter((s) => fuzzy.entities.some((e) => e.id === s.id)).slice(0, limit)
      : [];
  }

  statementsFor(input: string, limit: number): StatementChoice[] {
    const text = (input ?? '').slice(0, MAX_INPUT);
    const typed = words(text);
    if (!typed.length) return this.rows.slice(0, limit).map((r) => r.choice);
    // The last word may still be being typed, unless the input ends with a space.
    const partial = /\s$/.test(text) ? null : typed.pop()!;
    const partialStems = partial ? this.stemsFor(partial) : [];
    const whole = typed.filter((w) => !STOPWORDS.has(w)).map((w) => this.stemsFor(w));
    const hits = this.rows.filter(
      (r) =>
        whole.every((alternatives) => alternatives.some((s) => r.stems.has(s))) &&
        (!partial || r.words.some((w) => w.startsWith(partial)) || partialStems.some((s) => r.stems.has(s))),
    );
    return hits.slice(0, limit).map((r) => r.choice);
  }

  /** A whole word's stem, or the stem of the article word it was probably meant to be. */
  private stemsFor(word: string): string[] {
    const own = stem(word);
    if (this.vocab.has(own)) return [own];
    const fix = this.vocab.correct(word);
    return fix ? [own, fix.stem] : [own];
  }
}
