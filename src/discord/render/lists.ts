// Whole-article lists: the speakers and the timeline, one line per item, cut to fit one embed.
import type { APIEmbed } from '#discord.js';
import type { Answer, SpeakerSummary } from '../../search/types.ts';
import { formatDate, t, type Lang } from '../i18n.ts';
import { LIMITS } from '../limits.ts';
import { escape, fitFormatted, truncate } from '../text.ts';
import { COLOR } from './answer.ts';
import type { Reply } from './reply.ts';

/** Join lines up to `max` characters; when some do not fit, end with "… and N more". */
function joinLines(lines: readonly string[], max: number, more: (n: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const tail = i < lines.length - 1 ? more(lines.length - i - 1).length + 1 : 0;
    if (len + line.length + 1 + tail > max) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(line);
    len += line.length + 1;
  }
  return truncate(out.join('\n'), max);
}

export function renderSpeakers(speakers: readonly SpeakerSummary[], lang: Lang, articleTitle: string): Reply {
  const L = t(lang);
  const lines = speakers.map((s) => {
    const role = s.role ? ` — ${fitFormatted(s.role, 120)}` : '';
    return `• **${fitFormatted(s.name, 100)}**${role} · ${L.statements(s.statements)}`;
  });
  const embed: APIEmbed = {
    color: COLOR,
    title: L.speakers(speakers.length),
    description: lines.length ? joinLines(lines, LIMITS.embedDescription, L.more) : L.noSpeakers,
    footer: { text: truncate(L.article(articleTitle), LIMITS.embedFooter) },
  };
  return { embeds: [embed] };
}

export function renderTimeline(answer: Answer, lang: Lang, articleTitle: string): Reply {
  const L = t(lang);
  const lines = answer.results.map((r) => {
    // A resolved date first, with the words the article used; else those words alone.
    const date = r.date ? formatDate(r.date, lang) : r.when ? escape(r.when) : L.dateUnknown;
    const when = r.date && r.when ? ` (${escape(r.when)})` : '';
    const who = r.speaker ? `${escape(r.speaker)} : ` : '';
    return `• **${date}**${when} — ${who}${fitFormatted(r.quote ?? r.statement ?? r.sentence, 220)} _§ ${r.paragraph}_`;
  });
  const embed: APIEmbed = {
    color: COLOR,
    title: L.timeline,
    description: lines.length ? joinLines(lines, LIMITS.embedDescription, L.more) : L.noTimeline,
    footer: { text: truncate(L.article(articleTitle), LIMITS.embedFooter) },
  };
  return { embeds: [embed] };
}
