// To whom something was said: "à la BBC", "devant la presse", "sur franceinfo", "dans un entretien au Monde".

import { fold } from '../text/normalize.ts';
import type { Context } from './context.ts';
import type { EntityDraft } from './entities.ts';

const AUDIENCE_NOUNS =
  'journalistes|la presse|députés|sénateurs|partisans|militants|salariés|étudiants|élus|habitants|collègues|lecteurs|auditeurs|téléspectateurs|manifestants|ministres|dirigeants|investisseurs|adjoints';
const NAME =
  "\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'&.-]*|(?:nationale?|générale?|européenne?|municipale?|régionale?|fédérale?|internationale?|publique|populaire)(?=[\\s,.;:]|$)))*";
export const AUDIENCE_RE = new RegExp(
  `^(?:\\s|,|également|aussi|encore|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|la veille|le lendemain|en\\s+\\p{Ll}+ais|en\\s+anglais)*` +
    `((?:au micro|à l'antenne|sur l'antenne|sur le plateau)\\s+d(?:e|u|es|')\\s*\\p{L}*\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'&.-]*)*|` +
    `sur\\s+(?:(?:la\\s+|le\\s+|l')?\\p{Lu}[\\p{L}\\d'&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'&.-]*)*|\\p{Ll}*(?:info|radio|tv|inter)\\p{Ll}*)|` +
    `(?:à|au|aux|devant)\\s+(?:(?:la|le|les|l'|des|ses|leurs?|nos|son|sa)\\s*)?(?:${NAME}|(?:[\\p{Ll}]+\\s+)?(?:${AUDIENCE_NOUNS})|\\p{Ll}{4,}s(?=[\\s,.;:]|$)))`,
  'u',
);
export const INTERVIEW_RE =
  /\b(?:[Dd]ans|[Ll]ors d')\s*(?:un|une)\s+(?:entretien|interview|entrevue|tribune|communiqué|message|lettre|conférence de presse)(?:\s+(?:accordée?|donnée?|publiée?|diffusée?))?\s+(?:à|au|aux|avec)\s+(?:(?:la|le|les|l')\s*)?\p{Lu}[\p{L}\d'&.-]*(?:\s+\p{Lu}[\p{L}\d'&.-]*)*/u;

export function isPlace(phrase: string, ctx: Context, byId: Map<string, EntityDraft>): boolean {
  const name = phrase.replace(/^(?:à|au|aux|devant)\s+/, '');
  if (/^(?:la|le|les|l'|des|ses|leurs?|nos)\s*/.test(name)) return false;
  const bare = name.trim();
  // Media names: acronyms, several words, "au Monde", "Nice-Matin"; a lone name after "à" is a place.
  const media =
    /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(bare) &&
    !/^(?:Saint|Sainte|Mont|Port|Pont|Val|Villeneuve|Bourg|Fort|Grand|Petit)-/u.test(bare);
  if (
    media ||
    /^\p{Lu}{2,6}$/u.test(bare) ||
    /\s/.test(bare) ||
    /^(?:au|aux|devant)\s/.test(phrase) ||
    /^\p{Ll}/u.test(bare)
  )
    return false;
  const e = ctx.mentions.find((m) => fold(ctx.s.text.slice(m.start, m.end)) === fold(bare));
  return !e || byId.get(e.entityId)?.kind === 'place';
}
