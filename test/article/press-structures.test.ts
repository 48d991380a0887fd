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
