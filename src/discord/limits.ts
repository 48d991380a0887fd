// Discord's limits, in one place. Every renderer and command cuts against these names, never against bare numbers.
// Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits and the interactions docs.

export const LIMITS = {
  /** Plain message content. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name of all embeds in a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  /** Autocomplete answers and option choices. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Slash command names and option names: 1–32 lowercase. */
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  /** The interaction must be acknowledged (reply, defer or autocomplete result) within this time. */
  interactionDeadlineMs: 3000,
  /**
   * Discord's global REST limit per bot. Interaction endpoints are exempt from it: the callback and the webhook routes
   * used with an interaction token (edit @original, follow-ups). https://discord.com/developers/docs/topics/rate-limits
   */
  globalRequestsPerSecond: 50,
} as const;

/** Chat-input command and option names: lowercase letters, digits, -, _ and any script's letters, 1–32 long. */
export const COMMAND_NAME_PATTERN = /^[-_'\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Discord API error code for an interaction that expired or was already answered. */
export const UNKNOWN_INTERACTION = 10062;
/** Discord API error code for an interaction answered twice. */
export const ALREADY_ACKNOWLEDGED = 40060;
/** Discord API error codes for a webhook edit or follow-up whose interaction token has expired (15 minutes). */
export const UNKNOWN_WEBHOOK = 10015;
export const INVALID_WEBHOOK_TOKEN = 50027;
