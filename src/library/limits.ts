// Limits on what servers and users may store, named in one place (Discord's own limits are in src/discord/limits.ts).

export const ARTICLE_LIMITS = {
  /** Articles one server (or one user, in DMs) may keep; loading the same text again does not count. */
  articlesPerScope: 50,
  /**
   * Characters of text per article. A long news article is 10–20 000. At 80 000, indexing takes 0.12–0.18 s (in the
   * worker), building the engine from the stored index 40–90 ms (on the main thread, on the first question after a
   * start or an eviction), and the engine holds about 10 MB (131 bytes per character, npm run bench).
   */
  charsPerArticle: 80_000,
  /** Loads per server (or user) per minute: indexing is the expensive part of the bot. */
  loadsPerScopePerMinute: 5,
  /** An attachment larger than this is refused before it is downloaded. */
  attachmentBytes: 2 * 1024 * 1024,
  /** Downloading an attachment gives up after this. */
  attachmentTimeoutMs: 10_000,
} as const;

/**
 * Heap an engine holds per character of article text, measured by npm run bench (about 130 on the test articles;
 * rounded up). The engine cache sizes its entries with it.
 */
export const ENGINE_BYTES_PER_CHAR = 150;
/** Floor for the estimate: even a short article's engine carries maps and tables. */
export const ENGINE_MIN_BYTES = 64 * 1024;

export const ENGINE_CACHE_DEFAULTS = {
  /** Engines kept built at once. */
  maxEntries: 200,
  /** Estimated memory those engines may hold, in megabytes. */
  maxMegabytes: 64,
} as const;
