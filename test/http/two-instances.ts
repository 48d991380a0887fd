// Two HTTP endpoint instances on one PostgreSQL database, as behind a load balancer: an article loaded through one is
// answered by the other, and a server's current article changed through one is what the other answers from on its
// next question. Run from test/storage/postgres.test.ts (which owns the PostgreSQL server for the test run).
//
// How the other instance learns of a change: it does not need to be told. Each interaction reads the scope's current
// article id from the database (one indexed query); engines are cached by article id, and an id is derived from the
// text's hash, so a cached engine can never be stale. A changed choice is a different id: a miss, built once from the
// stored index, then cached.
import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../src/import/types.ts';
import { openLibrary, type OpenedLibrary } from '../../src/library/setup.ts';
import { openPostgresStore } from '../../src/storage/postgres.ts';
import { slashCommand, stringOption } from '../fake-discord/payloads.ts';
import type { CallbackBody } from '../discord/helpers/harness.ts';
import { realEngine } from '../discord/helpers/engine.ts';
import { FakeDiscord } from '../fake-discord/server.ts';
import { startHttpHarness, type HttpHarness } from './helpers.ts';

const ARTICLES: Record<string, { title: string; text: string }> = {
  'https://example.test/budget': {
    title: 'Le budget de Brévanne',
    text:
      'Le conseil municipal de Brévanne a voté mardi le budget de la commune.\n\n' +
      '« Nous tiendrons nos engagements sur les écoles », a déclaré la maire, Claire Dutertre, devant la presse.\n\n' +
      "Selon l'opposition, le projet coûtera trop cher aux habitants.",
  },
  'https://example.test/pont': {
    title: 'Le pont de Sarlière',
    text:
      'Les travaux du pont de Sarlière commenceront en septembre.\n\n' +
      '« Le chantier durera deux ans », a annoncé jeudi l’ingénieur en chef, Marc Olivier, aux riverains.\n\n' +
      'La circulation sera déviée par le centre-ville.',
  },
};

const importer = {
  async fromUrl(url: string): Promise<ImportedArticle> {
    const a = ARTICLES[url];
    if (!a) throw new Error(`no test article at ${url}`);
    return {
      text: a.text,
      meta: {
        title: a.title,
        language: 'fr',
        source: url,
        published: '2026-03-10',
        byline: null,
        siteName: null,
      },
      headings: [],
    };
  },
  fromBytes(): Promise<ImportedArticle> {
    throw new Error('not used');
  },
};

export function describeTwoInstances(db: () => { url: string; schema: string }): void {
  describe('two HTTP instances on one PostgreSQL', () => {
    it('an article loaded through one is answered by the other; a change of current article is seen at once', async () => {
      const { url, schema } = db();
      const fake = await new FakeDiscord().start();
      const engine = await realEngine();
      const libs: OpenedLibrary[] = [];
      const instances: HttpHarness[] = [];
      try {
        for (let n = 0; n < 2; n++) {
          const lib = await openLibrary({
            store: openPostgresStore(url, { schema }),
            defaultEngine: engine,
            importer,
          });
          libs.push(lib);
          instances.push(await startHttpHarness(engine, { library: lib.library, fake }));
        }
        const [a, b] = instances as [HttpHarness, HttpHarness];
        const who = { guildId: fake.guilds[0]!, applicationId: fake.applicationId, locale: 'fr' };
        const ask = async (h: HttpHarness, q: string) => {
          const r = await h.post(slashCommand('ask', [stringOption('question', q)], who));
          expect(r.status).toBe(200);
          return JSON.stringify((r.body as CallbackBody).data?.embeds ?? []);
        };
        const load = async (h: HttpHarness, articleUrl: string) => {
          const p = slashCommand(
            'article',
            [{ name: 'load', type: 1, options: [stringOption('url', articleUrl)] } as never],
            who,
          );
          // Manage Server (0x20): loading is for server managers.
          (p.member as { permissions: string }).permissions = '32';
          const r = await h.post(p);
          expect(r.status).toBe(200);
          if ((r.body as CallbackBody).type === 5) await fake.webhookFor(p.token, 10_000);
        };

        // Before any load both answer from the default article.
        expect(await ask(b, 'Qui a dit que les talibans doivent respecter leurs engagements ?')).toContain(
          'Blinken',
        );

        await load(a, 'https://example.test/budget');
        expect(await ask(b, 'Qui a dit que nous tiendrons nos engagements sur les écoles ?')).toContain(
          'Claire Dutertre',
        );

        await load(b, 'https://example.test/pont');
        expect(await ask(a, 'Qui a dit que le chantier durera deux ans ?')).toContain('Marc Olivier');
        // A's cache holds both engines now; the current choice, not the cache, decides.
        expect(libs[0]!.cache.stats().entries).toBeGreaterThanOrEqual(1);

        // /article use through A switches the server back to the budget: B's next question is answered from it,
        // though B has the bridge article's engine cached and was never told.
        const use = slashCommand(
          'article',
          [{ name: 'use', type: 1, options: [stringOption('name', 'Le budget de Brévanne')] } as never],
          who,
        );
        (use.member as { permissions: string }).permissions = '32';
        const switched = await a.post(use);
        expect(switched.status).toBe(200);
        expect(await ask(b, 'Qui a dit que nous tiendrons nos engagements sur les écoles ?')).toContain(
          'Claire Dutertre',
        );
        expect(await ask(b, 'Qui a dit que le chantier durera deux ans ?')).not.toContain('Marc Olivier');
      } finally {
        for (const h of instances) await h.stop();
        for (const l of libs) await l.close();
        await fake.close();
      }
    }, 30_000);
  });
}
