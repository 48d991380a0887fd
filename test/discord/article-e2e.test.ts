// /article end to end: the real discord.js client against the fake Discord, a real library over a temporary SQLite
// file, and French test pages served from 127.0.0.1. Load from a link and from a file, answers from the loaded
// article, other servers and DMs unaffected, use/list/remove, the Manage Server check, bad input, buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentOption,
  button,
  slashCommand,
  stringOption,
  subcommand,
  autocomplete,
  type Option,
  type Who,
} from '../fake-discord/payloads.ts';
import type { Scope } from '../../src/storage/types.ts';
import { realEngine } from './helpers/engine.ts';
import { EPHEMERAL, startArticleHarness, type ArticleHarness } from './helpers/articles.ts';
import { expectWellFormed, type MessageData } from './helpers/limits-check.ts';
import { PORT_PAGE, SCHOOL_PAGE, SCHOOL_TEXT, startPageServer, type PageServer } from './helpers/pages.ts';

let a: ArticleHarness;
let pages: PageServer;
let defaultTitle: string;
let G1: string, G2: string, G3: string;
const allowPrivate = process.env.ARTICLE_FETCH_ALLOW_PRIVATE;

beforeAll(async () => {
  // The test pages are on 127.0.0.1, which the importer refuses unless told otherwise.
  process.env.ARTICLE_FETCH_ALLOW_PRIVATE = '1';
  const engine = await realEngine();
  defaultTitle = engine.index.meta.title;
  a = await startArticleHarness(engine);
  [G1, G2, G3] = a.guilds;
  pages = await startPageServer();
});
afterAll(async () => {
  await a?.stop();
  await pages?.close();
  if (allowPrivate === undefined) delete process.env.ARTICLE_FETCH_ALLOW_PRIVATE;
  else process.env.ARTICLE_FETCH_ALLOW_PRIVATE = allowPrivate;
});

const article = (sub: string, options: Option[], who: Who, resolved?: Parameters<typeof slashCommand>[3]) =>
  a.send(slashCommand('article', [subcommand(sub, options)], who, resolved));
const loadUrl = (path: string, who: Who) => article('load', [stringOption('url', pages.url(path))], who);
const ask = (question: string, who: Who) =>
  a.send(slashCommand('ask', [stringOption('question', question)], who));
const footer = (m: MessageData) => m.embeds?.[0]?.footer?.text ?? '';
const fieldsOf = (m: MessageData) =>
  Object.fromEntries((m.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
const scope = (g: string): Scope => `guild:${g}`;

const PORT_QUESTION = 'Qui a dit que les chalutiers partiront vers d’autres ports ?';

describe('load from a link', () => {
  it('defers privately, then says what it read; the article becomes current and answers name it', async () => {
    const { callback, final } = await loadUrl('/port.html', a.admin(G1));
    expect(callback.type).toBe(5);
    expect(callback.data!.flags).toBe(EPHEMERAL);
    expectWellFormed(final);
    expect(final.embeds![0]!.title).toBe(PORT_PAGE.title);
    const f = fieldsOf(final);
    expect(f['Date de publication']).toBe('12 mars 2026');
    expect(f['Paragraphes']).toBe(String(PORT_PAGE.paragraphs.length));
    expect(Number(f['Déclarations trouvées'])).toBeGreaterThan(0);
    expect(Object.keys(f).some((k) => k.startsWith('Intervenants trouvés'))).toBe(true);
    expect(f['Source']).toContain('/port.html');

    const answer = await ask(PORT_QUESTION, a.admin(G1, { userId: '500000000000000009', permissions: '0' }));
    expectWellFormed(answer.final);
    expect(footer(answer.final)).toContain(`Article : ${PORT_PAGE.title}`);
    expect(answer.final.embeds![0]!.description).toMatch(/chalutiers/);
  });

  it('/article info shows title, source, date, byline and speakers to anyone', async () => {
    const { final } = await article('info', [], a.member(G1));
    const f = fieldsOf(final);
    expect(final.embeds![0]!.title).toBe(PORT_PAGE.title);
    expect(f['Auteur']).toBe(PORT_PAGE.author);
    expect(f['Intervenants trouvés']).toMatch(/\w/);
    expect(f['Date de publication']).toBe('12 mars 2026');
  });

  it('another server still answers from the default article', async () => {
    const info = await article('info', [], a.member(G3));
    expect(info.final.embeds![0]!.title).toBe(defaultTitle);
    const answer = await ask(
      'Qui a dit que les talibans doivent respecter leurs engagements ?',
      a.member(G3),
    );
    expect(footer(answer.final)).toContain(`Article : ${defaultTitle}`);
  });

  it('loading the same page again is the same article, made current again', async () => {
    const before = await a.opened.store.countArticles(scope(G1));
    const { final } = await loadUrl('/port.html', a.admin(G1));
    expect(final.embeds![0]!.description).toMatch(/déjà chargé/);
    expect(await a.opened.store.countArticles(scope(G1))).toBe(before);
  });
});

describe('load from a file', () => {
  it('an attachment served from the fake Discord’s own address', async () => {
    const file = a.h.fake.attach('ecole.txt', SCHOOL_TEXT);
    const { callback, final } = await article('load', [attachmentOption('file', file.id)], a.admin(G2), {
      attachments: { [file.id]: file },
    });
    expect(callback.type).toBe(5);
    expectWellFormed(final);
    expect(fieldsOf(final)['Source']).toBe('ecole.txt');
    const answer = await ask('Qui a confirmé que deux postes d’enseignants seraient créés ?', a.admin(G2));
    expect(footer(answer.final)).toContain((await a.opened.store.currentArticle(scope(G2), null))!.title);
    expect(answer.final.embeds![0]!.author!.name).toMatch(/Vasselin/);
  });
});

describe('list, use, remove', () => {
  it('lists this server’s articles with the current one marked; use switches, per channel or server', async () => {
    await loadUrl('/ecole.html', a.admin(G1));
    const list = await article('list', [], a.member(G1));
    const lines = list.final.embeds![0]!.description!.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('courant'))).toContain(SCHOOL_PAGE.title);

    // Autocomplete over this server's titles; the value is the id.
    const ac = await a.h.send(
      autocomplete(
        'article',
        [{ name: 'use', type: 1, options: [stringOption('name', 'port', true)] }],
        a.admin(G1),
      ),
    );
    expect(ac.type).toBe(8);
    const choice = ac.data!.choices!.find((c) => c.name.includes('Saint-Brévin'))!;
    expect(choice.value).toMatch(/^a[0-9a-z]{11}$/);

    const here = a.admin(G1, { channelId: '600000000000000777' });
    const used = await article(
      'use',
      [stringOption('name', choice.value), stringOption('scope', 'channel')],
      here,
    );
    expect(used.final.flags).toBe(EPHEMERAL);
    expect(used.final.content).toContain('de ce salon');
    expect(footer((await ask(PORT_QUESTION, here)).final)).toContain(PORT_PAGE.title);
    // Elsewhere in the server, the school article (the server's choice) still answers.
    expect((await article('info', [], a.member(G1))).final.embeds![0]!.title).toBe(SCHOOL_PAGE.title);

    // A typed title works like a picked one, for the whole server.
    const server = await article('use', [stringOption('name', 'port de pêche')], a.admin(G1));
    expect(server.final.content).toContain('tout le serveur');
    expect(footer((await ask(PORT_QUESTION, a.member(G1))).final)).toContain(PORT_PAGE.title);
  });

  it('a name that does not exist: a private message, nothing changed', async () => {
    const before = await a.opened.store.currentArticle(scope(G1), null);
    const { final } = await article('use', [stringOption('name', 'aucun article de ce nom')], a.admin(G1));
    expect(final.flags).toBe(EPHEMERAL);
    expect(final.content).toMatch(/Aucun article de ce nom/);
    const gone = await article(
      'remove',
      [stringOption('name', 'a00000000000')],
      a.admin(G1, { locale: 'en-US' }),
    );
    expect(gone.final.content).toMatch(/No article by that name/);
    expect((await a.opened.store.currentArticle(scope(G1), null))?.id).toBe(before?.id);
    expect(a.h.logs.some((l) => l.includes('"article-refused"') && l.includes('"not-found"'))).toBe(true);
  });

  it('remove: the article goes, and a server left with none answers from the default', async () => {
    const list = await a.opened.store.listArticles(scope(G2));
    expect(list).toHaveLength(1);
    const { final } = await article('remove', [stringOption('name', list[0]!.id)], a.admin(G2));
    expect(final.content).toMatch(/a été supprimé/);
    expect(await a.opened.store.countArticles(scope(G2))).toBe(0);
    const answer = await ask(
      'Qui a dit que les talibans doivent respecter leurs engagements ?',
      a.member(G2),
    );
    expect(footer(answer.final)).toContain(defaultTitle);
  });
});

describe('Manage Server', () => {
  it('load, use and remove need it (checked when run); info and list do not', async () => {
    const count = await a.opened.store.countArticles(scope(G1));
    const current = await a.opened.store.currentArticle(scope(G1), null);
    for (const [sub, options] of [
      ['load', [stringOption('url', pages.url('/ecole.html'))]],
      ['use', [stringOption('name', 'port')]],
      ['remove', [stringOption('name', 'port')]],
    ] as const) {
      const { callback, final } = await article(sub, [...options], a.member(G1));
      expect(callback.type, sub).toBe(4);
      expect(final.flags, sub).toBe(EPHEMERAL);
      expect(final.content, sub).toMatch(/Gérer le serveur/);
    }
    expect(await a.opened.store.countArticles(scope(G1))).toBe(count);
    expect((await a.opened.store.currentArticle(scope(G1), null))?.id).toBe(current?.id);
    expect(a.h.logs.some((l) => l.includes('"article-refused"') && l.includes('"no-permission"'))).toBe(true);
    expect((await article('list', [], a.member(G1))).final.embeds).toHaveLength(1);
  });

  it('the /article command is registered for everyone, with the check at run time (documented in the command)', async () => {
    const mod = await import('../../commands/article.ts');
    const json = mod.data.toJSON();
    expect(json.default_member_permissions ?? null).toBeNull();
    expect((json.options ?? []).map((o) => o.name)).toEqual(['info', 'load', 'use', 'list', 'remove']);
  });
});

describe('bad input: a short private message in the user’s language, nothing stored, current unchanged', () => {
  const cases: [string, string, RegExp][] = [
    ['404', '/introuvable', /répondu par une erreur/],
    ['500', '/erreur-500', /répondu par une erreur/],
    ['redirect loop', '/boucle', /redirige trop/],
    ['not HTML', '/image.png', /ni à une page web/],
    ['no article body', '/accueil.html', /pas trouvé de texte d’article/],
    ['too big', '/enorme.html', /trop volumineux/],
    ['gzip bomb', '/bombe.html', /trop volumineux/],
  ];
  it.each(cases)('link: %s', async (_name, path, message) => {
    const count = await a.opened.store.countArticles(scope(G3));
    const { final } = await loadUrl(path, a.admin(G3));
    expect(final.flags).toBe(EPHEMERAL);
    expect(final.content).toMatch(message);
    expect(final.embeds ?? []).toHaveLength(0);
    expect(await a.opened.store.countArticles(scope(G3))).toBe(count);
    expect(await a.opened.store.currentArticle(scope(G3), null)).toBeNull();
  });

  it('link: a private address (the guard on, as in production)', async () => {
    delete process.env.ARTICLE_FETCH_ALLOW_PRIVATE;
    try {
      const { final } = await loadUrl('/port.html', a.admin(G3));
      expect(final.flags).toBe(EPHEMERAL);
      expect(final.content).toMatch(/adresse privée/);
    } finally {
      process.env.ARTICLE_FETCH_ALLOW_PRIVATE = '1';
    }
    expect(await a.opened.store.countArticles(scope(G3))).toBe(0);
  });

  it('the same refusal in English for an English client', async () => {
    const { final } = await loadUrl('/erreur-500', a.admin(G3, { locale: 'en-GB' }));
    expect(final.content).toMatch(/The site answered with an error/);
  });

  const files: [string, () => ReturnType<ArticleHarness['h']['fake']['attach']>, RegExp][] = [
    [
      'binary',
      () => a.h.fake.attach('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0])),
      /pas du texte/,
    ],
    ['empty', () => a.h.fake.attach('vide.txt', ''), /vide/],
    ['too large', () => ({ ...a.h.fake.attach('gros.txt', 'x'), size: 5 * 1024 * 1024 }), /trop volumineux/],
    [
      'not UTF-8',
      () =>
        a.h.fake.attach(
          'latin.txt',
          new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x4c, 0x79, 0x6f, 0x6e]),
          'text/plain',
        ),
      /UTF-8/,
    ],
  ];
  it.each(files)('attachment: %s', async (_name, make, message) => {
    const file = make();
    const { final } = await article('load', [attachmentOption('file', file.id)], a.admin(G3), {
      attachments: { [file.id]: file },
    });
    expect(final.flags).toBe(EPHEMERAL);
    expect(final.content).toMatch(message);
    expect(await a.opened.store.countArticles(scope(G3))).toBe(0);
  });

  it('neither a link nor a file, or both: say to give one', async () => {
    const none = await article('load', [], a.admin(G3));
    expect(none.callback.type).toBe(4);
    expect(none.final.content).toMatch(/l’un des deux/);
    const file = a.h.fake.attach('ecole.txt', SCHOOL_TEXT);
    const both = await article(
      'load',
      [stringOption('url', pages.url('/ecole.html')), attachmentOption('file', file.id)],
      a.admin(G3),
      { attachments: { [file.id]: file } },
    );
    expect(both.final.content).toMatch(/l’un des deux/);
    expect(await a.opened.store.countArticles(scope(G3))).toBe(0);
  });
});

describe('DMs (no guild_id): each user has their own article', () => {
  it('loads without Manage Server, answers from it, and nobody else sees it', async () => {
    const me = a.dm('700000000000000001');
    const file = a.h.fake.attach('ecole.txt', SCHOOL_TEXT);
    const { final } = await article('load', [attachmentOption('file', file.id)], me, {
      attachments: { [file.id]: file },
    });
    expect(final.embeds![0]!.description).toMatch(/votre article/);
    const answer = await ask('Qui a confirmé que deux postes d’enseignants seraient créés ?', me);
    expect(answer.final.embeds![0]!.author!.name).toMatch(/Vasselin/);
    expect((await a.opened.store.listArticles('user:700000000000000001')).length).toBe(1);
    // Another user's DMs, and a server, still get the default article.
    const other = await article('info', [], a.dm('700000000000000002'));
    expect(other.final.embeds![0]!.title).toBe(defaultTitle);
    expect((await article('info', [], a.member(G3))).final.embeds![0]!.title).toBe(defaultTitle);
  });

  it('every command is offered in DMs and user installs', async () => {
    const { loadCommands } = await import('../../src/discord/loader.ts');
    for (const [name, cmd] of await loadCommands()) {
      const json = cmd.data.toJSON() as { contexts?: number[]; integration_types?: number[] };
      expect(json.contexts, name).toEqual([0, 1, 2]);
      expect(json.integration_types, name).toEqual([0, 1]);
    }
  });
});

describe('buttons', () => {
  const labels = (m: MessageData) => (m.components ?? []).flatMap((r) => r.components);

  it('someone else pressing Next gets a private copy; the owner’s press updates the message', async () => {
    const owner = a.member(G1, { userId: '500000000000000100' });
    const first = await a.send(slashCommand('search', [stringOption('query', 'port maire quai')], owner));
    const next = labels(first.final).find((c) => c.label === 'Suivant ▶');
    expect(next, 'a search with several results').toBeDefined();
    expect(next!.custom_id).toMatch(/@a[0-9a-z]{11}$/);
    const stranger = a.member(G1, { userId: '500000000000000200' });
    const copy = await a.h.send(button(next!.custom_id!, first.final, stranger, owner.userId));
    expect(copy.type).toBe(4);
    expect(copy.data!.flags).toBe(EPHEMERAL);
    expect(copy.data!.embeds![0]!.footer!.text).toMatch(/2\/\d+$/);
    const mine = await a.h.send(button(next!.custom_id!, first.final, owner, owner.userId));
    expect(mine.type).toBe(7);
  });

  it('an old answer’s buttons keep paging its own article after the server switched', async () => {
    const who = a.admin(G1);
    const first = await a.send(slashCommand('search', [stringOption('query', 'port maire quai')], who));
    const next = labels(first.final).find((c) => c.label === 'Suivant ▶')!;
    await article('use', [stringOption('name', 'collège')], who);
    const page2 = await a.h.send(button(next.custom_id!, first.final, who));
    expect(page2.type).toBe(7);
    expect(page2.data!.embeds![0]!.footer!.text).toContain(PORT_PAGE.title);
    // Removed: its buttons say the result is gone instead of answering from another article.
    await article('remove', [stringOption('name', 'port de pêche')], who);
    const gone = await a.h.send(button(next.custom_id!, first.final, who));
    expect(gone.data!.flags).toBe(EPHEMERAL);
    expect(gone.data!.content).toMatch(/n’existe plus/);
  });
});

describe('concurrency', () => {
  it('two servers loading while a third asks: the questions are not held up, both loads land', async () => {
    const loads = [loadUrl('/port.html', a.admin(G2)), loadUrl('/ecole.html', a.admin(G3))];
    const latencies: number[] = [];
    const asks = Array.from({ length: 10 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 15));
      const started = Date.now();
      const { final } = await ask(
        'Qui a dit que les talibans doivent respecter leurs engagements ?',
        a.member(G1, { userId: `5000000000000003${10 + i}` }),
      );
      latencies.push(Date.now() - started);
      return final;
    });
    const [answers, done] = await Promise.all([Promise.all(asks), Promise.all(loads)]);
    for (const m of answers) expect(m.embeds?.length ?? 0).toBeGreaterThanOrEqual(0);
    expect(done.map((d) => d.final.embeds![0]!.title)).toEqual([PORT_PAGE.title, SCHOOL_PAGE.title]);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect((await a.opened.store.currentArticle(scope(G2), null))?.title).toBe(PORT_PAGE.title);
    expect((await a.opened.store.currentArticle(scope(G3), null))?.title).toBe(SCHOOL_PAGE.title);
  });
});
