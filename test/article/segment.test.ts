import { describe, expect, it } from 'vitest';
import { quoteSpans, splitParagraphs, splitSentences } from '../../src/article/segment.ts';
import { cleanText } from '../../src/text/normalize.ts';

describe('sentences', () => {
  it('keeps French abbreviations and initials inside the sentence', () => {
    expect(
      splitSentences('M. Blinken est arrivé. Mme Durand et le Dr Martin aussi. J.-P. Dupont part.'),
    ).toEqual(['M. Blinken est arrivé.', 'Mme Durand et le Dr Martin aussi.', 'J.-P. Dupont part.']);
  });

  it('keeps a quotation with its attribution, and ends after a closing mark', () => {
    expect(splitSentences('« Nous agirons. Vite ! », a-t-elle dit. « Non. » Il est parti.')).toEqual([
      '« Nous agirons. Vite ! », a-t-elle dit.',
      '« Non. »',
      'Il est parti.',
    ]);
  });

  it('does not split numbers or lowercase continuations', () => {
    expect(splitSentences('La croissance est de 1.5 % cette année. elle reste faible')).toHaveLength(1);
  });

  it('splits paragraphs on newlines, CRLF and BOM included', () => {
    expect(splitParagraphs('\uFEFFUn.\r\n\r\nDeux.\nTrois.')).toEqual(['Un.', 'Deux.', 'Trois.']);
  });
});

describe('quotation marks', () => {
  const spans = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

  it('pairs regular French, English and straight quotes', () => {
    expect(spans('Il a dit « bonjour » puis “hello” et "salut".')).toEqual(['bonjour', 'hello', 'salut']);
  });

  it('pairs the broken marks of the default article', () => {
    const s =
      'les talibans » doivent respecter leurs engagements » et que la légitimité devrait » être méritée « .';
    expect(spans(s)).toEqual(['doivent respecter leurs engagements', 'être méritée']);
  });

  it('survives an unclosed quotation', () => {
    expect(spans('Il a dit « ceci sans fin.')).toEqual([]);
  });
});

describe('text clean-up', () => {
  it('unifies apostrophes and spaces', () => {
    expect(cleanText('l’ambassade\u00a0de')).toBe("l'ambassade de");
  });
});
