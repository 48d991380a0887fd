// Reporting verbs in classes of meaning (data/verb-classes.json): "Qui a nié…" meets "a démenti", "Who warned…"
// meets "a mis en garde". Built once per data object; a question's verb and a statement's verb each lead to the
// classes they belong to, and a shared class counts as the verb matching.

import { REPORTING_VERBS } from '../article/verbs.ts';
import { fold, words } from '../text/normalize.ts';
import { englishLemmas } from './english.ts';

export interface VerbClassData {
  [name: string]: { fr?: string[]; en?: string[] };
}

/** A set phrase: its verb's forms, then the words that must follow ("mis" + "en garde"). */
interface Phrase {
  heads: ReadonlySet<string>;
  rest: string[];
  classes: string[];
}

// Forms of the few irregular verbs that head set phrases or are not in the indexer's lexicon.
const IRREGULAR_HEADS: Record<string, string[]> = {
  mettre: ['met', 'mettent', 'mis', 'mise', 'mettait', 'mettant', 'mettra', 'mettrait'],
  faire: ['fait', 'font', 'faisait', 'faisant', 'fera', 'ferait', 'fit'],
  dire: ['dit', 'disent', 'disait', 'disant', 'dira', 'dirait'],
  inscrire: ['inscrit', 'inscrivent', 'inscrivait', 'inscrivant'],
  vouloir: ['veut', 'veulent', 'voulu', 'voulait', 'voulant', 'voudrait', 'voudra'],
  convenir: ['convient', 'conviennent', 'convenu', 'convenait'],
  admettre: ['admet', 'admettent', 'admis', 'admise', 'admettait', 'admettant'],
  promettre: ['promet', 'promettent', 'promis', 'promise', 'promettait', 'promettant', 'promettra'],
  reconnaitre: ['reconnait', 'reconnaissent', 'reconnu', 'reconnue', 'reconnaissait', 'reconnaissant'],
  emouvoir: ['emeut', 'emu', 'emue', 'emouvait'],
  craindre: ['craint', 'craignent', 'craignait', 'craignant'],
  decrire: ['decrit', 'decrivent', 'decrivait', 'decrivant'],
  exclure: ['exclut', 'exclu', 'excluent', 'excluait', 'excluant'],
  maintenir: ['maintient', 'maintiennent', 'maintenu', 'maintenait', 'maintenant'],
  prevenir: ['previent', 'previennent', 'prevenu', 'prevenait', 'prevenant'],
  repondre: ['repond', 'repondent', 'repondu', 'repondait', 'repondant'],
  dementir: ['dement', 'dementent', 'dementi', 'dementait', 'dementant'],
  tirer: [],
};

// The indexer's lexicon of reporting verbs, by folded lemma: its forms are generated, traditional spellings
// included.
let lexiconForms: Map<string, Set<string>> | null = null;
function formsFromLexicon(lemma: string): Set<string> | undefined {
  if (!lexiconForms) {
    lexiconForms = new Map();
    for (const [surface, form] of REPORTING_VERBS) {
      const key = fold(form.lemma).replace(/^s'|^se /, '');
      const set = lexiconForms.get(key) ?? new Set<string>();
      set.add(fold(surface));
      lexiconForms.set(key, set);
    }
  }
  return lexiconForms.get(lemma);
}

/** Folded forms of a folded French infinitive (no pronoun). */
function frenchForms(lemma: string): Set<string> {
  const out = new Set<string>([lemma, ...(IRREGULAR_HEADS[lemma] ?? []), ...(formsFromLexicon(lemma) ?? [])]);
  if (lemma.endsWith('er')) {
    const b = lemma.slice(0, -2);
    for (const e of [
      'e',
      'es',
      'ent',
      'e',
      'ee',
      'es',
      'ees',
      'ait',
      'aient',
      'ant',
      'era',
      'erait',
      'a',
      'erent',
    ])
      out.add(b + e);
    // "rappeler" -> "rappelle", "jeter" -> "jette"; "révéler" -> "révèle" folds to the regular form.
    if (/[lt]$/.test(b)) for (const e of ['e', 'ent', 'era']) out.add(b + b.slice(-1) + e);
  } else if (lemma.endsWith('ir')) {
    const b = lemma.slice(0, -2);
    for (const e of ['i', 'ie', 'is', 'it', 'issent', 'issait', 'issant', 'ira', 'irait']) out.add(b + e);
  } else if (lemma.endsWith('re')) {
    const b = lemma.slice(0, -2);
    for (const e of ['', 's', 't', 'ent', 'u', 'ue', 'ait', 'ant', 'ra']) out.add(b + e);
  }
  return out;
}

// A word stands as a verb after these (auxiliaries, subject pronouns, question words): "qui a nié", "who denied",
// "le ministre a-t-il promis". Elsewhere "juge", "critique" or "report" are nouns.
const VERB_CONTEXT = new Set(
  `a ont avait avaient aurait auraient est sont s se t il elle ils elles on qui que qu va vont veut
  who did does do has have had will would to they he she it also then`.split(/\s+/),
);

export class VerbClasses {
  private readonly french = new Map<string, string[]>();
  private readonly english = new Map<string, string[]>();
  private readonly phrases: Phrase[] = [];

  constructor(data: VerbClassData = {}) {
    const add = (map: Map<string, string[]>, key: string, cls: string) => {
      const list = map.get(key) ?? [];
      if (!list.includes(cls)) list.push(cls);
      map.set(key, list);
    };
    for (const [cls, { fr = [], en = [] }] of Object.entries(data)) {
      for (const entry of fr) {
        const ws = words(entry).filter((w, i) => !(i === 0 && (w === 'se' || w === 's')));
        if (!ws.length) continue;
        const forms = frenchForms(ws[0]!);
        if (ws.length === 1) for (const f of forms) add(this.french, f, cls);
        else this.addPhrase(forms, ws.slice(1), cls);
      }
      for (const entry of en) {
        const ws = words(entry);
        if (ws.length === 1) add(this.english, ws[0]!, cls);
        else if (ws.length) {
          const heads = new Set([ws[0]!, `${ws[0]}s`, `${ws[0]}ed`, `${ws[0]}ing`]);
          this.addPhrase(heads, ws.slice(1), cls);
        }
      }
    }
    // Only needed while the classes are built.
    lexiconForms = null;
  }

  private addPhrase(heads: Set<string>, rest: string[], cls: string): void {
    const same = this.phrases.find(
      (p) => p.rest.join(' ') === rest.join(' ') && [...heads].every((h) => p.heads.has(h)),
    );
    if (same) {
      if (!same.classes.includes(cls)) same.classes.push(cls);
    } else this.phrases.push({ heads, rest, classes: [cls] });
  }

  get size(): number {
    return this.french.size + this.english.size;
  }

  /** Classes of one folded word read as a verb (French form, English form or its base). */
  ofWord(word: string): string[] {
    const fr = this.french.get(word);
    const en =
      this.english.get(word) ??
      englishLemmas(word)
        .map((l) => this.english.get(l))
        .find(Boolean);
    if (fr && en) return [...new Set([...fr, ...en])];
    return fr ?? en ?? [];
  }

  /** Set phrases in a folded word list: index of the head word, how many words, classes. */
  private phrasesIn(ws: readonly string[]): Array<{ at: number; length: number; classes: string[] }> {
    const out: Array<{ at: number; length: number; classes: string[] }> = [];
    for (let i = 0; i < ws.length; i++) {
      for (const p of this.phrases) {
        if (!p.heads.has(ws[i]!)) continue;
        if (p.rest.every((r, k) => ws[i + 1 + k] === r))
          out.push({ at: i, length: 1 + p.rest.length, classes: p.classes });
      }
    }
    return out;
  }

  /**
   * The verbs of a question and their classes: only words in a verb's position ("qui a démenti", "who warned"),
   * so "le juge" or "the report" stay nouns.
   */
  inQuestion(text: string): Array<{ words: string[]; classes: string[] }> {
    const ws = words(text);
    const out: Array<{ words: string[]; classes: string[] }> = [];
    const taken = new Set<number>();
    for (const p of this.phrasesIn(ws)) {
      out.push({ words: ws.slice(p.at, p.at + p.length), classes: p.classes });
      for (let k = 0; k < p.length; k++) taken.add(p.at + k);
    }
    ws.forEach((w, i) => {
      if (taken.has(i)) return;
      const classes = this.ofWord(w);
      if (!classes.length) return;
      const prev = ws[i - 1];
      const verbal =
        // A routed topic starts where "qui a" or "who" was cut off: "veut tranquilliser …".
        i === 0 ||
        (prev !== undefined && VERB_CONTEXT.has(prev)) ||
        (i <= 1 && /^(?:qui|que|who|qu)$/.test(ws[0] ?? '')) ||
        (/ed$/.test(w) && !this.french.has(w));
      if (verbal) out.push({ words: [w], classes });
    });
    return out;
  }

  /**
   * The set phrases of a sentence, by the verb form that heads them ("mis" -> warn for "a mis en garde"): worked
   * out once per sentence, however many statements it holds.
   */
  phraseHeads(sentence: string): ReadonlyMap<string, string[]> {
    const out = new Map<string, string[]>();
    const ws = words(sentence);
    for (const p of this.phrasesIn(ws)) out.set(ws[p.at]!, [...(out.get(ws[p.at]!) ?? []), ...p.classes]);
    return out;
  }

  /** Classes of a statement's verb, with the set phrase it heads in its sentence ("a mis en garde"). */
  ofStatement(verb: string, heads: ReadonlyMap<string, string[]>): string[] {
    const vs = words(verb);
    const head = vs[0];
    if (!head) return [];
    const out = new Set<string>(heads.get(head) ?? []);
    if (vs.length > 1) for (const p of this.phrasesIn(vs)) p.classes.forEach((c) => out.add(c));
    if (!out.size) (this.french.get(head) ?? []).forEach((c) => out.add(c));
    return [...out];
  }
}

/** The stem a statement document carries for a verb class, and a query term asks for. */
export const classStem = (cls: string): string => `@${cls}`;
