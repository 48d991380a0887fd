// Small closed word lists the indexer leans on: titles, determiners, role nouns, organisation words.

export const TITLES: Record<string, 'm' | 'f' | null> = {
  'M.': 'm',
  'MM.': 'm',
  Monsieur: 'm',
  'Mr.': 'm',
  Mr: 'm',
  Mme: 'f',
  'Mme.': 'f',
  Mlle: 'f',
  Madame: 'f',
  Mademoiselle: 'f',
  Dr: null,
  'Dr.': null,
  Pr: null,
  'Pr.': null,
  Me: null,
  'Me.': null,
  Maître: null,
  Docteur: null,
  Professeur: null,
  Mgr: 'm',
  'Mrs.': 'f',
  'Ms.': 'f',
};

/** Capitalised words that start a sentence or a phrase without naming anyone. */
export const NOT_NAME_STARTS = new Set(
  `le la les l' un une des du de d' au aux ce cet cette ces certains certaines plusieurs quelques selon pour
  d'après après avant mais et ou il elle ils elles on nous vous je ses son sa leur leurs mon ma mes notre nos votre
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
  octobre novembre décembre peut-être malgré depuis lors dans en sur sous chez par entre vers contre sans avec
  si quand comme alors ainsi enfin puis car donc or ni tout tous toute toutes aucun aucune chaque autre autres
  cependant pourtant toutefois néanmoins hier aujourd'hui demain là ici oui non qui que quoi dont où
  the a an this that mr mrs ms affaire procès dossier opération`.split(/\s+/),
);

export const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'dos',
  'bin',
  'ben',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'y',
  'ter',
  'zu',
]);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = new Set(
  `council conseil ministère ministry union parti party association organisation organization groupe group
  fédération federation banque bank agence agency institut institute université university commission nations
  assemblée sénat senate cour court tribunal fondation foundation société company compagnie syndicat front
  mouvement movement comité committee office centre center club bureau ligue league académie academy hôpital
  hospital lycée école school airlines inc corporation corp department département gouvernement government
  préfecture mairie région conseil armée army police gendarmerie parlement parliament congrès congress
  confédération fonds fund forum observatoire laboratoire entreprise coopérative collectif alliance
  coalition chambre chamber tribune times news journal post press presse radio télévision tv agency service
  autorité authority
  services energy analytics motors systems technologies technology capital partners holdings industries
  consulting solutions labs pharma media group airways railways bleu france`.split(/\s+/),
);

/** Nouns that head a role phrase: "le représentant spécial…", "chef du groupe…", "porte-parole de…". */
export const ROLE_NOUNS = new Set(
  `représentant représentante secrétaire ministre président présidente directeur directrice chef cheffe
  porte-parole responsable dirigeant dirigeante ambassadeur ambassadrice maire député députée sénateur sénatrice
  expert experte analyste professeur professeure chercheur chercheuse économiste avocat avocate juge procureur
  procureure pdg fondateur fondatrice délégué déléguée conseiller conseillère commissaire gouverneur gouverneure
  général générale colonel commandant premier première patron patronne coordinateur coordinatrice
  vice-président vice-présidente adjoint adjointe envoyé envoyée émissaire négociateur négociatrice leader
  militant militante syndicaliste président-directeur membre médecin infirmier infirmière enseignant enseignante
  spécialiste historien historienne politologue sociologue journaliste rédacteur rédactrice éditorialiste
  correspondant correspondante élu élue candidat candidate chancelier chancelière roi reine prince princesse
  cardinal évêque imam rabbin pasteur capitaine lieutenant officier agriculteur agricultrice habitant habitante
  maître auteur autrice écrivain écrivaine présentateur présentatrice entraîneur entraîneuse joueur joueuse
  préfet préfète bourgmestre échevin échevine recteur rectrice doyen doyenne trésorier trésorière administrateur administratrice gérant gérante
  fonctionnaire diplomate ingénieur ingénieure architecte chirurgien chirurgienne pharmacien pharmacienne
  inspecteur inspectrice contrôleur contrôleuse superviseur superviseuse manager directeur-général
  technicien technicienne coach sélectionneur sélectionneuse attaquant attaquante gardien gardienne défenseur
  défenseuse milieu capitaine arbitre agent agente supporter supportrice astrophysicienne astrophysicien
  planétologue astronaute ingénieure élu élue universitaire conservateur conservatrice urgentiste gérant
  directeur-adjoint préfète déléguée syndicale
  commerçant commerçante riverain riveraine étudiant étudiante retraité retraitée salarié salariée ouvrier
  ouvrière rapporteur rapporteuse hydrologue météorologue climatologue épidémiologiste sinologue urbaniste
  numéro buteur ailier meneur demi pilier talonneur sprinteur grimpeur champion championne
  head chief spokesman spokeswoman spokesperson minister secretary director president ceo`.split(/\s+/),
);

/** Feminine role nouns (gender for pronoun resolution). */
export const FEMININE_ROLE =
  /(?:rice|euse|ienne|ère|esse|ante|ente|ée|ue|cheffe|reine|princesse|spokeswoman|e)$/;

export const PRONOUNS: Record<string, { gender: 'm' | 'f' | null; plural: boolean; generic?: boolean }> = {
  il: { gender: 'm', plural: false },
  elle: { gender: 'f', plural: false },
  ils: { gender: 'm', plural: true },
  elles: { gender: 'f', plural: true },
  on: { gender: null, plural: false, generic: true },
  // Stressed forms, as in "Selon lui", "D'après elle", "Pour eux".
  lui: { gender: 'm', plural: false },
  eux: { gender: 'm', plural: true },
};

/** Adjectives that may come before a role's head noun: "l'ancien maire", "la nouvelle directrice". */
export const ROLE_ADJECTIVES = new Set(
  `ancien ancienne nouveau nouvel nouvelle futur future actuel actuelle premier première jeune célèbre
  influent influente puissant puissante éminent éminente principal principale haut haute`.split(/\s+/),
);

/** Words after which a name is governed ("de M. Kaboul", "à la BBC"): not a subject. */
export const PREPOSITIONS = new Set(
  `de d' du des à au aux avec pour par contre sur chez vers en dans entre sans sous depuis malgré auprès`.split(
    /\s+/,
  ),
);

export const DETERMINERS =
  /^(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|certains|certaines|plusieurs|quelques|de nombreux|de nombreuses|nombre de|la plupart des|beaucoup de|des|leurs?|ses|son|sa)$/i;

/** Nouns that describe an organisation before its name: "le constructeur américain Northwind Energy". */
export const ORG_DESCRIPTORS = new Set(
  `constructeur groupe société entreprise firme cabinet collectif association syndicat parti ong fondation
  laboratoire institut agence banque fonds compagnie club think-tank journal quotidien hebdomadaire chaîne radio
  opérateur fabricant géant start-up startup coopérative fédération organisation mouvement laboratoires
  établissements éditions chantiers magasins transports`.split(/\s+/),
);

/** Lowercase heads of institution names followed by a proper name: "ministère de la Santé", "préfecture de l'Isère". */
export const INSTITUTION_HEADS = new Set(
  `ministère préfecture mairie région département tribunal cour conseil agence université académie commune
  ville gouvernement parquet rectorat ambassade consulat banque direction`.split(/\s+/),
);

/** Generic nouns that refer back to an organisation named earlier: "le syndicat", "la préfecture". */
export const ORG_ANAPHORS = new Set(
  `syndicat préfecture ministère groupe entreprise société constructeur parti association collectif
  gouvernement mairie direction organisation agence fédération`.split(/\s+/),
);

/**
 * French-language newspapers whose name starts with an article ("Le Parisien", "L'Équipe"): read as one
 * organisation, article included, so "confirmant une information du Parisien" and "a-t-il confié au Monde" name
 * the paper and "le Parisien" is not taken for a person from Paris.
 */
export const MEDIA_WITH_ARTICLE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:Le|le|du|au)\s+(?:Parisien|Monde|Figaro|Point|Progrès|Dauphiné libéré|Télégramme|Canard enchaîné|Journal du dimanche|JDD|Devoir|Républicain lorrain|Courrier picard|Monde diplomatique)(?![\p{L}-])|(?:La|la|de la|à la)\s+(?:Croix|Dépêche(?: du Midi)?|Voix du Nord|Libre Belgique|Nouvelle République)(?![\p{L}-])|(?:Les|les|des|aux)\s+(?:Échos|Echos|Dernières Nouvelles d'Alsace)|(?:L'|l'|de l'|à l')(?:Équipe|Express|Humanité|Obs|Est républicain|Yonne républicaine))(?![\p{L}-])`,
  'gu',
);
