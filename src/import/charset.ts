// Bytes → text with the right character set. Pure. French press pages still come in windows-1252 and ISO-8859-1.

import { ImportError } from './types.ts';

// Bytes 0x80–0x9F in windows-1252 (the WHATWG meaning of "ISO-8859-1" and "latin1" too). Node 20's TextDecoder
// decodes those labels as strict ISO-8859-1, turning ’ œ € … into invisible control characters, so they are
// mapped here. The holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as the WHATWG table has them.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** UTF-8 when it is valid (BOM dropped), else windows-1252, which every byte sequence is. */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  const decoder = decoderFor(label);
  if (!decoder) return null;
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

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
  return (label ? decodeWith(label, bytes) : null) ?? decodeUtf8OrWindows1252(bytes);
}

/**
 * Plain text received (an attachment, a text/plain link): a declared charset is honoured, otherwise it must be
 * UTF-8. Guessing Latin-1 here would turn a wrong upload into mojibake that then gets indexed.
 */
export function decodePlainText(bytes: Uint8Array, declaredCharset: string | null): string {
  const label = bomCharset(bytes) ?? declaredCharset;
  const decoded = label ? decodeWith(label, bytes) : null;
  if (decoded !== null) return decoded.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not-utf8', 'the text is not UTF-8: save it as UTF-8 and try again');
  }
}
