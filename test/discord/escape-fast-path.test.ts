// escape() skips discord.js's escapeMarkdown when the text has no markdown-significant character (a speed-up: most
// article sentences have none). Property: the fast path never gives a different result from the full path.
import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { defuseMentions, escape } from '../../src/discord/text.ts';

/** The full path, as escape() computed it before the fast path. */
const full = (text: string) =>
  defuseMentions(
    escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true }).replace(
      /^(\s*)>/gm,
      '$1\\>',
    ),
  );

const pieces = [
  ...'abcé 12.-+*_~`|\\[]()#>\n@',
  'everyone',
  'here',
  '1. ',
  '- ',
  '# ',
  '**',
  '__',
  '||',
  '~~',
  '```',
  '[a](b)',
  'https://x.test/a_b',
  '<:e:123>',
];

describe('escape fast path', () => {
  it('equals the full escapeMarkdown path on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(escape(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals it on plain and on unicode text too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(escape(text)).toBe(full(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('still escapes a numbered line without a space, and a plain sentence passes through', () => {
    expect(escape('12.5 millions')).toBe(full('12.5 millions'));
    expect(escape('12.5 millions')).not.toBe('12.5 millions');
    expect(escape('Le budget a été voté mardi.')).toBe('Le budget a été voté mardi.');
  });
});
