// Recognise Discord API errors that are part of normal life rather than bugs.
import {
  ALREADY_ACKNOWLEDGED,
  INVALID_WEBHOOK_TOKEN,
  UNKNOWN_INTERACTION,
  UNKNOWN_WEBHOOK,
} from './limits.ts';

function code(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'code' in err
    ? (err as { code: unknown }).code
    : undefined;
}

const STALE = new Set<unknown>([
  UNKNOWN_INTERACTION,
  ALREADY_ACKNOWLEDGED,
  UNKNOWN_WEBHOOK,
  INVALID_WEBHOOK_TOKEN,
]);

/**
 * The interaction expired (3 s for the first answer, 15 min for edits and follow-ups) or was answered elsewhere:
 * there is no way left to tell the user, so it is logged as a warning rather than apologised for.
 */
export function isStaleInteraction(err: unknown): boolean {
  return STALE.has(code(err));
}
