// Keep the bot token out of everything the bot writes: log lines and the messages it sends to Discord.

/** Any number of backslashes: markdown escaping (`\_`) and JSON encoding (`\\_`) may sit before any character. */
const BS = String.raw`\\*`;
const TOKEN_CHAR = String.raw`${BS}[\w-]`;

// Bot tokens have this shape; scrubbed even when not passed as a secret (e.g. inside a third-party error message, or
// pasted by a user into a question that the bot then echoes back, markdown-escaped or not).
const TOKEN_SHAPE = new RegExp(
  String.raw`(?:${TOKEN_CHAR}){23,28}${BS}\.(?:${TOKEN_CHAR}){6,7}${BS}\.(?:${TOKEN_CHAR}){27,40}`,
  'g',
);

/** Secrets shorter than this are not scrubbed: they would match ordinary words. */
const MIN_SECRET = 8;

const patterns = new Map<string, RegExp>();

/** `secret`, also when escaping has put backslashes between its characters. */
function patternFor(secret: string): RegExp {
  let p = patterns.get(secret);
  if (!p) {
    p = new RegExp([...secret].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(BS), 'g');
    patterns.set(secret, p);
  }
  return p;
}

/** The shortest string TOKEN_SHAPE can match (no backslashes): the three parts and their two dots. */
const TOKEN_MIN_CHARS = 23 + 1 + 6 + 1 + 27;

export function scrub(line: string, secrets: readonly string[]): string {
  let out = line;
  // Every reply's strings pass through here (scrubData): the cheap tests below skip the regexes where they cannot
  // match. Without a backslash, the escaped-secret pattern matches exactly the secret itself.
  const escaped = out.includes('\\');
  for (const s of secrets)
    if (s.length >= MIN_SECRET && (escaped || out.includes(s)))
      out = out.replace(patternFor(s), '[redacted]');
  // A token is TOKEN_MIN_CHARS long at least and holds two dots.
  if (out.length < TOKEN_MIN_CHARS || out.indexOf('.') === out.lastIndexOf('.')) return out;
  return out.replace(TOKEN_SHAPE, '[redacted]');
}

/** `scrub` over every string of plain data (a reply, a list of choices); returns the same object when it is clean. */
export function scrubData<T>(data: T, secrets: readonly string[]): T {
  if (typeof data === 'string') return scrub(data, secrets) as T;
  if (Array.isArray(data)) {
    const out = data.map((x: unknown) => scrubData(x, secrets));
    return (out.every((x, i) => x === data[i]) ? data : out) as T;
  }
  if (data !== null && typeof data === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) {
      out[k] = scrubData(v, secrets);
      changed ||= out[k] !== v;
    }
    return (changed ? out : data) as T;
  }
  return data;
}
