// Ed25519 request signatures, as Discord signs interactions sent to an HTTP endpoint: the signature in
// X-Signature-Ed25519 is over the X-Signature-Timestamp header's bytes followed by the raw body, with the application's
// public key. node:crypto verifies Ed25519 natively, so no dependency (tweetnacl, discord-interactions) is needed.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { HTTP_LIMITS } from './limits.ts';

/** DER SubjectPublicKeyInfo header for a raw 32-byte Ed25519 key (RFC 8410): node:crypto imports keys as SPKI. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex characters, as the Developer Portal shows it) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export type Verdict = 'ok' | 'missing' | 'bad-signature' | 'stale';

/**
 * Check one request. `nowSeconds` is passed in so tests can replay a request "later". The timestamp is checked after the
 * signature (an attacker cannot forge a fresh timestamp without the key) so a stale verdict means a real replay.
 */
export function verifyRequest(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number = Date.now() / 1000,
): Verdict {
  if (!signatureHex || !timestamp) return 'missing';
  if (!/^[0-9a-f]{128}$/i.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) return 'bad-signature';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!safeVerify(key, signed, Buffer.from(signatureHex, 'hex'))) return 'bad-signature';
  if (Math.abs(nowSeconds - Number(timestamp)) > HTTP_LIMITS.maxClockSkewSeconds) return 'stale';
  return 'ok';
}

function safeVerify(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
