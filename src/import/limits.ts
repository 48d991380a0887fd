// The import's limits, named once: the fetcher, the byte sniffer and the article checks read them from here.

export const IMPORT_LIMITS = {
  /** Whole fetch, redirects included. */
  timeoutMs: 10_000,
  /** Body size after decompression: a news page is a few hundred kilobytes; a gzip bomb stops here. */
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  /** Article text (headings excluded) below this is a teaser, a paywall stub or a listing, not an article. */
  minBodyChars: 400,
  /** Share of the body's characters inside links above which the "article" is a list of links. */
  maxLinkDensity: 0.5,
} as const;

/** Per-call overrides of the fetch limits (tests use a short timeout). */
export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}
