// The bot's own words in French and English, picked after interaction.locale. Article text is never translated.

export type Lang = 'fr' | 'en';

/** French for any French locale, English otherwise (Discord has no generic "en"). */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const fr = {
  when: 'Quand',
  audience: 'À qui',
  source: (p: number) => `Phrase source (§ ${p})`,
  hedged: '_Information rapportée au conditionnel dans l’article._',
  unnamed: 'Source non nommée',
  result: (i: number, n: number) => `résultat ${i}/${n}`,
  article: (t: string) => `Article : ${t}`,
  previous: 'Précédent',
  next: 'Suivant',
  context: 'Contexte',
  paragraph: (n: number) => `Paragraphe ${n}`,
  noMatch: (q: string) => `Je n'ai rien trouvé sur « ${q} » dans l'article.`,
  tryInstead: 'Essayez plutôt :',
  cooldown: (s: number) => `Doucement ! Vous pourrez reposer une question dans ${s} s.`,
  error: 'Désolé, quelque chose s’est mal passé. Réessayez dans un instant.',
  restarting: 'Le bot redémarre, réessayez dans un instant.',
  gone: 'Ce résultat n’existe plus dans l’article (il a peut-être été mis à jour).',
  emptyMessage: 'Ce message ne contient pas de texte à chercher.',
  speakers: (n: number) => `Intervenants (${n})`,
  statements: (n: number) => (n === 1 ? '1 déclaration' : `${n} déclarations`),
  noSpeakers: 'Personne n’est cité dans cet article.',
  timeline: 'Chronologie',
  noTimeline: 'Aucune déclaration ni aucun événement daté dans cet article.',
  more: (n: number) => `… et ${n} de plus`,
  dateUnknown: 'date non précisée',
  sourceUnknown: 'non précisée',
  articleSource: 'Source',
  articleDate: 'Date de publication',
  articleSize: 'Taille',
  articleSizeValue: (p: number, s: number) => `${p} paragraphes, ${s} phrases`,
  articleCounts: 'Contenu',
  articleCountsValue: (st: number, sp: number, ev: number) =>
    `${st} déclarations, ${sp} intervenants, ${ev} événements datés`,
  howToAsk: 'Comment demander',
  help: 'Ce que je sais faire',
  helpIntro: 'Je réponds à « qui a dit quoi, à qui et quand » dans l’article, rien qu’à partir de son texte.',
} as const;

type Labels = {
  [K in keyof typeof fr]: (typeof fr)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const en: Labels = {
  when: 'When',
  audience: 'To whom',
  source: (p) => `Source sentence (¶ ${p})`,
  hedged: '_Reported in the conditional by the article (unconfirmed)._',
  unnamed: 'Unnamed source',
  result: (i, n) => `result ${i}/${n}`,
  article: (t) => `Article: ${t}`,
  previous: 'Previous',
  next: 'Next',
  context: 'Context',
  paragraph: (n) => `Paragraph ${n}`,
  noMatch: (q) => `I found nothing about “${q}” in the article.`,
  tryInstead: 'You could try:',
  cooldown: (s) => `Slow down! You can ask again in ${s} s.`,
  error: 'Sorry, something went wrong. Please try again in a moment.',
  restarting: 'The bot is restarting; please try again in a moment.',
  gone: 'This result is no longer in the article (it may have been updated).',
  emptyMessage: 'This message has no text to search for.',
  speakers: (n) => `Speakers (${n})`,
  statements: (n) => (n === 1 ? '1 statement' : `${n} statements`),
  noSpeakers: 'Nobody is quoted in this article.',
  timeline: 'Timeline',
  noTimeline: 'No dated statement or event in this article.',
  more: (n) => `… and ${n} more`,
  dateUnknown: 'date not stated',
  sourceUnknown: 'not stated',
  articleSource: 'Source',
  articleDate: 'Published',
  articleSize: 'Size',
  articleSizeValue: (p, s) => `${p} paragraphs, ${s} sentences`,
  articleCounts: 'Contents',
  articleCountsValue: (st, sp, ev) => `${st} statements, ${sp} speakers, ${ev} dated events`,
  howToAsk: 'How to ask',
  help: 'What I can do',
  helpIntro: 'I answer “who said what, to whom and when” in the article, from its text alone.',
};

export function t(lang: Lang): Labels {
  return lang === 'fr' ? fr : en;
}

/** "2021-08-16" → "16 août 2021" / "August 16, 2021"; coarse "2021-08" and "2021" stay coarse. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', opts).format(date);
}
