// Recognise Discord API errors that are part of normal life rather than bugs.
import { ALREADY_ACKNOWLEDGED, UNKNOWN_INTERACTION } from './limits.ts';

function code(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'code' in err
    ? (err as { code: unknown }).code
    : undefined;
}

/** The interaction expired (3 s passed) or was answered elsewhere: nothing to tell the user. */
export function isStaleInteraction(err: unknown): boolean {
  const c = code(err);
  return c === UNKNOWN_INTERACTION || c === ALREADY_ACKNOWLEDGED;
}
