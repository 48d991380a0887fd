// Reporting verbs: lemmas in, every inflected form a news article uses out (generated, not listed).

/** Regular first-group verbs (-er), by lemma. */
const ER_VERBS = `
déclarer affirmer annoncer confirmer estimer ajouter expliquer indiquer préciser souligner assurer noter
observer insister dénoncer critiquer saluer regretter nier menacer exhorter demander réclamer exiger
proposer suggérer rétorquer répliquer lancer confier raconter témoigner certifier juger considérer penser
espérer redouter déplorer condamner accuser marteler plaider avancer évoquer mentionner signaler relever
commenter résumer enchaîner tweeter publier informer rappeler révéler argumenter alerter s'inquiéter
féliciter protester contester réfuter rejeter qualifier appeler présenter jurer souhaiter recommander
préconiser énoncer formuler signifier notifier clamer proclamer s'exclamer chuchoter murmurer crier
détailler répéter reprocher exprimer minimiser nuancer tempérer avouer concéder trancher glisser ironiser
fustiger lâcher souffler analyser interroger questionner objecter s'alarmer s'insurger pointer
relativiser assumer temporiser tacler railler s'indigner réitérer compléter développer exposer illustrer
continuer reprendre sourire s'amuser
s'étonner s'agacer s'interroger désoler décrypter raisonner renseigner rassurer tonner narrer relater
s'expliquer plaisanter sermonner recadrer invectiver sommer implorer supplier conjurer démontrer prôner vanter
louer encenser épingler étriller s'offusquer s'épancher se-confier se-lamenter s'écrier s'esclaffer balayer
écarter réaffirmer revendiquer dénier récuser rapporter dévoiler constater remarquer asséner confesser
`;

/** Regular second-group verbs (-ir, -issent). */
const IR_VERBS = `garantir rétablir renchérir réfléchir avertir réagir applaudir réjouir`;

/** Verbs whose forms do not follow the -er pattern: lemma -> [present 3s, present 3p, participle, stem for imparfait/futur]. */
const IRREGULAR: Record<
  string,
  { pres3s: string[]; pres3p: string[]; participle: string; imparfait: string; futur: string }
> = {
  dire: { pres3s: ['dit'], pres3p: ['disent'], participle: 'dit', imparfait: 'dis', futur: 'dir' },
  écrire: {
    pres3s: ['écrit'],
    pres3p: ['écrivent'],
    participle: 'écrit',
    imparfait: 'écriv',
    futur: 'écrir',
  },
  croire: { pres3s: ['croit'], pres3p: ['croient'], participle: 'cru', imparfait: 'croy', futur: 'croir' },
  admettre: {
    pres3s: ['admet'],
    pres3p: ['admettent'],
    participle: 'admis',
    imparfait: 'admett',
    futur: 'admettr',
  },
  promettre: {
    pres3s: ['promet'],
    pres3p: ['promettent'],
    participle: 'promis',
    imparfait: 'promett',
    futur: 'promettr',
  },
  reconnaître: {
    pres3s: ['reconnaît', 'reconnait'],
    pres3p: ['reconnaissent'],
    participle: 'reconnu',
    imparfait: 'reconnaiss',
    futur: 'reconnaîtr',
  },
  soutenir: {
    pres3s: ['soutient'],
    pres3p: ['soutiennent'],
    participle: 'soutenu',
    imparfait: 'souten',
    futur: 'soutiendr',
  },
  maintenir: {
    pres3s: ['maintient'],
    pres3p: ['maintiennent'],
    participle: 'maintenu',
    imparfait: 'mainten',
    futur: 'maintiendr',
  },
  prévenir: {
    pres3s: ['prévient'],
    pres3p: ['préviennent'],
    participle: 'prévenu',
    imparfait: 'préven',
    futur: 'préviendr',
  },
  répondre: {
    pres3s: ['répond'],
    pres3p: ['répondent'],
    participle: 'répondu',
    imparfait: 'répond',
    futur: 'répondr',
  },
  craindre: {
    pres3s: ['craint'],
    pres3p: ['craignent'],
    participle: 'craint',
    imparfait: 'craign',
    futur: 'craindr',
  },
  conclure: {
    pres3s: ['conclut'],
    pres3p: ['concluent'],
    participle: 'conclu',
    imparfait: 'conclu',
    futur: 'conclur',
  },
  avertir: {
    pres3s: ['avertit'],
    pres3p: ['avertissent'],
    participle: 'averti',
    imparfait: 'avertiss',
    futur: 'avertir',
  },
  prédire: {
    pres3s: ['prédit'],
    pres3p: ['prédisent'],
    participle: 'prédit',
    imparfait: 'prédis',
    futur: 'prédir',
  },
  défendre: {
    pres3s: ['défend'],
    pres3p: ['défendent'],
    participle: 'défendu',
    imparfait: 'défend',
    futur: 'défendr',
  },
  prévoir: {
    pres3s: ['prévoit'],
    pres3p: ['prévoient'],
    participle: 'prévu',
    imparfait: 'prévoy',
    futur: 'prévoir',
  },
  démentir: {
    pres3s: ['dément'],
    pres3p: ['démentent'],
    participle: 'démenti',
    imparfait: 'dément',
    futur: 'démentir',
  },
  poursuivre: {
    pres3s: ['poursuit'],
    pres3p: ['poursuivent'],
    participle: 'poursuivi',
    imparfait: 'poursuiv',
    futur: 'poursuivr',
  },
  rétablir: {
    pres3s: ['rétablit'],
    pres3p: ['rétablissent'],
    participle: 'rétabli',
    imparfait: 'rétabliss',
    futur: 'rétablir',
  },
  réagir: {
    pres3s: ['réagit'],
    pres3p: ['réagissent'],
    participle: 'réagi',
    imparfait: 'réagiss',
    futur: 'réagir',
  },
  décrire: {
    pres3s: ['décrit'],
    pres3p: ['décrivent'],
    participle: 'décrit',
    imparfait: 'décriv',
    futur: 'décrir',
  },
  exclure: {
    pres3s: ['exclut'],
    pres3p: ['excluent'],
    participle: 'exclu',
    imparfait: 'exclu',
    futur: 'exclur',
  },
  mettre: { pres3s: ['met'], pres3p: ['mettent'], participle: 'mis', imparfait: 'mett', futur: 'mettr' },
  requérir: {
    pres3s: ['requiert'],
    pres3p: ['requièrent'],
    participle: 'requis',
    imparfait: 'requér',
    futur: 'requerr',
  },
  contredire: {
    pres3s: ['contredit'],
    pres3p: ['contredisent'],
    participle: 'contredit',
    imparfait: 'contredis',
    futur: 'contredir',
  },
  plaindre: {
    pres3s: ['plaint'],
    pres3p: ['plaignent'],
    participle: 'plaint',
    imparfait: 'plaign',
    futur: 'plaindr',
  },
};

/** Passé simple (3rd person singular, plural) of the irregular verbs, where it is not the imparfait's stem + a. */
const PASSE_SIMPLE: Record<string, [string, string]> = {
  dire: ['dit', 'dirent'],
  écrire: ['écrivit', 'écrivirent'],
  croire: ['crut', 'crurent'],
  admettre: ['admit', 'admirent'],
  promettre: ['promit', 'promirent'],
  reconnaître: ['reconnut', 'reconnurent'],
  soutenir: ['soutint', 'soutinrent'],
  maintenir: ['maintint', 'maintinrent'],
  prévenir: ['prévint', 'prévinrent'],
  répondre: ['répondit', 'répondirent'],
  craindre: ['craignit', 'craignirent'],
  conclure: ['conclut', 'conclurent'],
  avertir: ['avertit', 'avertirent'],
  prédire: ['prédit', 'prédirent'],
  défendre: ['défendit', 'défendirent'],
  prévoir: ['prévit', 'prévirent'],
  démentir: ['démentit', 'démentirent'],
  poursuivre: ['poursuivit', 'poursuivirent'],
  rétablir: ['rétablit', 'rétablirent'],
  réagir: ['réagit', 'réagirent'],
  décrire: ['décrivit', 'décrivirent'],
  exclure: ['exclut', 'exclurent'],
  mettre: ['mit', 'mirent'],
  requérir: ['requit', 'requirent'],
  contredire: ['contredit', 'contredirent'],
  plaindre: ['plaignit', 'plaignirent'],
};

/** Auxiliaries of compound tenses with avoir: "a déclaré", "aurait affirmé" (the conditional marks hedged reports). */
export const COMPOUND_AUXILIARIES: ReadonlySet<string> = new Set(
  // "après que le ministre ait dénoncé": newsrooms write the subjunctive after "après que" too.
  `a ont avait avaient aurait auraient aura auront eut ait aient`.split(/\s+/),
);
/** Every auxiliary, être included: none of them can be part of a role ("le ministre a …"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  ...COMPOUND_AUXILIARIES,
  ...`est sont était étaient serait seraient`.split(/\s+/),
]);
export const HEDGING_AUXILIARIES = new Set(['aurait', 'auraient', 'serait', 'seraient']);

export interface VerbForm {
  lemma: string;
  /** "participle" forms need an auxiliary before them ("a déclaré"), the others stand alone ("déclare"). */
  participle: boolean;
  /** Conditional ("déclarerait"): reported, not asserted. */
  conditional: boolean;
  /** Present participle ("ajoutant", "en rappelant"): it goes on with the speaker of the clause before. */
  gerund?: boolean;
}

/**
 * Verbs that only report when they follow the quoted words ("« … », lance-t-il", "a poursuivi Me X"); elsewhere
 * they mean something else ("a lancé l'alerte", "poursuit l'enquête", "a continué sa route").
 */
export const TAIL_ONLY_LEMMAS: ReadonlySet<string> = new Set(
  `lancer glisser souffler tonner lâcher continuer reprendre poursuivre enchaîner sourire ironiser railler tacler
  s'amuser plaisanter résumer trancher balayer`.split(/\s+/),
);

/** Verbs that report only with a clause or a quotation after them: "défend l'idée que", not "défend les victimes". */
export const CLAUSE_LEMMAS: ReadonlySet<string> = new Set(
  `présenter publier lancer informer interroger questionner développer exposer illustrer
  compléter assumer témoigner rapporter dévoiler constater remarquer`.split(/\s+/),
);

/** The verbs whose present participle carries on a report: "…, a dit la ministre, ajoutant que …". */
export const GERUND_LEMMAS: ReadonlySet<string> = new Set(
  `ajouter préciser expliquer estimer affirmer assurer rappeler souligner dire déclarer indiquer dénoncer
  insister avertir prévenir expliquer jugeant juger qualifier reconnaître admettre promettre annoncer confier
  regretter déplorer évoquer plaider répéter marteler martelant`.split(/\s+/),
);

function erForms(lemma: string): Array<[string, VerbForm]> {
  const base = lemma.replace(/^s'|^se /, '').slice(0, -2);
  // Stem changes in the present and future: appeler -> appelle, rejeter -> rejette, révéler -> révèle.
  const strong = /(?:appel|jet)$/.test(base)
    ? base + base.slice(-1)
    : base.replace(/[ée]([^aeiouyéèêë][rl]?)$/, 'è$1');
  const soft = base.endsWith('c') ? base.slice(0, -1) + 'ç' : base.endsWith('g') ? base + 'e' : base;
  const form = (participle: boolean, conditional = false): VerbForm => ({ lemma, participle, conditional });
  return [
    [strong + 'e', form(false)],
    [strong + 'ent', form(false)],
    [base + 'é', form(true)],
    [base + 'ée', form(true)],
    [base + 'és', form(true)],
    [base + 'ées', form(true)],
    [soft + 'ait', form(false)],
    [soft + 'aient', form(false)],
    [soft + 'a', form(false)],
    [base + 'èrent', form(false)],
    [strong + 'era', form(false)],
    [strong + 'eront', form(false)],
    [strong + 'erait', form(false, true)],
    [strong + 'eraient', form(false, true)],
    // The traditional spellings keep the infinitive's é in the future and conditional: considérera, espérerait.
    [base + 'era', form(false)],
    [base + 'eront', form(false)],
    [base + 'erait', form(false, true)],
    [base + 'eraient', form(false, true)],
    [soft + 'ant', { ...form(false), gerund: true }],
    [base + 'er', form(false)],
  ];
}

function irregularForms(lemma: string): Array<[string, VerbForm]> {
  const v = IRREGULAR[lemma]!;
  const form = (participle: boolean, conditional = false): VerbForm => ({ lemma, participle, conditional });
  return [
    // Agreed participles: "des réserves admises", "les choses dites".
    [v.participle + 'es', form(true)],
    ...(PASSE_SIMPLE[lemma] ?? []).map((f): [string, VerbForm] => [f, form(false)]),
    [v.imparfait + 'ant', { ...form(false), gerund: true }],
    ...v.pres3s.map((f): [string, VerbForm] => [f, form(false)]),
    ...v.pres3p.map((f): [string, VerbForm] => [f, form(false)]),
    [v.participle, form(true)],
    [v.participle + (v.participle.endsWith('s') ? '' : 's'), form(true)],
    [v.participle + 'e', form(true)],
    [v.imparfait + 'ait', form(false)],
    [v.imparfait + 'aient', form(false)],
    [v.futur + 'a', form(false)],
    [v.futur + 'ont', form(false)],
    [v.futur + 'ait', form(false, true)],
    [v.futur + 'aient', form(false, true)],
    [lemma, form(false)],
  ];
}

function irForms(lemma: string): Array<[string, VerbForm]> {
  const base = lemma.slice(0, -2);
  const form = (participle: boolean, conditional = false): VerbForm => ({ lemma, participle, conditional });
  return [
    [base + 'it', form(false)],
    [base + 'issent', form(false)],
    [base + 'i', form(true)],
    [base + 'ie', form(true)],
    [base + 'is', form(true)],
    [base + 'issait', form(false)],
    [base + 'issaient', form(false)],
    [base + 'issant', { ...form(false), gerund: true }],
    [base + 'irent', form(false)],
    [lemma + 'a', form(false)],
    [lemma + 'ont', form(false)],
    [lemma + 'ait', form(false, true)],
    [lemma + 'aient', form(false, true)],
    [lemma, form(false)],
  ];
}

function buildLexicon(): Map<string, VerbForm> {
  const lexicon = new Map<string, VerbForm>();
  const add = ([surface, form]: [string, VerbForm]) => {
    if (!lexicon.has(surface)) lexicon.set(surface, form);
  };
  for (const lemma of Object.keys(IRREGULAR)) irregularForms(lemma).forEach(add);
  for (const lemma of new Set(
    ER_VERBS.split(/\s+/)
      .filter(Boolean)
      .map((l) => l.replace('-', ' ')),
  )) {
    if (IRREGULAR[lemma]) continue;
    if (lemma.endsWith('er')) erForms(lemma).forEach(add);
  }
  for (const lemma of IR_VERBS.split(/\s+/)) if (!IRREGULAR[lemma]) irForms(lemma).forEach(add);
  return lexicon;
}

/** Surface form (lowercase, with accents) -> lemma and tense facts. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbForm> = buildLexicon();

/** Forms that are a present and a participle at once ("il dit", "a-t-il dit"; "écrit", "prédit"). */
export const SHARED_PARTICIPLES: ReadonlySet<string> = new Set(
  Object.values(IRREGULAR)
    .filter((v) => v.pres3s.includes(v.participle))
    .map((v) => v.participle),
);

export function reportingLemmas(): string[] {
  return [...new Set([...REPORTING_VERBS.values()].map((v) => v.lemma))].sort();
}

/** Predicates of opinion that report a stance without a speech verb: "sont sceptiques quant à". */
export const STANCE_ADJECTIVES = new Set([
  'sceptique',
  'sceptiques',
  'inquiet',
  'inquiets',
  'inquiète',
  'inquiètes',
  'convaincu',
  'convaincus',
  'convaincue',
  'convaincues',
  'persuadé',
  'persuadés',
  'persuadée',
  'persuadées',
  'optimiste',
  'optimistes',
  'pessimiste',
  'pessimistes',
  'favorable',
  'favorables',
  'opposé',
  'opposés',
  'opposée',
  'opposées',
  'confiant',
  'confiants',
  'confiante',
  'confiantes',
  'prudent',
  'prudents',
  'prudente',
  'prudentes',
  'critique',
  'critiques',
  'divisé',
  'divisés',
  'divisée',
  'divisées',
  'réservé',
  'réservés',
  'sûr',
  'sûrs',
  'certain',
  'certains',
  'certaine',
  'certaines',
]);

/** Nouns that report what someone gave or said: "l'assurance de X que …". */
export const REPORTING_NOUNS = new Set([
  'assurance',
  'promesse',
  'garantie',
  'engagement',
  'confirmation',
  'avertissement',
  'annonce',
  'aveu',
  'déclaration',
  'message',
]);
