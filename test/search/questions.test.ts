// Questions as real readers ask them (issue 9), on an article written for this test: verbs of the same meaning,
// English inflection, texted question words, circumstances after a name, "Selon qui", yes/no, "Pourquoi", times.

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { engineOptions, readAliasGroups, readVerbClasses } from '../../src/load.ts';
import { causeClause, createEngine } from '../../src/search/engine.ts';
import { cognates, englishLemmas } from '../../src/search/english.ts';
import { route } from '../../src/search/intent.ts';
import { renderAnswer } from '../../src/render-text.ts';
import { VerbClasses } from '../../src/search/verb-classes.ts';

const ARTICLE = `Fermeture de l'école de Montbrison : le maire dément, les parents s'inquiètent

Le maire de Montbrison, Paul Verdier, a démenti mardi toute fermeture de l'école des Tilleuls. « Aucune classe ne sera supprimée à la rentrée », a-t-il assuré devant le conseil municipal.

Claire Fontaine, présidente de l'association des parents d'élèves, a averti que les familles manifesteraient si le rectorat maintenait son projet. « Nous ne lâcherons rien », a-t-elle lancé à la sortie de la réunion.

Selon le rectorat, les effectifs ont baissé de 12 % en trois ans. Le recteur, Marc Aubry, a promis mercredi de réunir les élus avant la fin du mois afin de rassurer les familles.

Claire Fontaine regrette que les parents n'aient pas été consultés, car ils ont appris la nouvelle par la presse.

Le directeur de l'école, Jean Morel, a rappelé jeudi que l'établissement accueillait encore 140 élèves. « Nos enseignants sont inquiets, mais ils restent mobilisés », a-t-il confié au Progrès.`;

const engine = createEngine(
  buildIndex(
    ARTICLE,
    { title: 'École des Tilleuls', language: 'fr', source: null, published: '2026-03-10' },
    readAliasGroups(),
  ),
  engineOptions(),
);
const first = (q: string) => engine.ask(q).results[0];
const speakerOf = (q: string) => first(q)?.speaker ?? null;

describe('reporting verbs by meaning, in French and in English', () => {
  it.each([
    ["Qui a nié la fermeture de l'école ?", 'Paul Verdier'],
    ["Qui a contesté la fermeture de l'école ?", 'Paul Verdier'],
    ['Who denied that the school would close?', 'Paul Verdier'],
    ['Qui a alerté sur une manifestation des familles ?', 'Claire Fontaine'],
    ['Qui a mis en garde contre une manifestation des familles ?', 'Claire Fontaine'],
    ['Who warned that families would protest?', 'Claire Fontaine'],
    ["Qui déplore que les parents n'aient pas été consultés ?", 'Claire Fontaine'],
    ['Who promised to gather the elected officials?', 'Marc Aubry'],
    ['Who reminded that the school still had 140 pupils?', 'Jean Morel'],
  ])('%s -> %s', (q, speaker) => {
    expect(speakerOf(q)).toBe(speaker);
  });

  it('a verb of the question keeps its near-synonyms: tranquilliser ~ rassurer, in any inflection', () => {
    expect(speakerOf('Qui veut tranquilliser les familles ?')).toBe('Marc Aubry');
    expect(speakerOf('Qui tranquillise les familles ?')).toBe('Marc Aubry');
  });

  it("Qu'a promis le recteur ? -> the promise first", () => {
    expect(first("Qu'a promis le recteur ?")?.statement).toContain('réunir les élus');
  });

  it('classes are read from the data file: a question verb and a statement verb of one class meet', () => {
    const classes = new VerbClasses(readVerbClasses());
    expect(classes.ofWord('nie')).toContain('deny');
    expect(classes.ofWord('dementi')).toContain('deny');
    expect(classes.ofWord('denied')).toContain('deny');
    expect(
      classes.ofStatement('mis', classes.phraseHeads('Le préfet a mis en garde les automobilistes.')),
    ).toContain('warn');
    expect(
      classes
        .inQuestion('Qui a averti les habitants ?')
        .map((v) => v.classes.flat())
        .flat(),
    ).toContain('warn');
    // A noun is not a verb: "le juge" asks about a judge, not about someone who judged.
    expect(classes.inQuestion('Quel âge a le juge du tribunal ?')).toEqual([]);
  });

  it('an unrelated denial is still an honest miss', () => {
    expect(engine.ask('Qui a nié la hausse des impôts ?').found).toBe(false);
  });
});

describe('English inflection and cognates', () => {
  it.each([
    ['reminded', 'remind'],
    ['told', 'tell'],
    ['said', 'say'],
    ['troops', 'troop'],
    ['countries', 'country'],
    ['stopped', 'stop'],
    ['denied', 'deny'],
    ['making', 'make'],
  ])('%s -> %s', (word, lemma) => {
    expect(englishLemmas(word)).toContain(lemma);
  });

  it.each([
    ['negotiations', 'negociation'],
    ['hospital', 'hopital'],
    ['military', 'militaire'],
    ['official', 'officiel'],
  ])('%s ~ %s', (word, french) => {
    expect(cognates(word)).toContain(french);
  });
});

describe('the speaker, then when or where it was said', () => {
  it("Qu'a dit Claire Fontaine à la sortie de la réunion ? -> her words, not an audience named « la sortie »", () => {
    const a = engine.ask("Qu'a dit Claire Fontaine à la sortie de la réunion ?");
    expect(a.found).toBe(true);
    expect(a.results.every((r) => r.speaker === 'Claire Fontaine')).toBe(true);
  });

  it("Qu'a dit Paul Verdier devant le conseil municipal ? -> his statements", () => {
    expect(speakerOf("Qu'a dit Paul Verdier devant le conseil municipal ?")).toBe('Paul Verdier');
  });

  it("Qu'a dit la présidente de l'association après la réunion ? -> found through her role", () => {
    expect(speakerOf("Qu'a dit la présidente de l'association après la réunion ?")).toBe('Claire Fontaine');
  });

  it("Qu'a dit le directeur au Progrès ? -> what he told that paper; au Monde -> honest miss", () => {
    expect(first("Qu'a dit le directeur au Progrès ?")?.statement).toContain('inquiets');
    expect(engine.ask("Qu'a dit le directeur au Monde ?").found).toBe(false);
  });

  it.each([
    "Qu'a dit Claire Fontaine aux syndicats ?",
    "Qu'a dit le directeur à la presse nationale ?",
    "Qu'a dit Paul Verdier au micro de RTL ?",
  ])('%s -> an audience nobody here spoke to: honest miss', (q) => {
    expect(engine.ask(q).found).toBe(false);
  });

  it("Qu'a reproché Claire Fontaine au rectorat pour l'école ? -> the audience, then what about", () => {
    expect(route("Qu'a reproché Claire Fontaine au rectorat pour l'école ?")).toMatchObject({
      speaker: 'claire fontaine',
      audience: 'rectorat',
      topic: "l'ecole",
    });
  });

  it("Qu'a dit Paul Verdier à Montbrison ? -> a place without an article says where, not to whom", () => {
    expect(speakerOf("Qu'a dit Paul Verdier à Montbrison ?")).toBe('Paul Verdier');
  });

  it("Qu'a dit Jean Morel sur la piscine municipale ? -> honest miss", () => {
    expect(engine.ask("Qu'a dit Jean Morel sur la piscine municipale ?").found).toBe(false);
  });
});

describe('question words as people text them', () => {
  it.each([
    ["ke dit verdier sur l'ecole", 'Paul Verdier'],
    ['ki a dit ke aucune classe ne sera supprimée', 'Paul Verdier'],
    ['fontaine a di koi', 'Claire Fontaine'],
  ])('%s -> %s', (q, speaker) => {
    expect(speakerOf(q)).toBe(speaker);
  });

  it('an elided article glued to its word: "lecole" is "l\'école" when the article knows "école"', () => {
    expect(speakerOf('ki a démenti la fermeture de lecole')).toBe('Paul Verdier');
    expect(speakerOf('ke dit laubry')).toBe('Marc Aubry');
  });

  it('routes the texted forms like the written ones', () => {
    expect(route('ke dit verdier').intent).toBe('what');
    expect(route('ki a dit ke les effectifs baissent').intent).toBe('who');
    expect(route('kan le recteur a-t-il promis').intent).toBe('when');
  });
});

describe('Selon qui, yes/no, Pourquoi', () => {
  it.each([
    ['Selon qui les effectifs ont baissé ?', 'Rectorat'],
    ['Selon qui les effectifs ont-ils baissé ?', 'Rectorat'],
    ['According to whom have enrolments fallen?', 'Rectorat'],
    ['Le recteur a-t-il promis de réunir les élus ?', 'Marc Aubry'],
  ])('%s -> %s', (q, speaker) => {
    expect(speakerOf(q)).toBe(speaker);
  });

  it('Pourquoi … ? -> the purpose clause of the matching statement', () => {
    const r = first('Pourquoi le recteur veut-il réunir les élus ?');
    expect(r?.speaker).toBe('Marc Aubry');
    expect(r?.reason).toBe('afin de rassurer les familles');
  });

  it('Why …? -> the cause clause, in an English question', () => {
    expect(first('Why does Claire Fontaine regret the decision?')?.reason).toMatch(/^car ils ont appris/);
  });

  it('Pourquoi … ? with no cause in the article -> honest miss', () => {
    expect(engine.ask('Pourquoi le directeur est-il inquiet ?').found).toBe(false);
    expect(engine.ask('Pourquoi le maire a-t-il démissionné ?').found).toBe(false);
  });

  it('causeClause: pour before a verb is a purpose, pour before a noun is not', () => {
    expect(causeClause('Il a parlé pour rassurer les habitants.', new Set())).toBe(
      'pour rassurer les habitants',
    );
    expect(causeClause('Il a voté pour la liste de gauche.', new Set())).toBeNull();
  });
});

describe("when: the statement's own time", () => {
  it.each([
    ['Quel jour le maire a-t-il démenti la fermeture ?', 'mardi'],
    ['À quel moment le recteur a-t-il promis de réunir les élus ?', 'mercredi'],
    ["Quand le directeur a-t-il rappelé le nombre d'élèves ?", 'jeudi'],
  ])('%s -> %s', (q, when) => {
    const a = engine.ask(q);
    expect(a.intent).toBe('when');
    expect(a.results[0]?.when).toBe(when);
  });

  it("a statement given no time: an honest miss, not a neighbour's time", () => {
    expect(engine.ask('Quand Claire Fontaine a-t-elle averti les familles ?').found).toBe(false);
  });
});

const HOSPITALS = `Hôpitaux : un plan d'urgence annoncé, les soignants sceptiques

La ministre de la Santé, Anne Roussel, a annoncé lundi un plan d'urgence pour les hôpitaux de la région. Le ministre du Travail, Luc Perrin, a estimé que ce plan permettrait de recruter 2 000 infirmiers.

Le directeur général de la clinique du Parc, Samuel Klein, a regretté le manque de moyens accordés aux établissements privés.`;

describe('roles: a close wording, two that fit, a time not given', () => {
  const e = createEngine(
    buildIndex(
      HOSPITALS,
      { title: 'Hôpitaux', language: 'fr', source: null, published: null },
      readAliasGroups(),
    ),
    engineOptions(),
  );

  it("Qu'a dit le ministre ? with two ministers -> both, and the answer says so", () => {
    const a = e.ask("Qu'a dit le ministre ?");
    expect(a.results.map((r) => r.speaker)).toEqual(['Anne Roussel', 'Luc Perrin']);
    expect(a.ambiguous).toEqual(['Anne Roussel', 'Luc Perrin']);
    expect(renderAnswer(a)).toContain('Plusieurs intervenants correspondent : Anne Roussel, Luc Perrin.');
  });

  it("Qu'a dit la ministre de la Santé ? -> only her: nothing ambiguous", () => {
    const a = e.ask("Qu'a dit la ministre de la Santé ?");
    expect(a.results.map((r) => r.speaker)).toEqual(['Anne Roussel']);
    expect(a.ambiguous).toBeUndefined();
  });

  it("Qu'a dit le patron de la clinique ? -> the directeur général (a near-synonym of the role)", () => {
    expect(e.ask("Qu'a dit le patron de la clinique ?").results[0]?.speaker).toBe('Samuel Klein');
  });

  it('Quand … ? for a statement with no time -> a miss that says the article does not say when', () => {
    const a = e.ask('Quand Samuel Klein a-t-il regretté le manque de moyens ?');
    expect(a.found).toBe(false);
    expect(a.note).toBe("L'article ne dit pas quand Samuel Klein l'a dit.");
    expect(renderAnswer(a)).toContain("L'article ne dit pas quand");
  });

  it('Quand … ? for a statement with its own time -> that time', () => {
    expect(e.ask('Quand la ministre a-t-elle annoncé le plan ?').results[0]?.when).toBe('lundi');
  });
});

describe('a title says the role: Me is a lawyer', () => {
  const e = createEngine(
    buildIndex(
      `Procès du braquage de Vesoul : la défense plaide l'acquittement

Me Hélène Vasseur a plaidé jeudi l'acquittement de son client. « Le dossier est vide », a-t-elle lancé aux jurés.`,
      { title: 'Vesoul', language: 'fr', source: null, published: null },
      readAliasGroups(),
    ),
    engineOptions(),
  );

  it.each(["Qu'a dit l'avocate ?", 'What did the lawyer say?'])('%s -> Me Hélène Vasseur', (q) => {
    expect(e.ask(q).results[0]?.speaker).toBe('Hélène Vasseur');
  });

  it("Qu'a dit le procureur ? -> honest miss: nobody here is one", () => {
    expect(e.ask("Qu'a dit le procureur ?").found).toBe(false);
  });
});

describe('a speaker described around the name, not in a role the indexer kept', () => {
  const e = createEngine(
    buildIndex(
      `Grève à la fonderie de Saint-Avold : la direction menace de fermer

Le ministère italien de l'Industrie a annoncé lundi l'envoi d'un médiateur. « Nous suivons le dossier de près », a déclaré le porte-parole du ministère, Paolo Renzi.

Au nom des délégués de l'intersyndicale, Julie Marchal a dénoncé un chantage à l'emploi.

Des revendications qui déplaisent fortement au patron du groupe Ferralux : interrogé mardi par Radio Lorraine, Hugo Berthier a menacé de fermer le site.

Le club de rugby de la ville, par la voix de son ancien entraîneur, Marc Tissier, a apporté son soutien aux grévistes.`,
      { title: 'Fonderie', language: 'fr', source: null, published: null },
      readAliasGroups(),
    ),
    engineOptions(),
  );

  it.each([
    ["Qu'a dit le porte-parole du ministère italien de l'Industrie ?", 'Paolo Renzi'],
    ["Qu'a dit la déléguée de l'intersyndicale ?", 'Julie Marchal'],
    ["Qu'a dit le patron de Ferralux ?", 'Hugo Berthier'],
  ])('%s -> %s', (q, who) => {
    expect(e.ask(q).results[0]?.speaker).toBe(who);
  });

  it("a name in the question's complement is who the speaker is linked to, not the speaker", () => {
    expect(e.ask("Qu'a dit l'ancien entraîneur de Hugo Berthier ?").found).toBe(false);
  });
});

describe('Qui est X ? / Who is X?', () => {
  const e = createEngine(
    buildIndex(
      `Vienne : la crue menace les quais

La crue de la Vienne inquiète les riverains. Le préfet de la Vienne, Jean-Marie Girier, s'est rendu mardi sur les quais.

« L'eau monte de deux centimètres par heure », a indiqué la maire de Châtellerault, Sandrine Roux.`,
      { title: 'Vienne', language: 'fr', source: null, published: null },
      readAliasGroups(),
    ),
    engineOptions(),
  );

  it('someone named with a role who says nothing -> the role and the sentence that names them', () => {
    const r = e.ask('Qui est Jean-Marie Girier ?').results[0];
    expect(r?.speaker).toBe('Jean-Marie Girier');
    expect(r?.role).toMatch(/préfet/);
    expect(r?.sentence).toContain('Jean-Marie Girier');
  });

  it('someone who speaks -> the role and the statements', () => {
    const r = e.ask('Who is Sandrine Roux?').results[0];
    expect(r?.speaker).toBe('Sandrine Roux');
    expect(r?.role).toMatch(/maire/);
  });

  it('someone the article does not name -> honest miss', () => {
    expect(e.ask('Qui est Paul Martin ?').found).toBe(false);
  });
});

describe('questions that ask for one kind of fact', () => {
  it('"Combien …" wants a number in the passage; a passage without one is an honest miss', () => {
    expect(first("Combien d'élèves accueille l'école ?")?.sentence).toContain('140 élèves');
    expect(engine.ask('Combien de parents ont manifesté devant le rectorat ?').found).toBe(false);
    expect(engine.ask('How many teachers are worried?').found).toBe(false);
  });

  it('"Quel est le nom de …" wants someone the article names, not one the question gave', () => {
    expect(speakerOf("Quel est le nom du directeur de l'école ?")).toBe('Jean Morel');
    expect(engine.ask("Quel est le nom de l'avocat des parents ?").found).toBe(false);
  });
});

describe('English adverbs and determiners that carry meaning', () => {
  it('"no" is "aucun", "always"/"never"/"only"/"very" have their French words', () => {
    expect(speakerOf('Who said no class would be removed?')).toBe('Paul Verdier');
    const glossary = engineOptions().glossary ?? {};
    for (const [en, fr] of <Array<[string, string]>>[
      ['no', 'aucun'],
      ['always', 'toujours'],
      ['never', 'jamais'],
      ['only', 'seul'],
      ['very', 'très'],
      ['receive', 'toucher'],
      ['suffer', 'subir'],
      ['in return', 'en contrepartie'],
    ])
      expect(glossary[en]).toContain(fr);
  });
});

describe('English verbs that begin with "a"', () => {
  it('"Who announced …", "Who asked …", "Who admitted …" keep their verb whole', () => {
    expect(route('Who announced the closure?').topic).toBe('announced the closure');
    expect(route('Who admitted the facts?').topic).toBe('admitted the facts');
    expect(route('Qui a demandé une enquête ?').topic).toBe('demande une enquete');
    expect(route('Qui a dit que la ville est propre ?').topic).toBe('la ville est propre');
  });
});
