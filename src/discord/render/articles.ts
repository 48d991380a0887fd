// /article info, load, list: what is stored, as embeds. Pure: the command passes everything in.
import type { APIEmbed } from '#discord.js';
import type { ArticleIndex } from '../../article/types.ts';
import type { ArticleSummary } from '../../storage/types.ts';
import { formatDate, t, type Lang } from '../i18n.ts';
import { LIMITS } from '../limits.ts';
import { fitFormatted, truncate } from '../text.ts';
import { COLOR } from './answer.ts';
import { renderArticle } from './info.ts';
import type { Reply } from './reply.ts';

/** Speaker names, as many as fit in one field. */
function speakerNames(speakers: readonly string[], lang: Lang): string {
  if (!speakers.length) return t(lang).articleNone;
  return fitFormatted(speakers.join(', '), LIMITS.embedFieldValue);
}

/** The names of everyone the index quotes, most statements first. */
export function quotedNames(index: ArticleIndex): string[] {
  const counts = new Map<string, number>();
  for (const s of index.statements)
    if (s.speakerId) counts.set(s.speakerId, (counts.get(s.speakerId) ?? 0) + 1);
  return index.entities
    .filter((e) => counts.has(e.id))
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)!)
    .map((e) => e.name);
}

/** The current article: title, source, date, byline, speakers, size; who added it when it is a stored one. */
export function renderArticleInfo(
  index: ArticleIndex,
  speakers: readonly string[],
  stored: ArticleSummary | null,
  lang: Lang,
): Reply {
  const L = t(lang);
  const base = renderArticle(index, lang).embeds![0]!;
  const fields = [...(base.fields ?? [])];
  const howTo = fields.pop()!;
  if (stored?.byline)
    fields.push({ name: L.articleByline, value: fitFormatted(stored.byline, 256), inline: true });
  fields.push({ name: L.articleSpeakers, value: speakerNames(speakers, lang) });
  if (stored)
    fields.push({
      name: L.articleAdded,
      value: L.articleAddedValue(stored.addedBy, formatDate(stored.addedAt.slice(0, 10), lang)),
    });
  fields.push(howTo);
  const embed: APIEmbed = {
    ...base,
    title: fitFormatted(stored?.title ?? index.meta.title ?? '—', LIMITS.embedTitle),
    ...(stored ? {} : { description: L.articleDefault }),
    fields,
  };
  return { embeds: [embed] };
}

/** What a load read: title, date, paragraphs, speakers, statements; it is now current. */
export function renderLoaded(
  article: ArticleSummary,
  speakers: readonly string[],
  created: boolean,
  ms: number,
  lang: Lang,
): Reply {
  const L = t(lang);
  const user = article.scope.startsWith('user:');
  const embed: APIEmbed = {
    color: COLOR,
    title: fitFormatted(article.title || '—', LIMITS.embedTitle),
    description: `${created ? L.articleLoaded : L.articleAlready}. ${user ? L.articleNowCurrentUser : L.articleNowCurrent}`,
    fields: [
      {
        name: L.articleSource,
        value: article.source ? fitFormatted(article.source, LIMITS.embedFieldValue) : L.sourceUnknown,
      },
      {
        name: L.articleDate,
        value: article.published ? formatDate(article.published, lang) : L.dateUnknown,
        inline: true,
      },
      { name: L.articleParagraphs, value: String(article.paragraphs), inline: true },
      { name: L.articleStatements, value: String(article.statements), inline: true },
      { name: `${L.articleSpeakers} (${speakers.length})`, value: speakerNames(speakers, lang) },
    ],
    footer: { text: truncate(L.articleLoadedIn(ms), LIMITS.embedFooter) },
  };
  return { embeds: [embed], ephemeral: true };
}

/** This scope's articles, newest first, the current one marked. */
export function renderArticleList(
  articles: readonly ArticleSummary[],
  currentId: string | null,
  lang: Lang,
): Reply {
  const L = t(lang);
  if (!articles.length) return { content: L.articleListEmpty, ephemeral: true };
  const lines = articles.map((a, i) => {
    const date = a.published ? ` · ${formatDate(a.published, lang)}` : '';
    const mark = a.id === currentId ? ` — **${L.articleCurrent}**` : '';
    return `${i + 1}. ${fitFormatted(a.title || '—', 150)}${date}${mark}`;
  });
  // Whole lines only: a cut line could end inside an escape.
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > LIMITS.embedDescription - 40) break;
    kept.push(line);
    length += line.length + 1;
  }
  if (kept.length < lines.length) kept.push(L.more(lines.length - kept.length));
  const embed: APIEmbed = {
    color: COLOR,
    title: L.articleList(articles.length),
    description: kept.join('\n'),
  };
  return { embeds: [embed] };
}
