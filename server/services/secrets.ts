import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Hex SHA-256: how tokens, enrollment codes and blob contents are identified; never the secret itself. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Constant-time comparison of two hex digests (false, not a throw, when the lengths differ). */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** An opaque device token: 256 random bits, base64url. Shown to the device once, stored only hashed. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32: no I, L, O or U, so a code read aloud or retyped from paper survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A single-use enrollment code: 128 random bits as 26 Crockford base32 characters in groups of
 * four ("7K2M-…"), easy to type into the app's settings screen.
 */
export function newEnrollmentCode(): string {
  const bytes = randomBytes(16);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = alphabet[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out.match(/.{1,4}/g)!.join('-');
}

/** The form a code is hashed in: case, dashes and spaces do not matter; O/I/L read as 0/1/1. */
export function normalizeEnrollmentCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
