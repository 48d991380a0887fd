// The HTTP endpoint's own limits (Discord's limits stay in src/discord/limits.ts). Named here so tests and docs
// point at one place.

export const HTTP_LIMITS = {
  /**
   * Largest request body read. Discord's interaction payloads are a few kilobytes; a message context menu carries the
   * resolved message (up to 2 000 characters of content plus embeds, about 20 KB at worst). 256 KB leaves room and
   * still refuses a flood before it is buffered whole.
   */
  maxBodyBytes: 256 * 1024,
  /**
   * A signed request whose timestamp is further than this from our clock is refused: a captured request cannot be
   * replayed later. Discord signs at send time; 5 minutes tolerates clock skew, as Stripe and Slack do.
   */
  maxClockSkewSeconds: 300,
  /** Discord waits 3 s for the HTTP answer; after that there is no point holding the connection. */
  answerTimeoutMs: 3000,
} as const;
