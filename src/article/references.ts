// Whom a source phrase refers to when it is not a name: "le magistrat", "la présidente du parti", "le Nordiste",
// "ce dernier". Pure reading of the phrase here; the statement pass weighs it against who was named recently.

import { fold } from '../text/normalize.ts';
import type { Gender } from './entities.ts';
import { ROLE_ADJECTIVES, ROLE_NOUNS } from './lexicon.ts';

export interface RolePhrase {
  /** Head noun, lower case: "présidente", "magistrat", "nordiste". */
  head: string;
  /** The phrase without its determiner: "présidente du Front national". */
  text: string;
  /** "de …" after the head, if any. */
  complement: string | null;
  gender: Gender;
  /** "le Nordiste", "la Lyonnaise": a capitalised demonym, which only ever refers back to someone named. */
  demonym: boolean;
  /** "ce dernier", "celle-ci": the person named last, whatever their role. */
  latter: boolean;
}

/** People in a trial, an accident or a crowd: "l'accusé" is someone of their own, not the last person named. */
export const PARTICIPANT_NOUNS = new Set(
  `accusé accusée prévenu prévenue victime suspect suspecte plaignant plaignante témoin conducteur conductrice
  passager passagère automobiliste piéton piétonne blessé blessée détenu détenue mis-en-cause rescapé rescapée
  survivant survivante propriétaire locataire voisin voisine résident résidente interpellé interpellée`.split(
    /\s+/,
  ),
);

/** Broader nouns newsrooms use to refer back to a role: "le magistrat" for a prosecutor, "l'édile" for a mayor. */
const BROADER: Record<string, readonly string[]> = {
  magistrat: ['procureur', 'procureure', 'juge', 'avocat général', 'substitut', 'président du tribunal'],
  magistrate: ['procureure', 'juge', 'avocate générale', 'substitute', 'présidente du tribunal'],
  élu: ['maire', 'député', 'sénateur', 'conseiller', 'adjoint', 'président du conseil', 'eurodéputé'],
  élue: ['maire', 'députée', 'sénatrice', 'conseillère', 'adjointe', 'présidente du conseil', 'eurodéputée'],
  édile: ['maire', 'adjoint', 'adjointe'],
  parlementaire: ['député', 'députée', 'sénateur', 'sénatrice', 'eurodéputé', 'eurodéputée'],
  technicien: ['entraîneur', 'coach', 'sélectionneur', 'manager'],
  technicienne: ['entraîneuse', 'coach', 'sélectionneuse', 'manager'],
  dirigeant: ['président', 'directeur', 'pdg', 'patron', 'chef', 'secrétaire général'],
  dirigeante: ['présidente', 'directrice', 'pdg', 'patronne', 'cheffe', 'secrétaire générale'],
  patron: ['pdg', 'président', 'directeur', 'chef'],
  patronne: ['pdg', 'présidente', 'directrice', 'cheffe'],
  syndicaliste: ['secrétaire général', 'secrétaire générale', 'délégué', 'déléguée', 'porte-parole'],
  responsable: ['directeur', 'directrice', 'chef', 'cheffe', 'président', 'présidente', 'secrétaire'],
  ministre: ['garde des sceaux', 'secrétaire d’état', "secrétaire d'état"],
  diplomate: [
    'ambassadeur',
    'ambassadrice',
    'ministre des affaires étrangères',
    'secrétaire d’état',
    "secrétaire d'état",
    'envoyé',
    'émissaire',
  ],
  avocat: ['me '],
  avocate: ['me '],
  joueur: ['attaquant', 'défenseur', 'milieu', 'gardien', 'capitaine', 'ailier', 'buteur'],
  joueuse: ['attaquante', 'défenseuse', 'milieu', 'gardienne', 'capitaine', 'ailière', 'buteuse'],
  chef: ['président', 'dirigeant', 'directeur', 'secrétaire général'],
};

/** Nouns broad enough to refer back to almost any expert or official: "la chercheuse" for a hydrologist. */
const GENERIC_HEADS = new Set(
  `chercheur chercheuse expert experte spécialiste scientifique universitaire responsable dirigeant dirigeante
  professionnel professionnelle militant militante analyste observateur observatrice interlocuteur
  interlocutrice intéressé intéressée quinquagénaire quadragénaire trentenaire sexagénaire septuagénaire
  octogénaire numéro`.split(/\s+/),
);

/** Heads of two words whose meaning is not their first word's: "l'avocat général" is no lawyer's title. */
const COMPOUND_HEADS = new Set(
  [
    'avocat général',
    'avocate générale',
    'procureur général',
    'procureure générale',
    'secrétaire général',
    'secrétaire générale',
    'directeur général',
    'directrice générale',
    'médecin légiste',
  ].map((h) => h.toLowerCase()),
);

/**
 * Nouns whose masculine stands for women too ("le médecin", "le ministre" for Irène or Élisabeth): their "le"
 * says nothing of gender. Their feminine forms ("la ministre") still do.
 */
const EPICENE_MASCULINE = new Set(
  `médecin ministre magistrat chef professeur docteur auteur écrivain ingénieur témoin expert juge procureur
  architecte maire député sénateur préfet capitaine commandant colonel général premier numéro responsable
  secrétaire porte-parole pdg patron`.split(/\s+/),
);

/** Whether a role phrase may refer to a person of that gender. */
export function genderAgrees(phrase: RolePhrase, gender: Gender): boolean {
  if (!gender || !phrase.gender || gender === phrase.gender) return true;
  return phrase.gender === 'm' && EPICENE_MASCULINE.has(phrase.head);
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:iste|ois|oise|ais|aise|ien|ienne|ain|aine|an|ane|in|ine|ard|arde)$/u;
const LATTER = /^(?:ce dernier|cette dernière|celui-ci|celle-ci|(?:celui|celle) qui\b.*)$/i;

/** "le magistrat", "la présidente du Front national", "l'ancien ministre", "le Nordiste", "ce dernier". */
export function rolePhrase(phrase: string): RolePhrase | null {
  const text = phrase.trim();
  if (LATTER.test(text))
    return {
      head: 'dernier',
      text,
      complement: null,
      gender: /^(?:cette dernière|celle)/i.test(text) ? 'f' : 'm',
      demonym: false,
      latter: true,
    };
  const m = text.match(/^(le(?=\s)|la(?=\s)|l')\s*(.+)$/iu);
  if (!m) return null;
  const det = m[1]!.toLowerCase();
  const body = m[2]!;
  const words = body.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && ROLE_ADJECTIVES.has(words[i]!.toLowerCase())) i++;
  const headWord = words[i]!;
  // "l'avocat général" is the prosecution, not a lawyer: a few heads change meaning with the word after them.
  const compound = `${headWord} ${words[i + 1] ?? ''}`.toLowerCase();
  if (COMPOUND_HEADS.has(compound)) {
    words.splice(i, 2, compound);
  }
  const head = COMPOUND_HEADS.has(compound) ? compound : headWord.toLowerCase();
  const demonym = DEMONYM.test(headWord) && words.length === i + 1;
  if (
    !demonym &&
    !ROLE_NOUNS.has(head) &&
    !PARTICIPANT_NOUNS.has(head) &&
    !BROADER[head] &&
    !COMPOUND_HEADS.has(head)
  )
    return null;
  if (words.length > 12) return null;
  const rest = words.slice(i + 1).join(' ');
  const complement = /^(?:de|du|des|d')\b/i.test(rest) ? rest : null;
  // Only adjectives may follow the head without a complement ("le procureur adjoint", "le milieu parisien").
  if (rest && !complement && !/^(?:[\p{Ll}\d]+)(?:\s+\p{Ll}+)?$/u.test(rest)) return null;
  const gender: Gender = det === 'la' ? 'f' : det === 'le' ? 'm' : null;
  return { head, text: body, complement, gender, demonym, latter: false };
}

/**
 * How well a role phrase fits what is known of someone: 3 the same head noun, 2 a broader noun ("magistrat" for
 * a prosecutor), 1 nothing known, 0 another role ("le préfet" is not the mayor).
 */
export function roleFit(phrase: RolePhrase, role: string | null, aliases: readonly string[]): number {
  if (phrase.latter || phrase.demonym) return 1;
  const known = [role ?? '', ...aliases].filter(Boolean).map((r) => fold(r));
  if (known.some((r) => r === fold(phrase.text))) return 4;
  const head = fold(phrase.head);
  if (
    known.some(
      (r) =>
        (head.includes(' ') ? r.startsWith(head) || r.includes(` ${head}`) : r.split(/\s+/).includes(head)) ||
        r.startsWith(`${head}-`),
    )
  )
    return 3;
  const broader = (BROADER[phrase.head] ?? []).map(fold);
  if (known.some((r) => broader.some((b) => r.startsWith(b) || r.includes(` ${b}`)))) return 2;
  return role && !GENERIC_HEADS.has(phrase.head) ? 0 : 1;
}

/** "Me Garnier" is a lawyer, "Dr Lenoir" a doctor: the title is their role when nothing else says it. */
export function titleRole(name: string): string | null {
  const title = name.match(/^(Me|Maître|Dr|Docteur|Pr|Professeur|Mgr)\s/u)?.[1];
  if (!title) return null;
  return (
    {
      Me: 'avocat',
      Maître: 'avocat',
      Dr: 'médecin',
      Docteur: 'médecin',
      Pr: 'professeur',
      Professeur: 'professeur',
      Mgr: 'évêque',
    }[title] ?? null
  );
}

/** "présidente du Front national" -> "Présidente du Front national": a name for someone known only by role. */
export function roleName(phrase: RolePhrase): string {
  return phrase.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Heads of phrases that name who speaks without a person's name: services, institutions, sources. */
const SOURCE_HEADS = new Set(
  `source sources services service entourage cabinet parquet communiqué porte-parole gendarmerie police pompiers
  secours mairie ministère préfecture gouvernement direction syndicat intersyndicale association fédération club
  organisateurs enquêteurs autorités élysée matignon présidence municipalité collectivité conseil département région
  rectorat hôpital établissement entreprise société groupe compagnie opérateur fédération ligue comité collectif
  avocats avocat défense proches famille témoins habitants riverains experts spécialistes analystes observateurs
  sondage étude rapport enquête bilan état-major commandement armée tribunal justice`.split(/\s+/),
);

/** "la préfecture des Landes", "les services de l'État", "une source policière", "le procureur": someone speaks. */
export function isSourcePhrase(phrase: string): boolean {
  const words = phrase
    .trim()
    .replace(/^(?:(?:les|le|la|un|une|des|du|ce|cette|ces|son|sa|ses|leurs|leur)\s+|l')/i, '')
    .split(/\s+/);
  const head =
    words.find((w) => !ROLE_ADJECTIVES.has(w.toLowerCase()) && !/^(?:même|mêmes)$/i.test(w))?.toLowerCase() ??
    '';
  return (
    SOURCE_HEADS.has(head) ||
    ROLE_NOUNS.has(head) ||
    PARTICIPANT_NOUNS.has(head) ||
    rolePhrase(phrase) !== null
  );
}
