// /article and /help: what the bot knows and how to ask it.
import { countSpeakers } from '../../storage/ids.ts';
import type { APIEmbed } from '#discord.js';
import type { ArticleIndex } from '../../article/types.ts';
import { formatDate, t, type Lang } from '../i18n.ts';
import { fitFormatted } from '../text.ts';
import { COLOR } from './answer.ts';
import type { Reply } from './reply.ts';

const EXAMPLES: Record<Lang, string[]> = {
  fr: [
    '`/question` Qui a dit que les talibans doivent respecter leurs engagements ?',
    '`/qui` conditionnellement démocratiques',
    '`/propos` Kortunov',
    '`/quand` Blinken talibans',
    '`/chercher` ambassade Kaboul',
  ],
  en: [
    '`/ask` Who said the Taliban must keep their commitments?',
    '`/who` conditionnellement démocratiques',
    '`/said` Kortunov',
    '`/when` Blinken talibans',
    '`/search` ambassade Kaboul',
  ],
};

export function renderArticle(index: ArticleIndex, lang: Lang): Reply {
  const L = t(lang);
  const speakers = countSpeakers(index);
  const embed: APIEmbed = {
    color: COLOR,
    title: fitFormatted(index.meta.title || '—', 256),
    fields: [
      {
        name: L.articleSource,
        value: index.meta.source ? fitFormatted(index.meta.source, 1024) : L.sourceUnknown,
        inline: true,
      },
      {
        name: L.articleDate,
        value: index.meta.published ? formatDate(index.meta.published, lang) : L.dateUnknown,
        inline: true,
      },
      {
        name: L.articleSize,
        value: L.articleSizeValue(index.paragraphs.length, index.sentences.length),
        inline: true,
      },
      {
        name: L.articleCounts,
        value: L.articleCountsValue(index.statements.length, speakers, index.events.length),
      },
      { name: L.howToAsk, value: EXAMPLES[lang].join('\n') },
    ],
  };
  return { embeds: [embed] };
}

const COMMANDS: Record<Lang, [string, string][]> = {
  fr: [
    ['/question `question`', 'N’importe quelle question : « Qui a dit… », « Quand… »'],
    ['/qui `citation`', 'Qui a dit ceci (suggestions pendant la saisie)'],
    ['/propos `intervenant` [`sujet`]', 'Ce qu’une personne a dit, éventuellement sur un sujet'],
    ['/quand `recherche`', 'Quand quelque chose a été dit ou s’est passé'],
    ['/chercher `recherche`', 'Les meilleurs passages, mots trouvés en gras'],
    ['/intervenants', 'Toutes les personnes citées, avec leur rôle'],
    ['/chronologie', 'Déclarations et événements datés, dans l’ordre'],
    ['/article info', 'Titre, source, date, auteur et intervenants de l’article courant'],
    [
      '/article charger `lien`|`fichier`',
      'Charger un article (Gérer le serveur) ; /article liste, utiliser, supprimer',
    ],
    ['Clic droit › Applications › Chercher dans l’article', 'Cherche le texte d’un message dans l’article'],
  ],
  en: [
    ['/ask `question`', 'Any question: “Who said…”, “When did…”'],
    ['/who `quote`', 'Who said this (suggestions as you type)'],
    ['/said `speaker` [`topic`]', 'What someone said, optionally on a topic'],
    ['/when `query`', 'When something was said or happened'],
    ['/search `query`', 'The best passages, matched words in bold'],
    ['/speakers', 'Everyone quoted, with their role'],
    ['/timeline', 'Dated statements and events, in order'],
    ['/article info', 'Title, source, date, byline and speakers of the current article'],
    ['/article load `url`|`file`', 'Load an article (Manage Server); /article list, use, remove'],
    ['Right-click › Apps › Search the article', 'Searches the article for a message’s text'],
  ],
};

export function renderHelp(lang: Lang, articleTitle: string): Reply {
  const L = t(lang);
  const embed: APIEmbed = {
    color: COLOR,
    title: L.help,
    description: `${L.helpIntro}\n${L.article(fitFormatted(articleTitle, 200))}`,
    fields: [
      ...COMMANDS[lang].map(([name, value]) => ({ name, value })),
      { name: L.howToAsk, value: EXAMPLES[lang].join('\n') },
    ],
  };
  return { embeds: [embed], ephemeral: true };
}
