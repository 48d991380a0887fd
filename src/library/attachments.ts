// Downloading a Discord attachment: only from Discord's CDN (or the configured REST base, which is where a proxy or
// the tests' fake Discord serves files), size-capped while streaming, time-bounded.
import { LibraryError } from './errors.ts';

export interface AttachmentFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Origins files may come from besides Discord's CDN, e.g. the origin of DISCORD_API_URL. */
  extraOrigins?: readonly string[];
}

const DISCORD_CDN = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

export function attachmentUrlAllowed(url: string, extraOrigins: readonly string[] = []): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:' && DISCORD_CDN.has(u.hostname)) return true;
  return extraOrigins.includes(u.origin);
}

export async function fetchAttachment(url: string, opts: AttachmentFetchOptions): Promise<Uint8Array> {
  if (!attachmentUrlAllowed(url, opts.extraOrigins))
    throw new LibraryError('bad-url', `attachment host refused`);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'error' });
  } catch (err) {
    throw new LibraryError(signal.aborted ? 'timeout' : 'network', errMessage(err));
  }
  if (!res.ok || !res.body) throw new LibraryError('http-status', `attachment answered ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > opts.maxBytes) {
    await res.body.cancel();
    throw new LibraryError('too-large', `attachment is ${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > opts.maxBytes)
        throw new LibraryError('too-large', `attachment is over ${opts.maxBytes} bytes`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError(signal.aborted ? 'timeout' : 'network', errMessage(err));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
