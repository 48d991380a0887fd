// What counts as a question a person could have typed, for the terminal front end (Discord bounds its options itself).

import { MAX_QUESTION_CHARS } from './search/engine.ts';

/** The engine reads this many characters; the front ends refuse longer questions rather than cut them silently. */
export const MAX_QUESTION_LENGTH = MAX_QUESTION_CHARS;

export class QuestionError extends Error {}

/** Returns the trimmed question or throws a QuestionError with a one-line reason. */
export function validateQuestion(input: unknown): string {
  if (typeof input !== 'string') throw new QuestionError('the question must be text');
  // NUL and other C0 controls (but tab/newline) mean binary data, not a question.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(input))
    throw new QuestionError('the question contains binary data');
  const q = input.replace(/\s+/g, ' ').trim();
  if (!q) throw new QuestionError('the question is empty');
  if (q.length > MAX_QUESTION_LENGTH)
    throw new QuestionError(
      `the question is too long (${q.length} characters, limit ${MAX_QUESTION_LENGTH})`,
    );
  return q;
}
