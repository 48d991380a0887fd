// What a file's bytes are: an HTML page, a plain text, or something else. Pure.

import { hasUtf16Bom } from './charset.ts';
import { ImportError } from './types.ts';

export type SourceKind = 'html' | 'text';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);

const MAGIC: Array<[string, number[], number?]> = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image or a RIFF media file', [0x52, 0x49, 0x46, 0x46]],
  ['a ZIP archive or an office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a video (MP4)', [0x66, 0x74, 0x79, 0x70], 4],
  ['a sound file (MP3)', [0x49, 0x44, 0x33]],
  ['an Ogg media file', [0x4f, 0x67, 0x67, 0x53]],
  ['a program', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Throws ImportError `binary` when the bytes are a known binary format or hold NUL or many control bytes. */
export function refuseBinary(bytes: Uint8Array): void {
  const known = MAGIC.find(([, magic, at]) => startsWith(bytes, magic, at));
  if (known) throw new ImportError('binary', `the file is ${known[0]}, not a text or a web page`);
  if (hasUtf16Bom(bytes)) return;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0)
      throw new ImportError('binary', 'the file is binary (it holds NUL bytes), not a text or a web page');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length * 0.05)
    throw new ImportError('binary', 'the file is binary (control bytes), not a text or a web page');
}

function mediaType(contentType: string | null | undefined): string | null {
  return contentType?.split(';')[0]?.trim().toLowerCase() || null;
}

/** HTML or text, from the content type, else the file name, else the first bytes. */
export function sourceKind(bytes: Uint8Array, fileName: string, contentType?: string | null): SourceKind {
  const type = mediaType(contentType);
  if (type && HTML_TYPES.has(type)) return 'html';
  if (type && TEXT_TYPES.has(type)) return 'text';
  if (type && type !== 'application/octet-stream')
    throw new ImportError(
      'not-article-type',
      `a ${type} file is not an article: only HTML and plain text can be read`,
    );
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (/\.(?:txt|text|md)$/i.test(fileName)) return 'text';
  return sniffHtml(bytes) ? 'html' : 'text';
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype html|html))/i.test(head);
}
