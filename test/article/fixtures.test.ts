// Every statement a careful reader finds in each article, with its speaker, content, time and audience.

import { describe, expect, it } from 'vitest';
import { expectedOf, FIXTURE_NAMES, indexOf, loose, mismatch } from '../helpers.ts';

for (const name of ['default', ...FIXTURE_NAMES]) {
  describe(`statements of ${name}`, () => {
    const index = indexOf(name);
    const expected = expectedOf(name);

    expected.statements.forEach((exp, i) => {
      it(`#${i + 1} ${exp.speaker ?? '(nobody)'} ${exp.verb}: ${exp.contentIncludes[0] ?? ''}`, () => {
        const reasons = index.statements.map((st) => mismatch(index, st, exp));
        if (reasons.includes(null)) return;
        // The closest candidate, to say what went wrong.
        const near = index.statements
          .map((st, k) => ({ st, why: reasons[k]! }))
          .filter(
            (c) =>
              c.st.sentenceId ===
              index.statements.find((s) => loose(s.content).includes(loose(exp.contentIncludes[0] ?? '')))
                ?.sentenceId,
          );
        expect.fail(
          `no statement matches; near: ${near.map((c) => `${c.st.id}: ${c.why}`).join('; ') || 'none'}`,
        );
      });
    });

    it('finds no statement the reader did not', () => {
      expect(index.statements.length).toBeLessThanOrEqual(expected.statements.length);
    });

    for (const person of expected.people) {
      it(`knows ${person.name}${person.role ? ` as ${person.role}` : ''}`, () => {
        const e = index.entities.find((x) => loose(x.name) === loose(person.name));
        expect(e, `entities: ${index.entities.map((x) => x.name).join(', ')}`).toBeDefined();
        if (person.role) expect(loose(e!.role ?? '')).toContain(loose(person.role));
      });
    }

    for (const ev of expected.events) {
      it(`dates the event "${ev.textIncludes.join(' … ')}" ${ev.when}`, () => {
        const all = [
          ...index.events.map((e) => ({
            text: e.text,
            sentence: index.sentences[e.sentenceId]!.text,
            when: e.time.text,
          })),
          ...index.statements
            .filter((s) => s.time)
            .map((s) => ({
              text: s.content,
              sentence: index.sentences[s.sentenceId]!.text,
              when: s.time!.text,
            })),
        ];
        const hit = all.find(
          (e) =>
            loose(e.when) === loose(ev.when) &&
            ev.textIncludes.every((w) => loose(e.sentence).includes(loose(w))),
        );
        expect(hit, `timed: ${all.map((e) => e.when).join(', ')}`).toBeDefined();
      });
    }
  });
}
