// The PostgreSQL store: the shared storage contract (test/storage/contract.ts), then what only a shared server shows:
// two stores (two instances) on one database see each other's writes, and concurrent writers to one scope respect the
// per-scope limit. Skipped with one line when no PostgreSQL server is available (see pg-server.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/storage/postgres.ts';
import { POSTGRES_MIGRATIONS } from '../../src/storage/postgres-migrations.ts';
import { ArticleLimitError, type Scope } from '../../src/storage/types.ts';
import { describeStore, sampleArticle } from './contract.ts';
import { testPostgres } from './pg-server.ts';
import { describeTwoInstances } from '../http/two-instances.ts';

const server = await testPostgres();

if ('skipped' in server) {
  // CI sets REQUIRE_POSTGRES: there a missing server is a failure, not a skip.
  if (process.env.REQUIRE_POSTGRES) throw new Error(`REQUIRE_POSTGRES is set but ${server.skipped}`);
  console.warn(server.skipped);
  describe.skip(server.skipped, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  afterAll(() => server.stop());
  describeStore('postgres', async () => ({
    store: openPostgresStore(server.url, { schema: server.schema() }),
  }));

  describeTwoInstances(() => ({ url: server.url, schema: server.schema() }));

  const G: Scope = 'guild:400000000000000001';

  describe('PostgreSQL shared by two instances', () => {
    it('migrates once when two instances start together, at the latest version', async () => {
      const schema = server.schema();
      const a = openPostgresStore(server.url, { schema });
      const b = openPostgresStore(server.url, { schema });
      await Promise.all([a.migrate(), b.migrate()]);
      expect(await a.schemaVersion()).toBe(POSTGRES_MIGRATIONS.at(-1)!.version);
      await Promise.all([a.close(), b.close()]);
    });

    it('an article added through one is read, listed and current through the other', async () => {
      const schema = server.schema();
      const a = openPostgresStore(server.url, { schema });
      const b = openPostgresStore(server.url, { schema });
      await a.migrate();
      await b.migrate();
      const { article } = await a.addArticle(sampleArticle(G, 1));
      expect((await b.currentArticle(G, null))?.id).toBe(article.id);
      expect((await b.getArticle(article.id))?.title).toBe('Budget 1');
      const second = (await b.addArticle(sampleArticle(G, 2))).article;
      expect(await b.setCurrent(G, null, article.id)).toBe(true);
      expect((await a.currentArticle(G, null))?.id).toBe(article.id);
      expect((await a.listArticles(G)).map((x) => x.id).sort()).toEqual([article.id, second.id].sort());
      await Promise.all([a.close(), b.close()]);
    });

    it('concurrent loads into one scope from two instances never pass the limit', async () => {
      const schema = server.schema();
      const a = openPostgresStore(server.url, { schema });
      const b = openPostgresStore(server.url, { schema });
      await a.migrate();
      const tries = Array.from({ length: 8 }, (_, n) =>
        (n % 2 ? a : b).addArticle(sampleArticle(G, n + 10), { maxPerScope: 3 }),
      );
      const results = await Promise.allSettled(tries);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ArticleLimitError);
      expect(await a.countArticles(G)).toBe(3);
      await Promise.all([a.close(), b.close()]);
    });

    it('ping() is false for a server that does not answer', async () => {
      const dead = openPostgresStore('postgres://postgres@127.0.0.1:1/none');
      expect(await dead.ping()).toBe(false);
      await dead.close();
    });
  });
}
