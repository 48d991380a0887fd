// The structures real newsrooms write, each on a sentence of our own (issue 8). Every case names the
// pattern it stands for; none of these sentences comes from an article of the real-press set.

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { resolveTime } from '../../src/article/time.ts';
import type { ArticleIndex } from '../../src/article/types.ts';
import { REPORTING_VERBS } from '../../src/article/verbs.ts';

const meta = { title: 't', language: 'fr', source: null, published: '2026-03-12' };

function read(text: string): ArticleIndex {
  return buildIndex(text, meta);
}

/** Each statement as "speaker name: content". */
function said(index: ArticleIndex): string[] {
  return index.statements.map((s) => {
    const e = index.entities.find((x) => x.id === s.speakerId);
    return `${e?.name ?? '?'}: ${s.content}`;
  });
}

describe('attributions inside a quotation', () => {
  it('cuts the attribution out and keeps both halves for the speaker', () => {
    const index = read(
      '« Nous ne fermerons pas la maternité, a assuré mardi la maire, Hélène Garnier, mais il faudra des médecins. »',
    );
    expect(index.statements).toHaveLength(1);
    const st = index.statements[0]!;
    expect(index.entities.find((e) => e.id === st.speakerId)?.name).toBe('Hélène Garnier');
    expect(st.content).toContain('Nous ne fermerons pas la maternité');
    expect(st.content).toContain('il faudra des médecins');
    expect(st.content).not.toContain('a assuré');
    expect(st.time?.text).toBe('mardi');
  });

  it('reads an inverted pronoun inside the quotation, and a quotation going on after a full stop', () => {
    const index = read(
      'Paul Renaud a quitté la séance. « Je ne voterai pas ce budget, a-t-il expliqué. Il ruine la commune. »',
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Paul Renaud: .*ce budget.*Il ruine la commune/)]);
  });

  it('leaves a quotation alone when a comma and a verb inside it are the quoted words', () => {
    const index = read('Le maire a répété : « Nous avons dit, expliqué et répété que rien ne changerait. »');
    expect(index.statements).toHaveLength(1);
    expect(index.statements[0]!.content).toContain('expliqué et répété');
  });
});

describe('a present participle goes on with the speaker before it', () => {
  it('"…, a dit X, ajoutant que …"', () => {
    const index = read(
      '« Le pont rouvrira en juin », a dit le préfet, Marc Olivier, ajoutant que les travaux coûteraient deux millions.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Marc Olivier: .*Le pont rouvrira en juin/),
      expect.stringMatching(/^Marc Olivier: .*les travaux coûteraient deux millions/),
    ]);
  });

  it('gives no speaker to a participle with no report before it', () => {
    expect(read('Tout en rappelant les règles, la séance a été levée.').statements).toEqual([]);
  });
});

describe('verb forms', () => {
  it.each(['considérera', 'espérerait', 'révélera', 'dites', 'admises', 'dirent', 'crut', 'requis'])(
    'knows %s',
    (form) => expect(REPORTING_VERBS.get(form)).toBeDefined(),
  );
});

describe('times', () => {
  it('does not read "le lendemain" as "demain"', () => {
    expect(resolveTime('le lendemain', '2026-03-12', 'past').date).toBeNull();
    expect(resolveTime('demain', '2026-03-12', 'future').date).toBe('2026-03-13');
  });
});

describe('names with particles', () => {
  it('keeps "Le", "de" and "d\'" inside a name, and finds the surname alone later', () => {
    const index = read(
      "Sophie Le Gall a pris la parole lundi. Le Gall a dit que le projet était mort. Jean-Marc Villars de Brissac a répondu que rien n'était décidé.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Sophie Le Gall: le projet était mort/),
      expect.stringMatching(/^Jean-Marc Villars de Brissac: rien/),
    ]);
  });

  it("does not take an institution's complement for a particle", () => {
    const index = read('La Banque de France a estimé que la croissance ralentirait.');
    expect(index.entities.map((e) => e.name)).toContain('Banque de France');
  });
});

describe('role nouns that refer back', () => {
  it('"le magistrat" is the prosecutor named before, not the lawyer quoted last', () => {
    const index = read(
      'Le procureur Alain Morel a requis dix ans de prison. « Je demande la relaxe », a répondu Me Claire Fabre. « Les faits sont établis », a insisté le magistrat.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Alain Morel: dix ans/),
      expect.stringMatching(/^Claire Fabre: /),
      expect.stringMatching(/^Alain Morel: .*Les faits sont établis/),
    ]);
  });

  it('someone known only by role becomes a speaker of their own, whom "il" then refers to', () => {
    const index = read(
      "L'avocat général avait en effet réclamé vingt ans. « C'est un crime odieux », a-t-il ajouté. L'accusé lui a demandé pardon.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Avocat général: vingt ans/),
      expect.stringMatching(/^Avocat général: .*crime odieux/),
      expect.stringMatching(/^Accusé: pardon/),
    ]);
  });

  it('a role with a complement goes to the person who just spoke, and a demonym to the person named', () => {
    const index = read(
      'Lucie Marchal a annoncé sa candidature mardi. « Je serai tête de liste », a dit la présidente du parti. Le Bordelais Marc Roux a ironisé. « Elle a peur », a lâché le Bordelais.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Lucie Marchal: sa candidature/),
      expect.stringMatching(/^Lucie Marchal: .*tête de liste/),
      expect.stringMatching(/^Marc Roux: .*Elle a peur/),
    ]);
  });

  it('a role that names another office is someone else', () => {
    const index = read('Le maire Paul Giraud a salué la décision. « Rien ne change », a déclaré le préfet.');
    const last = index.statements.at(-1)!;
    expect(index.entities.find((e) => e.id === last.speakerId)?.name).toBe('Préfet');
  });
});

describe('the source after the verb', () => {
  it('reads a long source after the verb, with an adverb before it, even when the clause has a subject', () => {
    const index = read(
      'Le chauffeur du bus, quant à lui, est indemne, confirme la préfecture de la Manche. Des expertises seront « utiles », précise quant à lui le tribunal de Coutances.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^préfecture de la Manche: Le chauffeur du bus, quant à lui, est indemne/),
      expect.stringMatching(/^tribunal de Coutances: Des expertises/i),
    ]);
  });

  it('keeps a direct object after the verb for what it is', () => {
    const index = read('Le ministre, accompagné de sa conseillère, a annoncé la fermeture du site.');
    expect(index.statements).toHaveLength(1);
    expect(index.statements[0]!.speakerMention).toMatch(/ministre/i);
    expect(index.statements[0]!.content).toBe('la fermeture du site');
  });
});

describe('locutions and continuations', () => {
  it('"a fait état de", "a fait part de"', () => {
    const index = read(
      'La maire Anne Colin a fait état de trois blessés. Le député Luc Forge a fait part de « sa colère ».',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Anne Colin: de trois blessés/),
      expect.stringMatching(/^Luc Forge: de « sa colère »/),
    ]);
  });

  it('"avant d\'affirmer", and "Et d\'ajouter" opening the next sentence', () => {
    const index = read(
      "Le sélectionneur Yves Morin a salué ses joueurs avant d'affirmer qu'il restait du travail. Et d'ajouter : « Nous serons prêts. »",
    );
    expect(said(index).slice(-2)).toEqual([
      expect.stringMatching(/^Yves Morin: .*il restait du travail/),
      expect.stringMatching(/^Yves Morin: .*Nous serons prêts/),
    ]);
  });
});

describe('attributions without a subject-verb pair', () => {
  it('"…, comme le précise X" and "…, comme l\'a rapporté X" close the sentence', () => {
    const index = read(
      "Le blessé a été transféré à Caen, comme le précise la préfecture du Calvados. La route restera fermée, comme l'a rapporté la gendarmerie.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^préfecture du Calvados: Le blessé a été transféré à Caen/),
      expect.stringMatching(/^Gendarmerie: La route restera fermée/i),
    ]);
  });

  it('"selon X" in the middle of a sentence attributes the whole sentence', () => {
    const index = read('Le gardien a, selon son entraîneur Paul Dorval, préféré ne pas jouer dimanche.');
    expect(said(index)).toEqual([expect.stringMatching(/^Paul Dorval: Le gardien a préféré ne pas jouer/)]);
  });
});

describe('what is not a statement', () => {
  it.each([
    ["La médecin Irène Vasseur a lancé l'alerte dès 2009.", 'a verb that reports only after a quotation'],
    ['On estime la population de loups à six cents bêtes.', 'a generic "on" with no clause'],
    [
      "La banque s'est lancée dans une hausse des taux. Les matchs s'annoncent serrés.",
      'a reflexive that is no report',
    ],
    ['Les avocats présentent leurs clients comme des victimes.', 'a verb that needs a clause'],
  ])('%s (%s)', (text) => {
    expect(read(text).statements).toEqual([]);
  });

  it('still reads the same verbs where they report', () => {
    const index = read(
      "« Nous irons jusqu'au bout », lance la syndicaliste Odile Brun. On pense généralement que la crise durera. Le maire s'est dit prêt à négocier.",
    );
    expect(index.statements).toHaveLength(3);
  });
});

describe('pronouns', () => {
  it('"elle" finds the woman named, by her first name, not the man named after her', () => {
    const index = read('Nora Vidal et Hugo Brun ont gagné. « Je suis fière », souligne-t-elle.');
    expect(said(index)).toEqual([expect.stringMatching(/^Nora Vidal: /)]);
  });

  it('"il" can be the organisation that has just spoken', () => {
    const index = read(
      "Le syndicat SNPL réclame une hausse des salaires, au grand dam d'Air France. Il demande aussi des embauches.",
    );
    expect(said(index).at(-1)).toMatch(/^(?:Syndicat SNPL|SNPL): des embauches/);
  });
});

describe('page furniture', () => {
  const index = read(
    [
      'Le maire de Lorient défend son budget',
      'Par Jeanne Sorel',
      'Publié le 04/03/2026 à 18:05',
      '« Nous tiendrons », a déclaré le maire, Yves Kerlo.',
      'Une rentrée sous tension',
      'Lire aussi : le budget expliqué',
      '« Rien ne sera coupé », a-t-il promis. (Jeanne Sorel pour le service régional)',
    ].join('\n\n'),
  );

  it('keeps headings and bylines out of statements and speakers', () => {
    expect(said(index)).toEqual([
      expect.stringMatching(/^Yves Kerlo: .*Nous tiendrons/),
      expect.stringMatching(/^Yves Kerlo: .*Rien ne sera coupé/),
    ]);
    expect(index.entities.map((e) => e.name)).not.toContain('Jeanne Sorel');
    expect(index.paragraphs.filter((p) => p.kind).map((p) => p.kind)).toEqual([
      'heading',
      'byline',
      'heading',
      'heading',
    ]);
  });

  it('reads a numeric publication line as the date', () => {
    expect(
      buildIndex('Titre\n\nPublié le 04/03/2026 à 18:05\n\nTexte.', { ...meta, published: null }).meta
        .published,
    ).toBe('2026-03-04');
  });
});

describe('sources that are not a person named in the sentence', () => {
  it('a newspaper with its article is one organisation, and never a person from a city', () => {
    const index = read(
      "Le maire a été rappelé à l'ordre, comme l'a repéré Le Parisien. Selon L'Équipe, le club cherche un entraîneur.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Le Parisien: Le maire a été rappelé/),
      expect.stringMatching(/^L'Équipe: le club cherche/),
    ]);
  });

  it('a communiqué speaks for its author; a poll speaks for itself, named by its institute', () => {
    const index = read(
      "« Les faits sont graves », souligne un communiqué du parquet de Nantes. D'après un sondage Ifop pour la radio diffusé lundi, la candidate recueillerait 30 % des voix.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^parquet de Nantes: /),
      expect.stringMatching(/^Sondage Ifop: la candidate recueillerait/),
    ]);
  });

  it('"ce dernier" and "celle qui …" are the last person named, spoken or not', () => {
    const index = read(
      'Le collectif accuse le maire, Henri Vasseur, de mentir. Pour ce dernier, le dossier est clos. « Je reviendrai », promet celle qui a porté plainte, Inès Garcia.',
    );
    expect(said(index)[1]).toMatch(/^Henri Vasseur: le dossier est clos/);
  });

  it('a quotation opened by a colon belongs to the subject of the clause', () => {
    const index = read(
      "Marc Lenoir est revenu de blessure. Il savoure son retour : « J'essaie de profiter du moment. »",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Marc Lenoir: .*J'essaie de profiter/)]);
  });

  it('the audience before a name stops at the name', () => {
    const index = read(
      "« Il faut revoir les horaires », a déclaré à l'AFP Bastien Morel, délégué du personnel.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Bastien Morel: /)]);
    expect(index.statements[0]!.audience).toBe("à l'AFP");
  });

  it('"s\'est-il félicité", "a fait état devant les élus de", a participle after the subject\'s own verb', () => {
    const index = read(
      "« Aucune mise en examen », s'est-il félicité. La ministre Alice Roy a fait état devant les élus de trois sinistrés. L'association Ville Propre ne s'est pas montrée rassurée, se disant opposée à toute hausse.",
    );
    expect(said(index).slice(1)).toEqual([
      expect.stringMatching(/^Alice Roy: de trois sinistrés/),
      expect.stringMatching(/^Ville Propre: opposée à toute hausse/),
    ]);
  });
});

describe('long subjects', () => {
  it('skips the whole relative clause before the verb, however many commas it has', () => {
    const index = read(
      "Le collectif, qui réunit Sud, FO, l'Unsa et la FSU, a appelé à une nouvelle journée de grève.",
    );
    expect(index.statements[0]!.speakerMention).toBe('Le collectif');
  });

  it('reads a long source after the verb when it names someone', () => {
    const index = read(
      "Inès Garcia a gagné. Ce titre est « une renaissance », explique aussi celle qui avait quitté le circuit l'an dernier après une longue blessure et qui vise désormais les Jeux.",
    );
    expect(said(index).at(-1)).toMatch(/^Inès Garcia: Ce titre est « une renaissance »/);
  });

  it('stops an inverted subject before "avant d\'affirmer", which carries on with it', () => {
    const index = read(
      "Le milieu Karim Diallo a marqué. « C'est un combat », a reconnu le numéro 8 nantais avant d'affirmer qu'il ne craignait personne.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Karim Diallo: .*C'est un combat/),
      expect.stringMatching(/^Karim Diallo: .*ne craignait personne/),
    ]);
  });
});

describe('sources learnt and quoted predicates', () => {
  it('"a-t-on appris de sources concordantes", then "de même source"', () => {
    const index = read(
      'Trois voitures ont été incendiées dimanche soir, a-t-on appris de sources concordantes. Le calme est revenu vers minuit, a-t-on ajouté de même source.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Sources concordantes: Trois voitures ont été incendiées/i),
      expect.stringMatching(/^Sources concordantes: Le calme est revenu/i),
    ]);
  });

  it('a quoted predicate speaks for a speaker-like subject, and gives way to a later attribution', () => {
    const index = read(
      "L'Autorité de contrôle (ADC) n'est « pas contente » de l'attitude du groupe. Le projet est « mort-né », juge le député Paul Arnaud.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/: « pas contente » de l'attitude du groupe$/),
      expect.stringMatching(/^Paul Arnaud: Le projet est « mort-né »/),
    ]);
  });
});

describe('role nouns referring back, and who they may not be', () => {
  it('"le médecin" after a woman named just before is her, whatever the masculine article says', () => {
    const index = read(
      "Claire Vasseur avait donné l'alerte. Sans cette cardiologue, le dossier n'aurait pas avancé. « Nous pouvons enfin respirer », indique le médecin devant la presse.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Claire Vasseur: « Nous pouvons enfin respirer »/)]);
  });

  it('a precise role right after the only person named, who had no role, is that person', () => {
    const index = read(
      "Le texte a été critiqué par Paul Renaud. « Il faut tout reprendre », avait affirmé le ministre de l'Agriculture.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Paul Renaud: « Il faut tout reprendre »/)]);
  });

  it('the same precise role is someone new when two people were just named', () => {
    const index = read(
      "Le texte a été critiqué par Paul Renaud et Anne Morel. « Il faut tout reprendre », avait affirmé le ministre de l'Agriculture.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Ministre de l'Agriculture: /)]);
  });

  it('"l\'avocat général" is the prosecution, not the lawyer titled Me; "le magistrat" then refers to him', () => {
    const index = read(
      "« Je suis soulagé », a déclaré Me Garnier. L'avocat général avait réclamé vingt ans. « Un crime grave », avait lancé le magistrat.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Me Garnier: /),
      expect.stringMatching(/^Avocat général: vingt ans/),
      expect.stringMatching(/^Avocat général: « Un crime grave »/),
    ]);
  });

  it('a new role noun without a complement does not reach a role-less person of another paragraph', () => {
    const index = read(
      "Paul Renaud a visité l'usine lundi. Il est reparti le soir.\n\nLa production a baissé. « Le site fermera », a annoncé le directeur.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Directeur: /)]);
  });
});

describe('names glued to what comes before them', () => {
  it('splits a place from the first name after it: "maire de Nantes Gérard Lemaire"', () => {
    const index = read('Le maire de Nantes Gérard Lemaire a déclaré mardi que le budget serait voté.');
    expect(index.entities.map((e) => e.name)).toContain('Gérard Lemaire');
    expect(said(index)).toEqual([expect.stringMatching(/^Gérard Lemaire: le budget serait voté/)]);
  });

  it('"procureure de la République de Rennes" is a role, even with no comma before the verb', () => {
    const index = read(
      "Mardi 3 mars, Julie Armand, procureure de la République de Rennes a rappelé qu'elle était la seule à pouvoir parler.",
    );
    expect(index.entities.map((e) => e.name)).toEqual(['Julie Armand']);
    expect(index.entities[0]!.role).toBe('procureure de la République de Rennes');
  });

  it('"…, selon un communiqué du parquet" is where the subject spoke, not a second source', () => {
    const index = read(
      "Julie Armand, procureure de Rennes, a rappelé qu'elle était la seule à pouvoir parler, selon un communiqué du parquet.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Julie Armand: elle était la seule/)]);
  });

  it('"…, selon la police" after a reported verb still names the police as the source', () => {
    const index = read('Le suspect a avoué les faits, selon la police.');
    expect(said(index)).toEqual([expect.stringMatching(/^Police: /i)]);
  });
});

describe('forms that are a present and a participle at once', () => {
  it('reads "a-t-il dit" and "a-t-elle écrit" as inverted compound verbs', () => {
    const index = read(
      "Paul Roux est arrivé tôt. « Nous sommes prêts », a-t-il dit. Anne Morel l'a suivi. « Rien n'est joué », a-t-elle écrit.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Paul Roux: « Nous sommes prêts »/),
      expect.stringMatching(/^Anne Morel: « Rien n'est joué »/),
    ]);
  });
});

describe('a role that names an organisation, before a person', () => {
  it('"le président de la Fédération des pêcheurs de la Loire, Henri Bodin" is a person with that role', () => {
    const index = read(
      '« La saison est perdue », a confié le président de la Fédération des pêcheurs de la Loire, Henri Bodin, au journal local.',
    );
    const henri = index.entities.find((e) => e.name === 'Henri Bodin');
    expect(henri?.kind).toBe('person');
    expect(henri?.role).toBe('président de la Fédération des pêcheurs de la Loire');
    expect(index.entities.find((e) => /^Fédération/.test(e.name))?.role ?? null).toBeNull();
    expect(said(index)).toEqual([expect.stringMatching(/^Henri Bodin: « La saison est perdue »/)]);
  });
});

describe('precise roles far from the name, acronyms glued to names, subjunctive auxiliaries', () => {
  it('"le chef de l\'ONR" two sentences on is the one person whose role holds ONR', () => {
    const index = read(
      "Le gouvernement a invité le chef de l'Office national des routes (ONR), Marc Olivier, à Lille. Le sujet est sensible. Ce geste arrive après que le chef de l'ONR ait dénoncé jeudi l'absence de dialogue.",
    );
    expect(said(index)).toContainEqual(expect.stringMatching(/^Marc Olivier: l'absence de dialogue/));
  });

  it('"l\'ADF-Nous Protégeons" is an organisation, and "l\'association" after it refers to it', () => {
    const index = read(
      "L'ADF-Nous Protégeons alerte les familles\n\nL'association dénonce « une hausse injuste » des loyers.",
    );
    expect(index.entities.find((e) => e.name === 'ADF-Nous Protégeons')?.kind).toBe('organisation');
    expect(said(index)).toEqual([expect.stringMatching(/^ADF-Nous Protégeons: « une hausse injuste »/)]);
  });
});

describe('sources set off by commas, opinions with "pour", subordinate openings', () => {
  it('"indiquait dans un communiqué, dès lundi soir, la CGT-Énergie": channel and time before the source', () => {
    const index = read(
      "Un nouveau mot d'ordre a été lancé, annonçait dans une note, dès lundi soir, la CGT-Énergie.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^CGT-Énergie: Un nouveau mot d'ordre a été lancé/)]);
  });

  it('"…, dès le 4 mars au soir, la CGT": a date with its part of the day', () => {
    const index = read(
      "Un mot d'ordre a été lancé, annonçait dans une note, dès le 4 mars au soir, la CGT-Énergie.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^CGT-Énergie: Un mot d'ordre a été lancé/)]);
    expect(index.statements[0]!.time?.text).toBe('dès le 4 mars au soir');
  });

  it('a clause with its own verb is never a speaker', () => {
    const index = read('Un nouveau préavis a été déposé, indiquait la fédération.');
    expect(index.entities.map((e) => e.name)).not.toContainEqual(expect.stringMatching(/déposé/));
  });

  it('"Il ne fait aucun doute pour X que …" and "…, mais pour eux, …"', () => {
    const index = read(
      "Il ne fait aucun doute pour la gendarmerie que l'incendie est criminel. Face aux critiques, les laboratoires Berlin font profil bas, mais pour eux, rien ne justifie une telle polémique.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Gendarmerie: l'incendie est criminel/i),
      expect.stringMatching(/^Berlin: rien ne justifie une telle polémique/),
    ]);
  });

  it('a report inside "Alors que …," ends at the main clause, which has its own speaker', () => {
    const index = read(
      "Alors que certains riverains évoquaient un bruit sourd, le maire, Paul Roux, l'a qualifié de « banal ».",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/: un bruit sourd$/),
      expect.stringMatching(/^Paul Roux: de « banal »/),
    ]);
  });

  it('a report in the main clause after "Alors que …," keeps its commas', () => {
    const index = read(
      "Alors que la réunion s'achevait, le ministre Paul Roux a déclaré que le site, fermé depuis mars, rouvrira.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Paul Roux: le site, fermé depuis mars, rouvrira/)]);
  });
});

describe('organisations: acronym first, elided institution nouns, complements', () => {
  it('"l\'ARS" in the headline and "l\'Autorité régionale de santé (ARS)" later are one organisation', () => {
    const index = read(
      "Grippe : l'ARS sonne l'alarme\n\nL'Autorité régionale de santé (ARS) reproche au groupe Velia d'avoir tardé. L'ARS « attend des réponses », a-t-elle ajouté.",
    );
    const orgs = index.entities.filter((e) => e.kind === 'organisation').map((e) => e.name);
    expect(orgs.filter((n) => /ARS|Autorité/.test(n))).toEqual(['Autorité régionale de santé']);
    expect(orgs.some((n) => /avoir/.test(n))).toBe(false);
  });

  it('"une source proche du dossier" and "des sources proches du dossier" are one source', () => {
    const index = read(
      'Le suspect a été relâché, selon une source proche du dossier. Il sera convoqué en mai, selon des sources proches du dossier.',
    );
    expect(new Set(index.statements.map((s) => s.speakerId)).size).toBe(1);
  });

  it('"des risques sanitaires et environnementaux (ORRSE)": two adjectives joined by "et" stay in the name', () => {
    const index = read(
      "Le rapport a été remis à l'Observatoire régional des risques sanitaires et environnementaux (ORRSE) mardi.",
    );
    const office = index.entities.find((e) => /^Observatoire/.test(e.name));
    expect(office?.name).toBe('Observatoire régional des risques sanitaires et environnementaux');
    expect(office?.aliases).toContain('ORRSE');
  });
});

describe('speaking without saying, and information gathered by a newsroom', () => {
  it('"s\'exprimait après l\'audience" says nothing; "s\'est exprimé en ces termes : « … »" does', () => {
    const index = read(
      "Le procureur Paul Roux s'exprimait après l'audience. Le maire Jean Vidal s'est exprimé en ces termes : « Nous reconstruirons. »",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Jean Vidal: « Nous reconstruirons. »/)]);
  });

  it('a tail attribution wins over a speaking verb at the start of its content', () => {
    const index = read("Le maire s'est exprimé en fin de réunion, avait signalé la préfecture par écrit.");
    expect(said(index)).toEqual([expect.stringMatching(/^Préfecture: Le maire s'est exprimé/)]);
  });

  it('"selon les informations recueillies par Le Courrier" names the paper', () => {
    const index = read(
      'Selon les informations recueillies par Le Courrier, le suspect était connu des services.',
    );
    expect(said(index)).toEqual([expect.stringMatching(/^(?:Le )?Courrier: le suspect était connu/)]);
  });
});

describe('who opens the sentence, linking adverbials, clauses of contrast', () => {
  it('"Le ministre, Paul Roux, s\'attend à …, a-t-il indiqué lundi": him, and the whole clause', () => {
    const index = read(
      "Le ministre du Budget, Paul Roux, s'attend à un déficit « autour de 5 % » cette année, a-t-il indiqué lundi sur une radio.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Paul Roux: Le ministre du Budget, Paul Roux, s'attend à un déficit/),
    ]);
    expect(index.statements[0]!.time?.text).toBe('lundi');
  });

  it('"De son côté, l\'Insee prévoit …, tandis que le gouvernement …": the institute, up to the contrast', () => {
    const index = read(
      "De son côté, l'Insee prévoit une inflation de 2 % tandis que le gouvernement espérait mieux.",
    );
    expect(said(index)[0]).toMatch(/^Insee: une inflation de 2 %$/);
  });
});

describe('reflexive verbs after a quotation, agency datelines, names after an acronym', () => {
  it('"« … », s\'est félicité X" and "s\'est réjoui samedi l\'entraîneur du XV de France X"', () => {
    const index = read(
      "« Nous avons gagné », s'est félicité Marc Olivier. « Quelle soirée », s'est réjoui dimanche le sélectionneur du XV de France Luc Morin.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Marc Olivier: « Nous avons gagné »/),
      expect.stringMatching(/^Luc Morin: « Quelle soirée »/),
    ]);
  });

  it('a name after an acronym or a country is a person; "Lycée Victor Hugo" stays an institution', () => {
    const index = read(
      'Le secrétaire général de la CGT Paul Roux a parlé. Les élèves du Lycée Victor Hugo ont manifesté.',
    );
    const names = index.entities.map((e) => `${e.kind}:${e.name}`);
    expect(names).toContain('person:Paul Roux');
    expect(names).toContain('organisation:Lycée Victor Hugo');
  });

  it('"Lorient (Morbihan), 3 mai 2024 (AFP) – " is a dateline, not part of the first sentence', () => {
    const index = read(
      'Lorient (Morbihan), 3 mai 2024 (AFP) – « Le port rouvrira », a annoncé vendredi la maire, Anne Morel.',
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Anne Morel: « Le port rouvrira »$/)]);
  });
});

describe('titles capitalised, names after a place complement, quotations right after a name', () => {
  it('"le Préfet du Cantal Odilon Brunet": a capitalised role is a role, and the place is not in the name', () => {
    const index = read('Pour le Préfet du Cantal Odilon Brunet en tout cas rien ne presse.');
    const person = index.entities.find((e) => e.kind === 'person');
    expect(person?.name).toBe('Odilon Brunet');
    expect(person?.role).toBe('Préfet du Cantal');
    expect(said(index)).toEqual([expect.stringMatching(/^Odilon Brunet: rien ne presse/)]);
  });

  it('"Colère partagée par la présidente de l\'association Anne Morel « … »"', () => {
    const index = read(
      "Le maire a conscience du problème. Colère partagée par la présidente de l'association Anne Morel « la situation est grave ».",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Anne Morel: « la situation est grave »/)]);
  });

  it('"la comédienne Lina Roy, le journaliste Paul Kahn et l\'actrice …": each keeps their own role', () => {
    const index = read(
      "Le jury réunit la comédienne Lina Roy, le journaliste Paul Kahn et l'actrice Mila Presle. « Nous serons exigeants », a dit Lina Roy.",
    );
    expect(index.entities.find((e) => e.name === 'Lina Roy')?.role ?? '').not.toMatch(/Kahn/);
  });
});

describe('"mettre" reports with its locution', () => {
  it('"a mis en avant X" and "a mis en garde X": the locution is part of the verb; "a mis la table" reports nothing', () => {
    const index = read(
      '« Rien ne presse », a mis en avant le maire, Paul Roux. La préfète Anne Morel a mis en garde contre les rumeurs. Le cuisinier Marc Olivier a mis la table.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Paul Roux: « Rien ne presse »/),
      expect.stringMatching(/^Anne Morel: contre les rumeurs/),
    ]);
  });
});

describe('the document already cited', () => {
  it('"…, précise le texte" and "ajoute le communiqué" are its author again', () => {
    const index = read(
      'Les concerts sont annulés, explique la société Orion dans un communiqué. « Les billets seront remboursés », précise le texte. « Nous sommes désolés », ajoute le communiqué.',
    );
    const speakers = new Set(
      index.statements.map((s) => index.entities.find((e) => e.id === s.speakerId)?.name),
    );
    expect([...speakers]).toEqual(['Orion']);
  });
});

describe('a report closing the sentence takes the verbs before it as content', () => {
  it('"Ils cesseront le travail, a indiqué leur porte-parole X": X, and no statement by "ils"', () => {
    const index = read(
      'Les agents sont choqués. Ils cesseront le travail une heure lundi, a indiqué leur porte-parole Marc Olivier.',
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Marc Olivier: Ils cesseront le travail une heure/)]);
  });

  it('"…, dans lesquels ils évoquent des messages effacés, a précisé une source judiciaire"', () => {
    const index = read(
      "L'enquête vise des échanges dans lesquels les deux hommes évoquent des messages effacés, a précisé une source judiciaire.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/source judiciaire: L'enquête vise des échanges/i)]);
  });
});

describe('"C\'est ce qu\'a dit X": the sentence before is what X said', () => {
  it('reads the cleft sentence, with the place and time between the verb and the speaker', () => {
    const index = read(
      "Le maire doit démissionner. C'est l'appel qu'a lancé jeudi après-midi à Lyon la cheffe de l'opposition, Anne Morel.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Anne Morel: Le maire doit démissionner/)]);
    expect(index.statements[0]!.time?.text).toBe('jeudi après-midi');
  });

  it('"C\'est ce qu\'a affirmé le ministre" after a quotation', () => {
    const index = read(
      "« Il n'y aura pas de hausse des impôts. » C'est ce qu'a affirmé lundi le ministre du Budget, Paul Roux.",
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Paul Roux: « Il n'y aura pas de hausse des impôts. »/),
    ]);
  });
});

describe('anonymous sources referred back to', () => {
  it('"cette source", "la même source" and "elle" are the source quoted last', () => {
    const index = read(
      "Le suspect a été relâché, a déclaré une source policière. « Il n'y avait rien », a expliqué cette source. Un témoin a été entendu, a-t-elle ajouté. La DGSI explique avoir agi seule, a dit cette même source.",
    );
    expect(new Set(index.statements.map((s) => s.speakerId)).size).toBe(1);
    expect(index.statements).toHaveLength(4);
  });

  it('"D\'après les premières constatations, …, selon cette source": the source speaks', () => {
    const index = read(
      "Le policier a été écroué, a-t-on appris de source judiciaire. D'après les premières constatations, il aurait agi seul, selon cette source.",
    );
    expect(new Set(index.statements.map((s) => s.speakerId)).size).toBe(1);
  });

  it('"C\'est ainsi que le Premier ministre X a résumé …": the sentence before is his', () => {
    const index = read(
      "Une consigne donnée aux élus : « Au travail ! » C'est ainsi que la maire Anne Roux a conclu la séance du conseil.",
    );
    expect(said(index)).toContainEqual(expect.stringMatching(/^Anne Roux: .*Au travail/));
  });
});

describe('a quotation standing alone after a statement', () => {
  it('goes on with the same speaker; a quotation after a sentence with no statement does not', () => {
    const index = read(
      '« Le site rouvrira », a indiqué la maire, Anne Morel. « Les travaux avancent bien. »\n\nLe chantier a pris du retard. « Tout ira bien. »',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Anne Morel: « Le site rouvrira »/),
      expect.stringMatching(/^Anne Morel: « Les travaux avancent bien. »/),
    ]);
  });
});

describe('reflexive reporting verbs need their pronoun', () => {
  it('"s\'inquiète" reports; "Tout ce bruit inquiète les parents" does not', () => {
    const index = read(
      "Tout ce bruit inquiète les parents. La directrice Anne Morel s'inquiète de la situation.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Anne Morel: de la situation/)]);
  });
});

describe('the channel between the verb and its clause', () => {
  it('"a annoncé dans un entretien publié mardi par un quotidien qu\'elle serait candidate"', () => {
    const index = read(
      "La maire Anne Morel a annoncé dans un entretien publié mardi matin par un quotidien qu'elle serait candidate.",
    );
    expect(said(index)).toEqual(['Anne Morel: elle serait candidate']);
    expect(index.statements[0]!.time?.text).toBe('mardi matin');
  });
});

describe('update notes and circumstances set off by commas', () => {
  it('"[Mis à jour le … à 9h15]" before the first sentence stands apart', () => {
    const index = read(
      "[Mis à jour le 3 mars 2025 à 9h15] Le collectif, qui réunit Sud, FO et l'Unsa, a appelé à une nouvelle grève.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Collectif: une nouvelle grève/)]);
    expect(index.statements[0]!.time).toBeNull();
  });

  it('"a appelé, après la réussite de la manifestation du 4 mars, à un rassemblement": neither content nor its time', () => {
    const index = read(
      'Le collectif a appelé, après la réussite de la manifestation du 4 mars, à un nouveau rassemblement.',
    );
    expect(said(index)).toEqual(['Collectif: à un nouveau rassemblement']);
    expect(index.statements[0]!.time).toBeNull();
  });
});

describe('speakers introduced by a subheading, institutions as "elle"', () => {
  it('"Le plus déçu : Marc Olivier (Nantes)" then a quotation paragraph; the next subheading starts anew', () => {
    const index = buildIndex(
      'Les réactions après la journée\n\nLes entraîneurs ont parlé samedi soir.\n\nLe plus déçu : Marc Olivier (Nantes)\n\n« On a mal joué. Il faudra faire mieux. »\n\nLe plus heureux : Luc Morin (Lyon)\n\n« Une belle victoire, enfin. Nous avons bien joué. »',
      meta,
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Marc Olivier: « On a mal joué/),
      expect.stringMatching(/^Luc Morin: « Une belle victoire, enfin/),
    ]);
  });

  it('"elle" is the institution that spoke, when nobody has been named since', () => {
    const index = read(
      'Dans un communiqué, la direction de la RATP a demandé « un retour au calme ». La grève pèse sur les voyageurs. Elle estime que « rien ne justifie un arrêt ».',
    );
    expect(new Set(index.statements.map((s) => s.speakerId)).size).toBe(1);
    expect(index.statements).toHaveLength(2);
  });
});

describe('lists, dispatches and clauses that are not speakers', () => {
  it('bullets of a list: "- Le Parlement demande …", "… à Lille selon le porte-parole des pompiers."', () => {
    const index = buildIndex(
      "Ce qu'il faut savoir ce soir :\n\n- Le Parlement européen demande une enquête sur les faits.\n\n- Trente maisons ont été inondées à Lille selon le porte-parole des pompiers.\n\n- Les crues gagnent la Somme annonce l'état-major de la sécurité civile.",
      meta,
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Parlement européen: une enquête/),
      expect.stringMatching(/^Porte-parole des pompiers: - Trente maisons ont été inondées à Lille$/),
      expect.stringMatching(/^État-major de la sécurité civile: - Les crues gagnent la Somme$/),
    ]);
  });

  it('"Le maire dénonce le préfet." keeps its subject; "Il agira selon les règles." reports nothing', () => {
    const index = read('Le maire Paul Roux dénonce le préfet. Il agira selon les règles.');
    expect(said(index)).toEqual(['Paul Roux: le préfet']);
  });

  it('"les salariés reprennent la grève et réclament des réponses": the subject before the first verb', () => {
    const index = read('Ce lundi, les salariés reprennent la grève et réclament des réponses.');
    expect(said(index)).toEqual(['Salariés: des réponses']);
  });

  it('"Le port rouvrira lundi, a indiqué l\'état-major": the clause is content, never the speaker', () => {
    const index = read("Le port rouvrira lundi, a indiqué l'état-major de la marine.");
    expect(said(index)).toEqual(['État-major de la marine: Le port rouvrira lundi']);
  });

  it('"observer une minute de silence" is a rite; "a observé une hausse" reports', () => {
    const index = read(
      "Les agents observeront une minute de silence. L'agence Santé Veille a observé une nette hausse des cas.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/: une nette hausse des cas$/)]);
  });
});

describe('a modal before the reporting verb', () => {
  it('"« … », semble s\'amuser la juge, X" and "X semble regretter que …"', () => {
    const index = read(
      "« Le dossier est clair », semble s'amuser la présidente du tribunal, Anne Roux. Le ministre Marc Olivier semble regretter que le texte soit rejeté.",
    );
    expect(said(index)).toEqual([
      'Anne Roux: « Le dossier est clair »',
      'Marc Olivier: le texte soit rejeté',
    ]);
  });
});

describe('witnesses known by a first name, quotations after their sentence', () => {
  it('"Marc court dans la rue. « … »": a lone first name is a person, and the quotation after is his', () => {
    const index = read(
      'Le témoin, Marc*, travaille en face. Marc court dans la rue. « Tout le monde criait dans la cour. » La Marine nationale est arrivée à Florence.',
    );
    expect(said(index)).toEqual([expect.stringMatching(/^Marc: « Tout le monde criait/)]);
    expect(index.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Marc']);
  });

  it("a quotation after a sentence naming two people is nobody's", () => {
    const index = read('Marc Roux et Anne Morel sont arrivés. « Il y avait du monde. »');
    expect(index.statements).toHaveLength(0);
  });
});

describe('a mood between the verb and its source', () => {
  it('"a admis, troublé, le bourgmestre du village, X" and "a lâché, visiblement amusé, le joueur X"', () => {
    const index = read(
      "« Nous sommes sous le choc », a admis, troublé, le bourgmestre du village, Paul Roux. « C'est fini », a lâché, visiblement amusé, le joueur Marc Olivier.",
    );
    expect(said(index)).toEqual(['Paul Roux: « Nous sommes sous le choc »', "Marc Olivier: « C'est fini »"]);
  });
});

describe('"selon" after a conjunction, and figures as a source', () => {
  it('"…, car selon les relevés de l\'Agence Santé Veille publiés mercredi, les cas reculent"', () => {
    const index = read(
      "La vague semble passée, car selon les relevés de l'Agence Santé Veille publiés mercredi, les cas de grippe reculent.",
    );
    expect(said(index)).toEqual([expect.stringMatching(/Santé Veille: .*les cas de grippe reculent$/)]);
  });
});

describe('organisation names do not swallow the verb', () => {
  it('"Le Parlement demande …", "Le Parlement allemand demande …", and a subordinate clause is nobody', () => {
    const index = read(
      'Le Parlement demande une enquête. Le Parlement allemand demande des armes. Si actuellement les crues menacent le pays, ce système peut aussi servir.',
    );
    expect(index.entities.filter((e) => e.kind === 'organisation').map((e) => e.name)).toEqual([
      'Parlement',
      'Parlement allemand',
    ]);
    expect(said(index)).toEqual(['Parlement: une enquête', 'Parlement allemand: des armes']);
  });
});

describe('a study speaks for who published it', () => {
  it('"D\'après une étude publiée par l\'Institut X, …"; a poll still speaks for itself', () => {
    const index = read(
      "D'après une étude publiée par l'Institut des sols de Rennes, les vergers manquent d'eau. Selon un sondage Ifop pour Le Monde, la candidate recueillerait 30 % des voix.",
    );
    expect(said(index)).toEqual([
      "Institut des sols de Rennes: les vergers manquent d'eau",
      'Sondage Ifop: la candidate recueillerait 30 % des voix',
    ]);
  });
});

describe('courtroom reporting', () => {
  it('"se défend le prévenu par la voix de son avocat" and a dialogue dash before the quotation', () => {
    const index = read(
      "« J'avais faim », se défend le prévenu par la voix de son conseil. — « Oui, le vol est grave, concède son avocate. Mais il avait faim. »",
    );
    expect(said(index)).toEqual([
      "Prévenu: « J'avais faim »",
      expect.stringMatching(/^Son avocate: « Oui, le vol est grave » … « Mais il avait faim. »$/),
    ]);
  });
});

describe('"rapporter" reports with a clause, a quotation or after the words', () => {
  it('"…, a rapporté le préfet, X" and "a rapporté que …"; "a rapporté des souvenirs" does not', () => {
    const index = read(
      'Le blessé était « dans un état grave », a rapporté le préfet du Var, Léon Marchal. Il a rapporté des souvenirs de voyage. Le maire Paul Roux a rapporté que la porte était ouverte.',
    );
    expect(said(index)).toEqual([
      expect.stringMatching(/^Léon Marchal: Le blessé était « dans un état grave »/),
      'Paul Roux: la porte était ouverte',
    ]);
  });

  it('"a constaté que …" and "a asséné" report; "ont constaté des dégâts" does not', () => {
    const index = read(
      "Le maire Paul Roux a constaté que la digue avait cédé. Les pompiers ont constaté des dégâts. « C'est fini », a asséné Marc Olivier.",
    );
    expect(said(index)).toEqual(['Paul Roux: la digue avait cédé', "Marc Olivier: « C'est fini »"]);
  });
});

describe('"selon qui", bullets before "Selon", descriptions that are no reports', () => {
  it('"…, a annoncé le conseiller Pascal Roux, selon qui « … »": both statements are his', () => {
    const index = read(
      'Plusieurs quartiers ont été évacués, a annoncé le conseiller municipal Pascal Roux, selon qui « tout est prêt » pour la nuit.',
    );
    expect(said(index)).toEqual([
      'Pascal Roux: Plusieurs quartiers ont été évacués',
      'Pascal Roux: « tout est prêt » pour la nuit',
    ]);
  });

  it('"- Selon le ministère de l\'Agriculture, …" in a list', () => {
    const index = buildIndex(
      "Ce qu'il faut savoir :\n\n- Selon le ministère de l'Agriculture, vingt fermes sont touchées dans l'Aude.",
      meta,
    );
    expect(said(index)).toEqual(["ministère de l'Agriculture: vingt fermes sont touchées dans l'Aude"]);
  });

  it('"un homme décrit comme instable", "le journal en dit plus", "ce sont les crues qui menacent" report nothing', () => {
    const index = read(
      'Un homme décrit comme instable. Le journal en dit plus sur ce danger. Si actuellement ce sont les crues qui menacent le pays, le système sert aussi. Le maire Paul Roux décrit une situation grave.',
    );
    expect(said(index)).toEqual(['Paul Roux: une situation grave']);
  });
});

describe('case names are not people', () => {
  it('"Affaire Roux", "Procès Morel": the person is Paul Roux, named later', () => {
    const index = read('Affaire Roux : une perquisition a eu lieu. « Rien à cacher », a déclaré Paul Roux.');
    expect(index.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Paul Roux']);
  });
});

describe('a club or party in brackets after a name', () => {
  it('"Luc Morin (Lyon)", "Jean Dupont (LR)": their affiliation, when nothing else says their role', () => {
    const index = read(
      '« Une belle victoire », a dit Luc Morin (Lyon). Le député Jean Dupont (LR) a dénoncé le texte.',
    );
    expect(index.entities.find((e) => e.name === 'Luc Morin')?.role).toBe('Lyon');
    expect(index.entities.find((e) => e.name === 'Jean Dupont')?.role).toBe('député');
    expect(index.entities.find((e) => e.name === 'Jean Dupont')?.aliases).toContain('LR');
  });
});

describe('a document published to report', () => {
  it('"a diffusé une lettre pour dénoncer le plan de …"', () => {
    const index = read(
      'La semaine dernière, la Fédération des artisans a diffusé une lettre pour dénoncer le plan de fermeture des ateliers.',
    );
    expect(said(index)).toEqual(['Fédération des artisans: le plan de fermeture des ateliers']);
    expect(index.statements[0]!.time?.text).toBe('La semaine dernière');
  });
});
