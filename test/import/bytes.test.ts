// Attachments and files: HTML or text by type, name or first bytes, and the bytes that are refused.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/indexer.ts';
import { decodePlainText, decodeWindows1252, sniffHtmlCharset } from '../../src/import/charset.ts';
import { ImportError, importFromBytes, importFromFile, IMPORT_LIMITS } from '../../src/import/index.ts';
import { decodeText } from '../../src/load.ts';
import { page } from './server.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT =
  "Par Jeanne Martin\n\nLe maire a déclaré hier que le pont serait rouvert lundi.\n\nLes riverains ont salué l'annonce.";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ImportError) return err.code;
    throw err;
  }
  return 'accepted';
}

describe('importFromBytes', () => {
  it('reads a UTF-8 text, its signature line becoming the byline', () => {
    const article = importFromBytes(utf8(TEXT), { fileName: 'pont.txt' });
    expect(article.text).toBe(
      "Le maire a déclaré hier que le pont serait rouvert lundi.\n\nLes riverains ont salué l'annonce.",
    );
    expect(article.meta).toMatchObject({
      title: 'pont',
      byline: 'Jeanne Martin',
      published: null,
      language: 'fr',
    });
    expect(article.headings).toEqual([]);
  });

  it('reads HTML by content type, by extension, or by its first bytes', () => {
    const html = page('courrier-crue.html');
    const byType = importFromBytes(html, { fileName: 'blob', contentType: 'text/html' });
    expect(byType.meta.title).toMatch(/^Crue de la Sorne/);
    expect(importFromBytes(html, { fileName: 'page.htm' }).text).toBe(byType.text);
    expect(importFromBytes(html, { fileName: 'sans-extension' }).text).toBe(byType.text);
    expect(importFromBytes(html, { fileName: 'x', contentType: 'application/octet-stream' }).text).toBe(
      byType.text,
    );
  });

  it.each([
    ['empty', new Uint8Array(0), 'x.txt', 'empty'],
    ['blank', utf8('  \n\n  \n'), 'x.txt', 'empty'],
    ['a PDF named .txt', utf8('%PDF-1.7\n%âãÏÓ\n'), 'article.txt', 'binary'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'photo.png', 'binary'],
    ['NUL bytes', Uint8Array.from([0x4c, 0x65, 0x00, 0x6d, 0x61]), 'x.txt', 'binary'],
    [
      'control bytes',
      Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01))),
      'x.txt',
      'binary',
    ],
    [
      'Latin-1 text',
      Uint8Array.from([...utf8('Le maire a d'), 0xe9, ...utf8('clar'), 0xe9, ...utf8(' hier.')]),
      'x.txt',
      'not-utf8',
    ],
  ])('refuses %s', (_name, bytes, fileName, expected) => {
    expect(code(() => importFromBytes(bytes, { fileName }))).toBe(expected);
  });

  it('refuses a declared non-article type', () => {
    expect(code(() => importFromBytes(utf8('x'), { fileName: 'x', contentType: 'application/pdf' }))).toBe(
      'not-article-type',
    );
    expect(code(() => importFromBytes(utf8('x'), { fileName: 'x', contentType: 'image/png' }))).toBe(
      'not-article-type',
    );
  });

  it('refuses more than the size limit, accepts the limit', () => {
    const line = 'Le maire a déclaré hier que le pont serait rouvert.\n';
    const big = utf8(line.repeat(Math.ceil(IMPORT_LIMITS.maxBytes / line.length) + 1));
    expect(code(() => importFromBytes(big, { fileName: 'x.txt' }))).toBe('too-large');
    expect(
      code(() => importFromBytes(big.subarray(0, IMPORT_LIMITS.maxBytes - 100), { fileName: 'x.txt' })),
    ).toBe('accepted');
  });

  it('accepts a text in a declared charset', () => {
    const latin1 = Uint8Array.from([...utf8('Le maire a d'), 0xe9, ...utf8('clar'), 0xe9, ...utf8(' hier.')]);
    const article = importFromBytes(latin1, {
      fileName: 'x.txt',
      contentType: 'text/plain; charset=iso-8859-1',
    });
    expect(article.text).toBe('Le maire a déclaré hier.');
  });

  it('refuses a page with no body', () => {
    expect(code(() => importFromBytes(page('paywall.html'), { fileName: 'p.html' }))).toBe('no-article-body');
  });
});

describe('importFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));

  it('reads a saved page', () => {
    const path = join(dir, 'crue.html');
    writeFileSync(path, page('courrier-crue.html'));
    expect(importFromFile(path).meta.published).toBe('2024-03-13');
  });

  it('reads a text file as --article always has: Latin-1 accepted, metadata from the .json beside it', () => {
    const path = join(dir, 'pont.txt');
    writeFileSync(path, Buffer.from('Le maire a déclaré hier que le pont serait rouvert.', 'latin1'));
    writeFileSync(join(dir, 'pont.json'), JSON.stringify({ title: 'Le pont', published: '2024-06-05' }));
    const article = importFromFile(path);
    expect(article.text).toBe('Le maire a déclaré hier que le pont serait rouvert.');
    expect(article.meta).toMatchObject({ title: 'Le pont', published: '2024-06-05' });
  });

  it('an empty or binary file is an ImportError, a missing one an ArticleError', () => {
    writeFileSync(join(dir, 'vide.html'), '');
    expect(code(() => importFromFile(join(dir, 'vide.html')))).toBe('empty');
    writeFileSync(join(dir, 'doc.html'), Buffer.from('%PDF-1.4 binaire'));
    expect(code(() => importFromFile(join(dir, 'doc.html')))).toBe('binary');
    expect(() => importFromFile(join(dir, 'absent.html'))).toThrow(ArticleError);
    expect(() => importFromFile(dir)).toThrow(ArticleError);
  });
});

describe('charsets', () => {
  it('windows-1252 bytes 0x80–0x9F are the typographic characters, not control codes', () => {
    expect(decodeWindows1252(Uint8Array.from([0x92, 0x9c, 0x80, 0x85, 0x96, 0xe9, 0x41]))).toBe('’œ€…–éA');
    // The file loader's Latin-1 fallback uses the same table.
    expect(decodeText(Uint8Array.from([0x4c, 0x92, 0xe9, 0x74, 0xe9]))).toBe('L’été');
  });

  it('finds the charset a page declares', () => {
    expect(sniffHtmlCharset(utf8('<html><head><meta charset="ISO-8859-1">'))).toBe('iso-8859-1');
    expect(
      sniffHtmlCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')),
    ).toBe('windows-1252');
    expect(sniffHtmlCharset(utf8('<html><head><title>x</title>'))).toBeNull();
  });

  it('plain text: a BOM or a declared charset, else strict UTF-8', () => {
    expect(decodePlainText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), null)).toBe('A');
    expect(decodePlainText(Uint8Array.from([0xe9]), 'windows-1252')).toBe('é');
    expect(() => decodePlainText(Uint8Array.from([0xe9]), null)).toThrow(/not UTF-8/);
  });
});
