// The answer engine: one per article, indexes built once, every answer plain data.

import type { ArticleIndex } from '../article/types.ts';
import { contentStems, fold, stem, words } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { looksEnglish, makeGlossary, terms, type Glossary } from './analyse.ts';
import { answersWhatWasAsked } from './asked-for.ts';
import { chronologicalKey } from '../article/time.ts';
import { describe } from './descriptions.ts';
import { buildDocs, stemSet, type Doc, type Field } from './documents.ts';
import { route } from './intent.ts';
import { coverage, rank, resolveTerms, score, Weights, type ResolvedTerm, type Scored } from './rank.ts';
import { paragraphText, toResult } from './results.ts';
import { SpeakerFinder, type SpeakerMatch } from './speakers.ts';
import type { Answer, AnswerResult, Engine, Intent, SpeakerSummary } from './types.ts';
import { Suggester } from './suggest.ts';
import { Vocabulary } from './vocabulary.ts';
import { classStem, VerbClasses, type VerbClassData } from './verb-classes.ts';

/** A document answers when at least this share of the question's weighted words is in it. */
export const FOUND_THRESHOLD = 0.5;
/** A topic within one speaker's statements needs less: the speaker already narrowed the field. */
export const TOPIC_THRESHOLD = 0.34;
/** Further results are kept while they score at least this share of the best one. */
const RELATIVE_CUTOFF = 0.6;
const MAX_RESULTS = 10;
/** Questions are cut to this many characters: enough for any real question, bounded work for any input. */
export const MAX_QUESTION_CHARS = 500;

// Words that say "someone spoke" or "something happened" in a question, without saying about what
// ("Qui a parlé de …", "Quand a eu lieu …", "trouve le passage sur …").
const QUESTION_NOISE = new Set(
  `parle parler evoque mentionne aborde dit speak spoke talk talked mention mentioned article passage phrase texte
  trouve cherche find search show montre lieu passe`.split(/\s+/),
);

export interface EngineOptions {
  /** English -> French entries from data/glossary.json. */
  glossary?: Record<string, string[]>;
  /** Groups of French words that mean the same in news prose (data/synonyms.json). */
  synonyms?: string[][];
  /** Reporting verbs by meaning, French and English (data/verb-classes.json). */
  verbClasses?: VerbClassData;
}

// The data files' glossary is the same for every article: stemmed once per options object, not once per engine.
const glossaries = new WeakMap<EngineOptions, Glossary>();
function sharedGlossary(options: EngineOptions): Glossary {
  let g = glossaries.get(options);
  if (!g) {
    g = makeGlossary(options.glossary, options.synonyms);
    glossaries.set(options, g);
  }
  return g;
}
const verbClassSets = new WeakMap<EngineOptions, VerbClasses>();
function sharedVerbClasses(options: EngineOptions): VerbClasses {
  let v = verbClassSets.get(options);
  if (!v) {
    v = new VerbClasses(options.verbClasses);
    verbClassSets.set(options, v);
  }
  return v;
}

/** Confidence of a verb met through its class ("nié" for "démenti") rather than the word itself. */
const VERB_CLASS_CONFIDENCE = 0.9;
/** A question's verb weighs at most this share of an unknown word. */
const VERB_WEIGHT = 0.5;
/** A when-question's best match without a time must beat the best timed one by this much to call it a miss. */
const UNTIMED_MARGIN = 0.15;

// Words that open a clause of cause or purpose. "pour" only before a verb ("pour rassurer", not "pour la région").
const CAUSE =
  /\b(?:parce qu(?:e\b|')|car\b|afin (?:de\b|d'|que\b|qu')|pour que\b|pour qu'|puisqu(?:e\b|')|en raison d(?:e\b|u\b|es\b|')|a cause d(?:e\b|u\b|es\b|')|faute d(?:e\b|')|because\b|so that\b|in order to\b|due to\b|pour (?:ne pas |n')?[a-z]+(?:er|ir|re)\b)/g;

/** The cause or purpose clause of a sentence, the one nearest after the question's words; null when none. */
export function causeClause(sentence: string, stems: ReadonlySet<string>): string | null {
  const folded = fold(sentence);
  const clauses = [...folded.matchAll(CAUSE)];
  if (!clauses.length) return null;
  // The last matched word of the question before a clause: the clause explains what comes before it.
  let anchor = 0;
  for (const m of folded.matchAll(/[a-z0-9]+/g)) if (stems.has(stem(m[0]))) anchor = m.index;
  const clause = clauses.find((c) => c.index >= anchor) ?? clauses[clauses.length - 1]!;
  const rest = sentence.slice(clause.index);
  const end = rest.slice(clause[0].length).search(/[.;!?]|,\s+(?:a|ont|avait|a-t-(?:il|elle))\b|\s[-–—]\s/);
  const text = end < 0 ? rest : rest.slice(0, clause[0].length + end);
  return text.replace(/[\s,«»"(]+$/, '').trim();
}

/** "à Anfield", "à Lyon": a capitalised name right after "à", with no article, is where it was said. */
function placeInQuestion(question: string, audience: string): boolean {
  const typed = new Set(words(audience).filter((w) => !STOPWORDS.has(w)));
  return [...question.matchAll(/(?:^|\s)[àÀ]\s+(\p{Lu}[\p{L}'’-]*)/gu)].some((m) =>
    words(m[1]!).some((w) => typed.has(w)),
  );
}

// Nouns of a moment or an occasion after "à": "à la fin du procès", "à l'issue du match", "au micro de…".
const MOMENT_NOUN =
  /^(?:la |le |les |l')?(?:fin|debut|issue|ouverture|sortie|suite|occasion|arrivee|entree|reprise|cloture|mi-temps|veille|lendemain|cours|terme|moment|depart|approche|annonce|lecture|audience|conference|tribune|barre)\b/;

// "lasn", "linflation", "cetait": an elided article glued to the next word, as people type on a phone.
const GLUED = /(^|[\s(«"'])([ldcjnsmt])([aeiouyhàâéèêîôû][\p{L}]{2,})/giu;

export function createEngine(index: ArticleIndex, options: EngineOptions = {}): Engine {
  // An entity's other names lead to the name the article uses: "Moscow" finds "Moscou", "Isis" finds "EI".
  const aliases = makeGlossary(
    Object.fromEntries(
      index.entities.flatMap((e) => e.aliases.map((a): [string, string[]] => [a.toLowerCase(), [e.name]])),
    ),
  );
  const shared = sharedGlossary(options);
  const glossary: Glossary = {
    translations: new Map([...aliases.translations, ...shared.translations]),
    synonyms: shared.synonyms,
  };
  const verbClasses = sharedVerbClasses(options);
  // A sentence's set phrases are read once, however many statements it holds.
  const phraseHeads = new Map<string, ReadonlyMap<string, string[]>>();
  const docs = buildDocs(index, (verb, sentence) => {
    let heads = phraseHeads.get(sentence);
    if (!heads) phraseHeads.set(sentence, (heads = verbClasses.phraseHeads(sentence)));
    return verbClasses.ofStatement(verb, heads).map(classStem);
  });
  phraseHeads.clear();
  const byRef = new Map<string, Doc>(
    [...docs.statements, ...docs.events, ...docs.sentences].map((d) => [d.ref, d]),
  );
  const statementCount = new Map<string, number>();
  for (const st of index.statements) {
    if (st.speakerId) statementCount.set(st.speakerId, (statementCount.get(st.speakerId) ?? 0) + 1);
  }
  const speaking = new Set(statementCount.keys());
  const vocabWords = [
    ...index.sentences.flatMap((s) => words(s.text)),
    ...index.entities.flatMap((e) => words([e.name, ...e.aliases, e.role ?? ''].join(' '))),
  ];
  const vocab = new Vocabulary(vocabWords);
  const weights = new Weights(docs.sentenceStems);
  const finder = new SpeakerFinder(index.entities, speaking, describe(index, speaking));

  const speakerList: SpeakerSummary[] = index.entities
    .filter((e) => speaking.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      kind: e.kind,
      aliases: e.aliases,
      statements: statementCount.get(e.id) ?? 0,
    }));

  const suggester = new Suggester(index, speakerList, vocab, finder);

  // Answers that do not depend on the question: worked out once, here.
  const timed = [...docs.events, ...docs.statements.filter((d) => d.statement?.time)];
  const untimed = docs.statements.filter((d) => !d.statement?.time);
  const chronology = new Map(
    timed.map((d) => [d, chronologicalKey((d.event?.time ?? d.statement?.time)!.text, index.meta.published)]),
  );
  const timelineResults = [...timed]
    .sort((a, b) => {
      const [ka, kb] = [chronology.get(a)!, chronology.get(b)!];
      if (ka && kb && ka !== kb) return ka < kb ? -1 : 1;
      if (!!ka !== !!kb) return ka ? -1 : 1;
      return a.sentence.id - b.sentence.id;
    })
    .map((d) => toResult(d, 1, new Set()));
  const speakerResults = speakerList.map((s) => {
    const first = docs.statements.find((d) => d.statement?.speakerId === s.id)!;
    return { ...toResult(first, 1, new Set()), speaker: s.name, role: s.role };
  });
  const mostQuoted = [...speakerList].sort((a, b) => b.statements - a.statements).slice(0, 2);

  // A question's reporting verb is met by any verb of its class; unmet, it weighs little, since the article
  // is free to use another verb for the same words ("Qui a affirmé…" for "a déclaré").
  const queryTerms = (text: string): ResolvedTerm[] => {
    const cut = text.slice(0, MAX_QUESTION_CHARS);
    const verbs = verbClasses.size ? verbClasses.inQuestion(cut) : [];
    const verbWords = new Map<string, string[]>();
    for (const v of verbs) for (const w of v.words) verbWords.set(w, v.classes);
    const resolved = resolveTerms(
      terms(cut, glossary).filter((t) => !QUESTION_NOISE.has(t.word)),
      vocab,
      weights,
    );
    if (!verbWords.size) return resolved;
    const out: ResolvedTerm[] = [];
    const done = new Set<string>();
    for (const t of resolved) {
      const classes = verbWords.get(t.word);
      if (!classes) {
        out.push(t);
        continue;
      }
      const key = classes.join('|');
      if (done.has(key)) continue;
      done.add(key);
      out.push({
        word: t.word,
        options: [
          ...t.options,
          ...classes.map((c) => ({ stems: [classStem(c)], confidence: VERB_CLASS_CONFIDENCE })),
        ],
        weight: Math.min(t.weight, weights.unknownWeight * VERB_WEIGHT),
      });
    }
    return out;
  };

  /** Splits "lasn" into "l'asn" when the article knows "asn" and not "lasn". */
  const unglue = (text: string): string =>
    text.replace(GLUED, (m, pre: string, el: string, rest: string) => {
      const whole = fold(el + rest);
      if (STOPWORDS.has(whole) || vocab.has(stem(whole))) return m;
      const tail = fold(rest);
      return STOPWORDS.has(tail) || vocab.has(stem(tail)) ? `${pre}${el}'${rest}` : m;
    });

  const answer = (
    question: string,
    intent: Intent,
    scored: Scored[],
    threshold = FOUND_THRESHOLD,
  ): Answer => {
    const best = scored[0];
    if (!best || best.score < threshold) return miss(question, intent);
    const kept = scored
      .filter((s) => s.score >= Math.max(threshold, best.score * RELATIVE_CUTOFF))
      .slice(0, MAX_RESULTS);
    return {
      question,
      intent,
      found: true,
      results: kept.map((s) => toResult(s.doc, s.score, s.matchedStems)),
      suggestions: [],
    };
  };

  const miss = (question: string, intent: Intent): Answer => ({
    question,
    intent,
    found: false,
    results: [],
    suggestions: suggestionsFor(question),
  });

  const suggestionsFor = (question: string): string[] => {
    const english = looksEnglish(question);
    const out = mostQuoted.map((s) => (english ? `What did ${s.name} say?` : `Qu'a dit ${s.name} ?`));
    if (index.events.length || index.statements.some((s) => s.time))
      out.push(english ? 'Timeline' : 'Chronologie');
    else out.push(english ? 'Who is quoted?' : 'Qui est cité ?');
    return out.slice(0, 3);
  };

  const who = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'who');
    const found = answer(question, 'who', rank(docs.statements, t, ['content', 'sentence']));
    if (found.found) return found;
    // A passage with no speaker can still be the answer ("On pense que…"): only when it matches strongly.
    const fallback = rank(docs.sentences, t, ['content']);
    return answer(question, 'who', fallback, 0.75);
  };

  // Where a typed name may end and what was said, or when and where, begins: "Hamouma en zone mixte",
  // "le patron de TotalÉnergies sur une éventuelle taxe", "la pneumologue à l'ouverture du procès".
  const NAME_CUTS =
    /\s(?:de l'|d'|lors d'|(?:du|de la|des|de|sur|a|au|aux|en|apres|avant|devant|lors de|lors du|pendant|dans|pour|face a|contre|chez|at|in|after|before|during|about|on|to|with|from)(?=\s))/g;
  // A topic that only says when or where it was said ("après le derby", "devant les caméras") does not narrow
  // what was said: the article seldom repeats the circumstance in the statement itself.
  const CIRCUMSTANCE =
    /^(?:apres|avant|devant|lors d[eu']?|pendant|en|a|au|aux|dans|at|after|before|during|in|when|en sortant)\b/;
  // "Qu'a répondu X aux critiques du club ?": what someone answered, not to whom.
  const SPEECH_NOUN =
    /^(?:les |la |le |l'|ces |ses |the )?(?:critiques?|accusations?|questions?|attaques?|reproches?|propos|annonces?|declarations?|criticism|accusations?|claims?)\b/;

  const findSpeaker = (text: string): { match: SpeakerMatch; rest: string } | null => {
    const name = text.slice(0, MAX_QUESTION_CHARS);
    const whole = finder.find(name, terms(name, glossary));
    if (whole) return { match: whole, rest: '' };
    // Longest head first: "le président de la Fédération des pêcheurs de la Loire" before "le président". A name is
    // a few words, so only the first few cuts are worth trying.
    const cuts = [...name.matchAll(NAME_CUTS)].slice(0, 6).reverse();
    for (const cut of cuts) {
      const head = name.slice(0, cut.index);
      // "la CGT en plus de la hausse": a head ending in a word that says nothing is not where the name ends.
      if (STOPWORDS.has(words(head).pop() ?? '')) continue;
      const found = finder.find(head, terms(head, glossary));
      // "l'avocat de la défense": a complement after a role belongs to it; only a name ends before one
      // ("Kortunov du nord de l'Afghanistan").
      if (found && found.confidence < 1 && /^\s(?:d'|de|du|des)\b/.test(cut[0])) continue;
      if (found) return { match: found, rest: name.slice(cut.index).trim() };
    }
    return null;
  };

  const said = (
    speaker: string,
    topic = '',
    question = topic ? `${speaker} ${topic}` : speaker,
    audience = '',
    verb = '',
  ): Answer => {
    const found = findSpeaker(speaker);
    if (!found) return miss(question, 'what');
    const { match } = found;
    // "Qu'a dit le ministre ?" with two ministers: both fit, and the answer says so.
    const speaking = match.entities.filter((e) => statementCount.has(e.id));
    const ambiguous = speaking.length > 1 ? { ambiguous: speaking.map((e) => e.name) } : {};
    topic = `${found.rest} ${topic}`.trim();
    const ids = new Set(match.entities.map((e) => e.id));
    let own = docs.statements.filter((d) => d.statement && ids.has(d.statement.speakerId ?? ''));
    if (audience && own.length) {
      // "à la BBC": only what was said to them; nothing said to them is an honest miss. The indexer may have
      // left the audience in the sentence ("a-t-il confié à La Dépêche").
      const to = stemSet(audience);
      const toThem = own.filter((d) => [...stemSet(d.statement!.audience ?? '')].some((s) => to.has(s)));
      const inSentence = own.filter((d) => [...to].every((s) => d.fields.sentence.has(s)));
      if (toThem.length) own = toThem;
      else if (inSentence.length) own = inSentence;
      // "aux critiques du club": what was answered, not to whom.
      else if (SPEECH_NOUN.test(audience)) topic = `${audience} ${topic}`.trim();
      // "à la fin du procès", "à l'ouverture de l'audience", "à Anfield": when or where, not to whom. Anyone
      // else ("aux syndicats", "à la presse", "au Monde") is an audience: nothing said to them is an honest miss.
      else if (
        !finder.find(audience, terms(audience, glossary)) &&
        (MOMENT_NOUN.test(audience) || placeInQuestion(question, audience))
      )
        topic = `a ${audience} ${topic}`.trim();
      else own = [];
    }
    if (!own.length) return miss(question, 'what');
    // "Qu'a promis X ?": statements whose verb means the same come first.
    const verbStems = verb ? verbClasses.ofWord(fold(verb)).map(classStem) : [];
    const byVerb = (d: Doc) => (verbStems.some((s) => d.fields.content.has(s)) ? 1 : 0);
    // "Qu'a dit X en sortant du court ?": the circumstance is not in the statements, their own words come first.
    const quoted = (d: Doc) => (d.statement?.quote ? 1 : 0);
    const all = (confidence: number, wordsFirst = false): Answer => ({
      question,
      intent: 'what',
      found: true,
      results: [...own]
        .sort((a, b) => byVerb(b) - byVerb(a) || (wordsFirst ? quoted(b) - quoted(a) : 0))
        .map((d) => toResult(d, confidence, new Set())),
      suggestions: [],
      ...ambiguous,
    });
    const t = topic ? queryTerms(topic) : [];
    if (!t.length) return all(match.confidence);
    // The question's own verb helps choose among the speaker's statements ("Qu'a soufflé X à la fin ?").
    const withVerb: ResolvedTerm[] = verbStems.length
      ? [
          ...t,
          {
            word: verb,
            options: verbStems.map((s) => ({ stems: [s], confidence: 1 })),
            weight: weights.unknownWeight * VERB_WEIGHT,
          },
        ]
      : t;
    const fields: Field[] = ['content', 'sentence', 'time'];
    const scored = own
      .map((d) => ({ ...score(d, withVerb, fields), topic: coverage(d, t, fields) }))
      .sort((a, b) => b.score - a.score || byVerb(b.doc) - byVerb(a.doc));
    const best = Math.max(...scored.map((s) => s.topic));
    // The speaker already narrowed the field: a topic met in part still picks among their statements.
    const kept = scored.filter((s) => s.topic >= Math.min(TOPIC_THRESHOLD, best) && s.topic > 0);
    if (!kept.length)
      return CIRCUMSTANCE.test(topic) ? all(match.confidence * 0.5, true) : miss(question, 'what');
    return {
      question,
      intent: 'what',
      found: true,
      results: kept.map((s) => toResult(s.doc, s.score * match.confidence, s.matchedStems)),
      suggestions: [],
      ...ambiguous,
    };
  };

  /** A person or group the article names (exactly) with a role, in the first sentence that names them. */
  const introduce = (name: string, question: string): Answer | null => {
    const match = finder.find(name.slice(0, MAX_QUESTION_CHARS));
    const entity = match && match.confidence >= 1 ? match.entities.find((e) => e.role) : undefined;
    if (!entity) return null;
    const keys = [entity.name, ...entity.aliases].map((n) => contentStems(n)).filter((k) => k.length);
    const doc = docs.sentences.find((d) => keys.some((k) => k.every((st) => d.fields.content.has(st))));
    if (!doc) return null;
    const base = toResult(doc, match!.confidence, new Set(keys.flat()));
    return {
      question,
      intent: 'what',
      found: true,
      results: [{ ...base, speaker: entity.name, role: entity.role }],
      suggestions: [],
    };
  };

  const when = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'when');
    // Only what carries a time can say when: a matching statement without one is not an answer.
    // The clause that carries the time must itself match: a name elsewhere in its sentence is not enough.
    const anchored = timed.filter((d) => coverage(d, t, ['content', 'speaker']) > 0);
    const fields: Field[] = ['content', 'sentence', 'speaker', 'time'];
    const ranked = rank(anchored, t, fields);
    // The statement asked about may carry no time: then the article does not say when, and a neighbour's
    // time is not the answer.
    const untimedBest = rank(untimed, t, fields)[0];
    const timedBest = ranked[0]?.score ?? 0;
    if (
      untimedBest &&
      untimedBest.score >= FOUND_THRESHOLD &&
      untimedBest.score > timedBest + UNTIMED_MARGIN
    ) {
      const who = untimedBest.doc.speaker?.name;
      const english = looksEnglish(question);
      return {
        ...miss(question, 'when'),
        note: english
          ? `The article does not say when${who ? ` ${who} said it` : ''}.`
          : `L'article ne dit pas quand${who ? ` ${who} l'a dit` : ''}.`,
      };
    }
    return answer(question, 'when', ranked);
  };

  // "Pourquoi … ?": the statement or sentence that matches, and in it the clause of cause or purpose. A match
  // with no such clause is an honest miss: the article does not say why.
  const why = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'search');
    const ranked = rank([...docs.statements, ...docs.sentences], t, ['content', 'sentence', 'speaker']);
    const best = ranked[0];
    if (!best || best.score < FOUND_THRESHOLD) return miss(question, 'search');
    const results: AnswerResult[] = [];
    const seen = new Set<number>();
    for (const s of ranked) {
      if (s.score < Math.max(FOUND_THRESHOLD, best.score * RELATIVE_CUTOFF) || results.length >= MAX_RESULTS)
        break;
      if (seen.has(s.doc.sentence.id)) continue;
      const reason = causeClause(s.doc.sentence.text, s.matchedStems);
      if (!reason) continue;
      seen.add(s.doc.sentence.id);
      results.push({ ...toResult(s.doc, s.score, s.matchedStems), reason });
    }
    if (!results.length) return miss(question, 'search');
    return { question, intent: 'search', found: true, results, suggestions: [] };
  };

  const search = (text: string, question = text): Answer => {
    const t = queryTerms(text);
    if (!t.length) return miss(question, 'search');
    return answer(question, 'search', rank(docs.sentences, t, ['content', 'speaker']));
  };

  const timeline = (question = 'timeline'): Answer =>
    timelineResults.length
      ? { question, intent: 'timeline', found: true, results: timelineResults, suggestions: [] }
      : miss(question, 'timeline');

  const speakersAnswer = (question: string): Answer => ({
    question,
    intent: 'speakers',
    found: speakerResults.length > 0,
    results: speakerResults,
    suggestions: [],
  });

  /** What the question's route finds, before the check that it holds what was asked for. */
  const routedAnswer = (q: string): Answer => {
    const routed = route(unglue(q));
    switch (routed.intent) {
      case 'what': {
        const answer = said(routed.speaker ?? '', routed.topic, q, routed.audience, routed.verb);
        if (answer.found || !routed.loose) return answer;
        // "Qui est Marc Aubry ?" about someone who is named but says nothing: who they are, where named.
        const named = introduce(routed.speaker ?? '', q);
        if (named) return named;
        // "Qui est sceptique quant aux promesses ?" describes a stance, not a person.
        return who(routed.speaker ?? '', q);
      }
      case 'who':
        return who(routed.topic, q);
      case 'search':
        return routed.why ? why(routed.topic, q) : search(routed.topic, q);
      case 'when':
        return when(routed.topic, q);
      case 'speakers':
        return speakersAnswer(q);
      case 'timeline':
        return timeline(q);
      default:
        return search(routed.topic, q);
    }
  };

  return {
    index,
    ask(question: string): Answer {
      const q = typeof question === 'string' ? question.slice(0, MAX_QUESTION_CHARS).trim() : '';
      if (!q) return miss('', 'search');
      return answersWhatWasAsked(q, routedAnswer(q), () => miss(q, 'search'));
    },
    who: (text) => who(text),
    said: (speaker, topic) => said(speaker, topic ?? ''),
    when: (text) => when(text),
    search: (text) => search(text),
    speakers: () => speakerList,
    timeline: () => timeline(),
    byRef(ref: string): AnswerResult | null {
      const d = byRef.get(ref);
      return d ? toResult(d, 1, new Set()) : null;
    },
    paragraph: (n) => paragraphText(index, n),
    suggestSpeakers: (input, limit) => suggester.speakersFor(input, limit),
    suggestStatements: (input, limit) => suggester.statementsFor(input, limit),
  };
}
