// The commands as a user sees them: English name → French name. The loader, the deploy script and the validator
// tests all check against this one list.
export const FRENCH_NAMES = new Map([
  ['ask', 'question'],
  ['who', 'qui'],
  ['said', 'propos'],
  ['when', 'quand'],
  ['search', 'chercher'],
  ['speakers', 'intervenants'],
  ['timeline', 'chronologie'],
  ['article', 'article'],
  ['help', 'aide'],
  ['Search the article', "Chercher dans l'article"],
]);

export const COMMAND_NAMES = [...FRENCH_NAMES.keys()].sort();
