// The bot's own words in French and English, picked after interaction.locale. Article text is never translated.

export type Lang = 'fr' | 'en';

/** French for any French locale, English otherwise (Discord has no generic "en"). */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Why a load, use or remove was refused (LibraryErrorCode), in a short sentence; `n` is the limit or the wait. */
const REFUSED_FR: Record<string, (n: number) => string> = {
  'bad-url': () => 'Ce lien n’est pas une adresse web valide (http ou https).',
  'private-address': () => 'Ce lien mène à une adresse privée : je ne le suis pas.',
  'http-status': () => 'Le site a répondu par une erreur : rien n’a été chargé.',
  timeout: () => 'Le site a mis trop de temps à répondre : rien n’a été chargé.',
  'too-many-redirects': () => 'Ce lien redirige trop de fois (ou en boucle) : rien n’a été chargé.',
  'not-article-type': () => 'Ce lien ne mène ni à une page web ni à un texte.',
  'too-large': () => 'C’est trop volumineux pour un article : rien n’a été chargé.',
  'no-article-body': () => 'Je n’ai pas trouvé de texte d’article sur cette page.',
  binary: () => 'Ce fichier n’est pas du texte.',
  empty: () => 'Ce fichier est vide.',
  'not-utf8': () => 'Ce fichier n’est pas du texte UTF-8.',
  network: () => 'Je n’ai pas pu joindre le site : rien n’a été chargé.',
  'too-many-articles': (n) => `Il y a déjà ${n} articles ici : supprimez-en un avec \`/article supprimer\`.`,
  'too-long': (n) => `Cet article dépasse ${n} caractères : rien n’a été chargé.`,
  'rate-limited': (n) => `Trop de chargements en une minute : réessayez dans ${n} s.`,
  'not-found': () => 'Aucun article de ce nom ici. `/article liste` les montre.',
  'index-failed': () => 'Je n’ai pas pu lire cet article : rien n’a été chargé.',
};

const REFUSED_EN: Record<string, (n: number) => string> = {
  'bad-url': () => 'That link is not a valid web address (http or https).',
  'private-address': () => 'That link leads to a private address: I do not follow it.',
  'http-status': () => 'The site answered with an error: nothing was loaded.',
  timeout: () => 'The site took too long to answer: nothing was loaded.',
  'too-many-redirects': () => 'That link redirects too many times (or in a loop): nothing was loaded.',
  'not-article-type': () => 'That link leads neither to a web page nor to text.',
  'too-large': () => 'That is too big for an article: nothing was loaded.',
  'no-article-body': () => 'I found no article text on that page.',
  binary: () => 'That file is not text.',
  empty: () => 'That file is empty.',
  'not-utf8': () => 'That file is not UTF-8 text.',
  network: () => 'I could not reach the site: nothing was loaded.',
  'too-many-articles': (n) => `There are already ${n} articles here: remove one with \`/article remove\`.`,
  'too-long': (n) => `That article is longer than ${n} characters: nothing was loaded.`,
  'rate-limited': (n) => `Too many loads in a minute: try again in ${n} s.`,
  'not-found': () => 'No article by that name here. `/article list` shows them.',
  'index-failed': () => 'I could not read that article: nothing was loaded.',
};

const fr = {
  when: 'Quand',
  audience: 'À qui',
  source: (p: number) => `Phrase source (§ ${p})`,
  hedged: '_Information rapportée au conditionnel dans l’article._',
  reason: 'Pourquoi',
  ambiguous: (names: string) => `Plusieurs intervenants correspondent : ${names}.`,
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
  // /article load, use, list, remove
  articleLoaded: 'Article chargé',
  articleAlready: 'Article déjà chargé : c’est de nouveau l’article courant',
  articleParagraphs: 'Paragraphes',
  articleSpeakers: 'Intervenants trouvés',
  articleStatements: 'Déclarations trouvées',
  articleByline: 'Auteur',
  articleAdded: 'Ajouté',
  articleAddedValue: (user: string, when: string) => `par <@${user}> le ${when}`,
  articleDefault: '_Article par défaut du bot : chargez-en un avec `/article charger`._',
  articleNone: '—',
  articleNowCurrent: 'C’est maintenant l’article de ce serveur.',
  articleNowCurrentUser: 'C’est maintenant votre article.',
  articleUsedServer: (t: string) => `« ${t} » est maintenant l’article de tout le serveur.`,
  articleUsedChannel: (t: string) => `« ${t} » est maintenant l’article de ce salon.`,
  articleUsedUser: (t: string) => `« ${t} » est maintenant votre article.`,
  articleRemoved: (t: string) => `« ${t} » a été supprimé.`,
  articleList: (n: number) => `Articles (${n})`,
  articleListEmpty:
    'Aucun article chargé ici : les réponses viennent de l’article par défaut. `/article charger` en ajoute un.',
  articleCurrent: 'courant',
  articleLoadedIn: (ms: number) => `Lu et indexé en ${(ms / 1000).toFixed(1)} s.`,
  needManageGuild:
    'Il faut la permission « Gérer le serveur » pour charger, choisir ou supprimer un article.',
  loadOneOf: 'Donnez soit un lien (`lien`), soit un fichier (`fichier`) : l’un des deux.',
  refused: (code: string, n: number) => REFUSED_FR[code]?.(n) ?? REFUSED_FR['index-failed']!(n),
} as const;

type Labels = {
  [K in keyof typeof fr]: (typeof fr)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

const en: Labels = {
  when: 'When',
  audience: 'To whom',
  source: (p) => `Source sentence (¶ ${p})`,
  hedged: '_Reported in the conditional by the article (unconfirmed)._',
  reason: 'Why',
  ambiguous: (names) => `More than one speaker fits: ${names}.`,
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
  articleLoaded: 'Article loaded',
  articleAlready: 'Already loaded: it is the current article again',
  articleParagraphs: 'Paragraphs',
  articleSpeakers: 'Speakers found',
  articleStatements: 'Statements found',
  articleByline: 'By',
  articleAdded: 'Added',
  articleAddedValue: (user, when) => `by <@${user}> on ${when}`,
  articleDefault: '_The bot’s default article: load one with `/article load`._',
  articleNone: '—',
  articleNowCurrent: 'It is now this server’s article.',
  articleNowCurrentUser: 'It is now your article.',
  articleUsedServer: (t) => `“${t}” is now the whole server’s article.`,
  articleUsedChannel: (t) => `“${t}” is now this channel’s article.`,
  articleUsedUser: (t) => `“${t}” is now your article.`,
  articleRemoved: (t) => `“${t}” was removed.`,
  articleList: (n) => `Articles (${n})`,
  articleListEmpty:
    'No article loaded here: answers come from the default article. `/article load` adds one.',
  articleCurrent: 'current',
  articleLoadedIn: (ms) => `Read and indexed in ${(ms / 1000).toFixed(1)} s.`,
  needManageGuild: 'You need the Manage Server permission to load, choose or remove an article.',
  loadOneOf: 'Give either a link (`url`) or a file (`file`): one of the two.',
  refused: (code, n) => REFUSED_EN[code]?.(n) ?? REFUSED_EN['index-failed']!(n),
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
  return dateFormat(lang, mo ? (d ? 'day' : 'month') : 'year').format(date);
}

/** Intl.DateTimeFormat objects are costly to build (a visible share of each answer under load): one per shape. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') opts.month = 'long';
    if (precision === 'day') opts.day = 'numeric';
    f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', opts);
    formats.set(key, f);
  }
  return f;
}
