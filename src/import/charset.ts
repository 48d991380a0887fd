// Bytes → text with the right character set. Pure. French press pages still come in windows-1252 and ISO-8859-1.

import { decodeText } from '../load.ts';
import { ImportError } from './types.ts';

/** `text/html; charset=ISO-8859-1` → `iso-8859-1`; null when the header names none. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i);
  return m ? m[1]!.toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first bytes, as browsers look. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = head.match(/<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return m ? m[1]!.toLowerCase() : null;
}

function decoderFor(label: string, fatal = false): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // an unknown label: the caller falls back
  }
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bomCharset(bytes)?.startsWith('utf-16') ?? false;
}

/** An HTML page: byte-order mark, then the HTTP header, then the page's own `<meta>`; else UTF-8 or windows-1252. */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null): string {
  const label = bomCharset(bytes) ?? headerCharset ?? sniffHtmlCharset(bytes);
  const decoder = label ? decoderFor(label) : null;
  return decoder ? decoder.decode(bytes) : decodeText(bytes);
}

/**
 * Plain text received (an attachment, a text/plain link): a declared charset is honoured, otherwise it must be
 * UTF-8. Guessing Latin-1 here would turn a wrong upload into mojibake that then gets indexed.
 */
export function decodePlainText(bytes: Uint8Array, declaredCharset: string | null): string {
  const label = bomCharset(bytes) ?? declaredCharset;
  const decoder = label ? decoderFor(label) : null;
  if (decoder) return decoder.decode(bytes).replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not-utf8', 'the text is not UTF-8: save it as UTF-8 and try again');
  }
}
