// The interaction mix of the load runs: 80 % /ask with the evaluation questions, 20 % /said autocomplete.
import { autocomplete, slashCommand, stringOption, type Who } from '../../test/fake-discord/payloads.ts';
import { evalQuestions } from '../corpus.ts';

const questions = evalQuestions('default').map((q) => q.question);
// Prefixes of the default article's speakers, as users type them.
const prefixes = [
  'Bl',
  'Blin',
  'Anthony Blinken',
  'Ko',
  'Kort',
  'Andrei Kortunov',
  'Ka',
  'Kabu',
  'Zamir Kaboul',
];

export function payload(i: number, who: Who): Record<string, unknown> & { id: string; token: string } {
  return i % 5 === 4
    ? autocomplete('said', [stringOption('speaker', prefixes[i % prefixes.length]!, true)], who)
    : slashCommand('ask', [stringOption('question', questions[i % questions.length]!)], who);
}
