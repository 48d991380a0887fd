// Saved news pages → articles: what Readability over linkedom keeps, what the page says about itself, and
// what the built index makes of it (headings, bylines, relative dates).

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/article/indexer.ts';
import { speakerName } from '../helpers.ts';
import { decodeHtml } from '../../src/import/charset.ts';
import { articleFromHtml } from '../../src/import/html-article.ts';
import { importFromBytes, indexImported } from '../../src/import/index.ts';
import { ImportError, type ImportedArticle } from '../../src/import/types.ts';
import { readAliasGroups } from '../../src/load.ts';
import { page } from './server.ts';

function fromPage(name: string, url: string | null = null): ImportedArticle {
  return articleFromHtml(decodeHtml(page(name), null), url);
}

function refusal(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('a news page with <article>, JSON-LD and OpenGraph', () => {
  const article = fromPage(
    'courrier-crue.html',
    'https://www.courrier-du-val.example/region/crue-sorne-aides',
  );
  const index = indexImported(article, readAliasGroups());

  it('reads the metadata', () => {
    expect(article.meta).toEqual({
      title: 'Crue de la Sorne : le maire promet des aides rapides',
      language: 'fr',
      source: 'https://www.courrier-du-val.example/region/crue-sorne-aides',
      published: '2024-03-13',
      byline: 'Jeanne Martin',
      siteName: 'Le Courrier du Val',
    });
  });

  it('keeps the body, the standfirst and the subheadings, in order', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Après trois jours d'inondations/);
    expect(paragraphs[1]).toMatch(/^Le maire de Vallon-sur-Sorne, Paul Girard, a déclaré lundi/);
    expect(paragraphs.at(-1)).toMatch(/traités en priorité\.$/);
    expect(article.headings).toEqual([
      '« Nous ne céderons pas sur les délais », affirme le syndicat des assureurs',
      'Des habitants inquiets',
    ]);
    expect(paragraphs).toContain('Des habitants inquiets');
  });

  it('leaves out the headline, cookie banner, menus, caption, related links, ads, tags, sharing and comments', () => {
    for (const furniture of [
      'Crue de la Sorne : le maire promet',
      'cookies',
      'Tout accepter',
      'Sports',
      'La Sorne a débordé dans le centre',
      'Lire aussi',
      'inondations de 2018',
      'Publicité',
      'Partager',
      'Commentaires',
      'Roger',
      'Les plus lus',
      'Mentions légales',
      'Publié le',
      'avec AFP',
    ])
      expect(article.text).not.toContain(furniture);
  });

  it('never makes the byline a paragraph, an entity or a speaker', () => {
    expect(article.text).not.toMatch(/Jeanne Martin/);
    expect(index.entities.map((e) => e.name)).not.toContain('Jeanne Martin');
    expect(index.statements.map((s) => speakerName(index, s))).not.toContain('Jeanne Martin');
  });

  it('keeps headings as headings, never statements', () => {
    const headingParagraphs = index.paragraphs.filter((p) => p.kind === 'heading');
    expect(headingParagraphs.map((p) => p.text)).toEqual(article.headings);
    const headingSentences = new Set(headingParagraphs.flatMap((p) => p.sentenceIds));
    expect(headingSentences.size).toBeGreaterThan(0);
    for (const st of index.statements) expect(headingSentences.has(st.sentenceId)).toBe(false);
    // Even unmarked, as pasted text, the indexer now reads the subheading as page furniture (issue 8).
    const { title, language, source, published } = article.meta;
    const unmarked = buildIndex(article.text, { title, language, source, published });
    expect(unmarked.statements.some((s) => /céderons/.test(s.content))).toBe(false);
    expect(unmarked.paragraphs.some((p) => p.kind === 'heading' && /céderons/.test(p.text))).toBe(true);
    expect(index.statements.some((s) => /céderons/.test(s.content))).toBe(false);
  });

  it('resolves lundi and hier with the page date', () => {
    const girard = index.statements.find(
      (s) => speakerName(index, s) === 'Paul Girard' && s.verb === 'déclaré',
    );
    expect(girard?.time).toEqual({ text: 'lundi', date: '2024-03-11' });
    const dubois = index.statements.find(
      (s) => speakerName(index, s) === 'Claire Dubois' && s.verb === 'affirmé',
    );
    expect(dubois?.time).toEqual({ text: 'hier', date: '2024-03-12' });
  });
});

describe('a page without <article> (div layout, OpenGraph, <time>, "Par X, avec AFP")', () => {
  const article = fromPage('gazette-greve.html');
  const index = indexImported(article);

  it('reads title, site, author and the <time> date', () => {
    expect(article.meta.title).toBe('Grève des bus : la direction reçoit les syndicats');
    expect(article.meta.siteName).toBe("La Gazette de l'Estuaire");
    expect(article.meta.byline).toBe('Luc Bernard');
    expect(article.meta.published).toBe('2024-02-07');
    expect(article.meta.source).toBeNull();
  });

  it('finds the body and leaves out the furniture', () => {
    expect(article.text).toMatch(/^Le réseau de transport/);
    expect(article.text).toMatch(/Sophie Leroy, a annoncé mardi/);
    expect(article.headings).toEqual(['Des usagers à bout']);
    for (const furniture of [
      'Luc Bernard',
      'AFP',
      "S'abonner",
      "Je m'inscris",
      'Recevez chaque matin',
      'À lire aussi',
      'Dernières infos',
      'Publicité',
      'Tous droits',
    ])
      expect(article.text).not.toContain(furniture);
    expect(index.statements.map((s) => speakerName(index, s))).not.toContain('Luc Bernard');
  });

  it('dates mardi from the page', () => {
    const leroy = index.statements.find(
      (s) => speakerName(index, s) === 'Sophie Leroy' && s.verb === 'annoncé',
    );
    expect(leroy?.time).toEqual({ text: 'mardi', date: '2024-02-06' });
  });
});

describe('a windows-1252 page', () => {
  it('decodes by its <meta http-equiv> charset, including ’ œ €', () => {
    const article = importFromBytes(page('hopital-latin1.html'), { fileName: 'hopital.html' });
    expect(article.meta.title).toBe('Hôpital de Brières : les urgences ferment la nuit');
    expect(article.text).toContain("le service des urgences de l'hôpital de Brières");
    expect(article.text).toContain('prise à contrecœur');
    expect(article.text).toContain('150 000 € de moins');
    expect(article.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('takes the visible "Publié le" as the date, so hier and lundi resolve', () => {
    const article = importFromBytes(page('hopital-latin1.html'), { fileName: 'hopital.html' });
    expect(article.meta.published).toBe('2024-04-04');
    const index = indexImported(article);
    const roux = index.statements.find((s) => speakerName(index, s) === 'Étienne Roux');
    expect(roux?.time).toEqual({ text: 'hier', date: '2024-04-03' });
    const garnier = index.statements.find((s) => speakerName(index, s) === 'Hélène Garnier');
    expect(garnier?.time).toEqual({ text: 'lundi', date: '2024-04-01' });
  });

  it('honours a charset given with the bytes over a guess', () => {
    const bytes = Buffer.from(
      page('hopital-latin1.html')
        .toString('latin1')
        .replace(/<meta http-equiv[^>]*>/, ''),
      'latin1',
    );
    const article = importFromBytes(bytes, { fileName: 'x', contentType: 'text/html; charset=ISO-8859-1' });
    expect(article.text).toContain('prise à contrecœur');
  });
});

describe('pages with no article body are refused', () => {
  it.each([
    ['paywall.html', 'a paywall stub'],
    ['accueil.html', 'a home page of teasers'],
  ])('%s (%s)', (name) => {
    const err = refusal(() => fromPage(name));
    expect(err.code).toBe('no-article-body');
    expect(err.message).toMatch(/no article text/);
  });

  it('a page of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) =>
        `<p><a href="/${i}">Un article numéro ${i} sur la vie de la commune et de ses habitants</a></p>`,
    ).join('');
    expect(refusal(() => articleFromHtml(`<html><body><div>${links}</div></body></html>`)).code).toBe(
      'no-article-body',
    );
  });

  it('but a live blog, one subheading per short entry, is an article', () => {
    const entries = Array.from(
      { length: 8 },
      (_, i) =>
        `<h2>${10 + i}h00 : point de situation numéro ${i + 1}</h2><p>La préfète a indiqué que les secours poursuivaient leurs rondes dans le secteur ${i + 1}.</p>`,
    ).join('');
    const article = articleFromHtml(
      `<html><body><article><h1>En direct</h1>${entries}</article></body></html>`,
    );
    expect(article.headings).toHaveLength(8);
  });

  it('a wrapper with a furniture class is kept when it holds the article body', () => {
    const html = `<html><body><div class="sponsored"><div itemprop="articleBody"><p>${'Le préfet a déclaré hier que la route serait rouverte rapidement aux automobilistes. '.repeat(6)}</p></div></div></body></html>`;
    expect(articleFromHtml(html).text).toMatch(/^Le préfet a déclaré hier/);
  });

  it('an empty page', () => {
    expect(refusal(() => articleFromHtml('<html><body></body></html>')).code).toBe('no-article-body');
  });
});

describe('a signature in the body, with no author declared', () => {
  const paragraph =
    'Le préfet a déclaré hier que la route serait rouverte rapidement aux automobilistes. '.repeat(6);
  const html = `<html lang="fr"><head><title>La route rouverte</title></head><body><article><h1>La route rouverte</h1>
    <p>Par Paul Roche, correspondant à Brières</p><p>${paragraph}</p><p>${paragraph}</p><p>Avec AFP.</p></article></body></html>`;

  it('becomes the byline, not a paragraph', () => {
    const article = articleFromHtml(html);
    expect(article.meta.byline).toBe('Paul Roche, correspondant à Brières');
    expect(article.text).not.toMatch(/Paul Roche|AFP/);
    expect(article.text.split('\n\n')).toHaveLength(2);
  });
});

describe('the headline', () => {
  it('is left out even when it is worded differently from the declared title', () => {
    const paragraph =
      'Le préfet a déclaré hier que la route serait rouverte rapidement aux automobilistes. '.repeat(6);
    const html = `<html><head><meta property="og:title" content="Route : réouverture"></head><body><article>
      <h1>La route départementale rouverte dès la semaine prochaine</h1><p>${paragraph}</p></article></body></html>`;
    const article = articleFromHtml(html);
    expect(article.meta.title).toBe('Route : réouverture');
    expect(article.text).not.toMatch(/départementale/);
    expect(article.headings).toEqual([]);
  });
});

describe('invisible characters and decomposed accents', () => {
  it('are cleaned so the words match', () => {
    const sentence = 'La légitimité doit être méritée, a déclaré le ministre hier. ';
    const decomposed = sentence.normalize('NFD').replace('doit', 'do\u200Bit').replace('gi', 'gi\u00AD');
    expect(decomposed).not.toContain('légitimité');
    const article = articleFromHtml(
      `<html><body><article><p>${decomposed.repeat(8)}</p></article></body></html>`,
    );
    expect(article.text.startsWith(sentence)).toBe(true);
  });
});

describe('date lines', () => {
  const paragraph =
    'Le préfet a déclaré hier que la route serait rouverte rapidement aux automobilistes. '.repeat(6);
  const text = (line: string) =>
    articleFromHtml(`<html><body><article><p>${line}</p><p>${paragraph}</p></article></body></html>`).text;

  it.each([
    'Publié le 13 mars 2024 à 7h45, mis à jour à 11h02',
    'Publié le 13/03/2024 à 07:45',
    'Mis à jour le mercredi 13 mars 2024 à 11 h 02 (CET)',
  ])('drops "%s"', (line) => {
    expect(text(line)).not.toContain(line.slice(0, 10));
  });

  it('keeps a sentence that only starts like one', () => {
    expect(text('Publié le 3 mars 2024, le rapport de la Cour des comptes a fait grand bruit.')).toMatch(
      /^Publié le 3 mars/,
    );
  });
});

describe('metadata sources', () => {
  const body = `<article><p>${'Le préfet a déclaré hier que la route serait rouverte rapidement aux automobilistes. '.repeat(6)}</p></article>`;
  it.each([
    [
      'JSON-LD datePublished in @graph',
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-11-02T09:00:00Z"}]}</script>`,
      '2023-11-02',
    ],
    ['itemprop datePublished', `<meta itemprop="datePublished" content="2023-11-03">`, '2023-11-03'],
    [
      'a broken JSON-LD next to OpenGraph',
      `<script type="application/ld+json">{oops</script><meta property="article:published_time" content="2023-11-04T10:00:00+01:00">`,
      '2023-11-04',
    ],
    [
      'a UTC time late in the evening: the Paris day',
      `<meta property="article:published_time" content="2023-11-04T23:30:00Z">`,
      '2023-11-05',
    ],
    [
      'a UTC time in the afternoon',
      `<meta property="article:published_time" content="2023-11-04T14:00:00.000Z">`,
      '2023-11-04',
    ],
    [
      'an explicit offset: the day as written',
      `<meta property="article:published_time" content="2023-11-04T23:30:00-05:00">`,
      '2023-11-04',
    ],
    [
      'an impossible date',
      `<meta property="article:published_time" content="2023-02-30T10:00:00+01:00">`,
      null,
    ],
    ['nothing', '', null],
  ])('%s', (_name, head, published) => {
    const article = articleFromHtml(`<html lang="fr"><head>${head}</head><body>${body}</body></html>`);
    expect(article.meta.published).toBe(published);
  });

  it('does not date the article from a <time> in a list of other articles', () => {
    const html = `<html><body>${body}<ul><li><a href="/x">Autre</a> <time datetime="2020-01-01">1er janvier 2020</time></li></ul></body></html>`;
    expect(articleFromHtml(html).meta.published).toBeNull();
  });
});
