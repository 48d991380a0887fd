// The network edge: one link in, the page's bytes out, within the limits, or an ImportError.
//
// Why node:http/node:https and not the global fetch: fetch (undici) gives no hook on the address it connects
// to without the `undici` package itself (its Agent's `connect.lookup`), and that package is only here as a
// transitive dependency of discord.js. node:http's `lookup` option goes straight to net.connect, so the guard
// sees every address the socket will use, redirects are followed by hand (each hop checked), and the
// decompression is ours, so the size limit counts decompressed bytes and a gzip bomb stops at the limit.

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import {
  addressPolicy,
  guardedLookup,
  privateAddressError,
  type AddressPolicy,
  type Resolver,
} from './guarded-lookup.ts';
import { IMPORT_LIMITS, type FetchLimits } from './limits.ts';
import { ImportError } from './types.ts';

export interface FetchOptions extends FetchLimits {
  /** Allow loopback and private addresses; default from ARTICLE_FETCH_ALLOW_PRIVATE=1 (tests), else off. */
  allowPrivate?: boolean;
  /** Host name resolution; tests inject one to play DNS rebinding. */
  resolve?: Resolver;
  /**
   * Which addresses may be connected to; default: public ones only (or all with allowPrivate). Tests pass one
   * that lets their own server's exact address stand in for a public site, to check each redirect hop.
   */
  policy?: AddressPolicy;
}

export interface FetchedPage {
  /** The URL the body came from, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

const ARTICLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'article-bot/0.1 (+reads one news article on request)';

/** What a URL is called in messages: no credentials, no query string (tokens live there), not too long. */
export function describeUrl(url: URL): string {
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  return shown.length > 120 ? `${shown.slice(0, 117)}…` : shown;
}

export function parseLink(link: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    throw new ImportError('bad-url', 'not a valid link');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ImportError(
      'bad-url',
      `only http and https links can be read, not ${url.protocol.replace(':', '')}`,
    );
  if (url.username || url.password)
    throw new ImportError('bad-url', 'links with a user name or password are refused');
  return url;
}

function mediaType(contentType: string | null): string | null {
  return contentType ? contentType.split(';')[0]!.trim().toLowerCase() || null : null;
}

function typeRefusal(type: string): ImportError {
  const what =
    type === 'application/pdf'
      ? 'a PDF'
      : type.startsWith('image/')
        ? 'an image'
        : type.startsWith('video/')
          ? 'a video'
          : type.startsWith('audio/')
            ? 'a sound file'
            : `a ${type} file`;
  return new ImportError(
    'not-article-type',
    `the link is ${what}, not a web page or a text: only HTML and plain text can be read`,
  );
}

export function allowPrivateFromEnv(): boolean {
  return process.env.ARTICLE_FETCH_ALLOW_PRIVATE === '1';
}

export async function fetchPage(link: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = { ...IMPORT_LIMITS, ...definedOnly(options) };
  const policy = options.policy ?? addressPolicy(options.allowPrivate ?? allowPrivateFromEnv());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timeout = () =>
    new ImportError('timeout', `the page did not answer within ${limits.timeoutMs / 1000} s`);
  try {
    let url = parseLink(link);
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      const res = await get(url, { policy, resolve: options.resolve, signal: controller.signal }).catch(
        (err: unknown) => {
          throw controller.signal.aborted ? timeout() : toImportError(err, url);
        },
      );
      if (REDIRECTS.has(res.statusCode ?? 0)) {
        res.destroy(); // not read: a body that never ends must not outlive the fetch
        const location = res.headers.location;
        if (!location)
          throw new ImportError(
            'http-status',
            `${describeUrl(url)} redirects nowhere (HTTP ${res.statusCode})`,
          );
        const next = parseLink(location, url);
        if (seen.has(next.href))
          throw new ImportError('too-many-redirects', `${describeUrl(url)} redirects in a loop`);
        if (hop + 1 > limits.maxRedirects)
          throw new ImportError(
            'too-many-redirects',
            `more than ${limits.maxRedirects} redirects from ${describeUrl(parseLink(link))}`,
          );
        url = next;
        continue;
      }
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        res.destroy(); // not read: a body that never ends must not outlive the fetch
        throw new ImportError(
          'http-status',
          `${describeUrl(url)} answered HTTP ${status}${status === 404 ? ' (not found)' : ''}`,
        );
      }
      const contentType = res.headers['content-type'] ?? null;
      const type = mediaType(contentType);
      if (type && !ARTICLE_TYPES.has(type)) {
        res.destroy();
        throw typeRefusal(type);
      }
      const declared = Number(res.headers['content-length']);
      if (!res.headers['content-encoding'] && declared > limits.maxBytes) {
        res.destroy();
        throw tooLarge(limits.maxBytes);
      }
      const bytes = await readBody(res, limits.maxBytes).catch((err: unknown) => {
        throw controller.signal.aborted ? timeout() : toImportError(err, url);
      });
      return { url: url.href, contentType, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

function definedOnly(options: FetchLimits): FetchLimits {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'number')) as FetchLimits;
}

function tooLarge(max: number): ImportError {
  return new ImportError('too-large', `the page is larger than ${Math.round(max / 1024 / 1024)} MB`);
}

interface GetContext {
  policy: AddressPolicy;
  resolve?: Resolver;
  signal: AbortSignal;
}

function get(url: URL, ctx: GetContext): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address never reaches the lookup hook, so it is checked here.
  const why = isIP(host) ? ctx.policy(host) : null;
  if (why) return Promise.reject(privateAddressError(host, why));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      agent: false,
      lookup: guardedLookup(ctx.policy, ctx.resolve),
      signal: ctx.signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-language': 'fr,en;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    // Belt and braces: whatever the lookup did, a socket that ends up on a forbidden address is dropped.
    req.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        const why = socket.remoteAddress ? ctx.policy(socket.remoteAddress) : null;
        if (why) req.destroy(privateAddressError(url.hostname, why));
      });
    });
    req.once('response', resolve);
    req.on('error', reject); // 'on': an error after the response (a destroyed body) must not go unhandled
    req.end();
  });
}

function decoderFor(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'identity' || encoding === '') return res;
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder)
    throw new ImportError(
      'not-article-type',
      `the page is sent in an unknown encoding (${encoding.slice(0, 20)})`,
    );
  res.on('error', (err) => decoder.destroy(err));
  return res.pipe(decoder);
}

/** The body, decompressed, stopped as soon as it passes `max` bytes. */
function readBody(res: IncomingMessage, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let stream: Readable;
    try {
      stream = decoderFor(res);
    } catch (err) {
      res.destroy();
      reject(err);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // Destroying the response emits 'aborted' at once: the first outcome is the one reported.
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err);
      stream.destroy();
      res.destroy();
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) fail(tooLarge(max));
      else chunks.push(chunk);
    });
    stream.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    stream.on('error', fail);
    res.on('aborted', () =>
      fail(new ImportError('network', 'the connection was cut while reading the page')),
    );
  });
}

function toImportError(err: unknown, url: URL): ImportError {
  if (err instanceof ImportError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const where = describeUrl(url);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new ImportError('network', `${url.hostname} was not found`);
  if (code === 'ECONNREFUSED') return new ImportError('network', `${where} refused the connection`);
  if (code === 'ECONNRESET') return new ImportError('network', `${where} cut the connection`);
  if (code.startsWith('Z_') || code.startsWith('ERR__') || code === 'ERR_BROTLI')
    return new ImportError('network', `${where} sent a corrupt compressed body`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME/i.test(code))
    return new ImportError('network', `${where}: its TLS certificate is not valid (${code})`);
  if (/EPROTO|SSL|TLS/i.test(code)) return new ImportError('network', `${where}: the TLS connection failed`);
  return new ImportError('network', `${where} could not be read (${code || 'network error'})`);
}
