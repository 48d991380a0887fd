// Questions that ask for one kind of fact: "Combien de lits …" wants a number, "Quel est le nom de l'avocate …" a
// name. A passage that shares the question's words but holds no such fact does not answer it, so it is a miss.

import { fold } from '../text/normalize.ts';
import type { Answer } from './types.ts';

const QUANTITY = /^(?:combien|how (?:many|much))\b|\bcombien d/;
const DURATION = /depuis combien de temps|combien de temps|how long/;
const NAME =
  /\b(?:quel est le nom|quels sont les noms|comment s'appelle|comment se nomme|what is the name|what's the name|what are the names)\b/;
// Numbers as written in news prose; "un" and "une" are left out, since nearly every sentence has one.
const NUMBER =
  /\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|millier|milliers|million|millions|milliard|milliards|dizaine|dizaines|douzaine|quinzaine|vingtaine|trentaine|centaine|centaines|moitie|tiers|quart)\b/;

export function answersWhatWasAsked(question: string, answer: Answer, miss: () => Answer): Answer {
  if (!answer.found) return answer;
  const q = fold(question);
  let kept = answer.results;
  if (QUANTITY.test(q) && !DURATION.test(q)) kept = kept.filter((r) => NUMBER.test(fold(r.sentence)));
  if (NAME.test(q)) {
    // The name must be someone the article names, not one the question already gave.
    kept = kept.filter(
      (r) =>
        r.speaker &&
        !fold(r.speaker)
          .split(/\s+/)
          .some((w) => q.includes(w)),
    );
  }
  if (kept.length === answer.results.length) return answer;
  return kept.length ? { ...answer, results: kept } : miss();
}
