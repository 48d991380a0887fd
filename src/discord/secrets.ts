// Keep the bot token out of everything the bot writes: log lines and the messages it sends to Discord.

// Bot tokens have this shape; scrubbed even when not passed as a secret (e.g. inside a third-party error message, or
// pasted by a user into a question that the bot then echoes back).
const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;

/** Secrets shorter than this are not scrubbed: they would match ordinary words. */
const MIN_SECRET = 8;

export function scrub(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const s of secrets) if (s.length >= MIN_SECRET) out = out.split(s).join('[redacted]');
  return out.replace(TOKEN_SHAPE, '[redacted]');
}

/** `scrub` over every string of plain JSON data (a reply, a list of choices), returning a scrubbed copy. */
export function scrubData<T>(data: T, secrets: readonly string[]): T {
  const json = JSON.stringify(data);
  if (json === undefined) return data;
  const clean = scrub(json, secrets);
  // Tokens are made of [\w.-], so replacing them never breaks the JSON around them.
  return clean === json ? data : (JSON.parse(clean) as T);
}
