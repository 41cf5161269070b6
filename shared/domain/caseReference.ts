import { z } from 'zod';
import { msg, typeError } from './messageKeys';

/**
 * Human case references `YYYY-TTTT-NNNN` (e.g. `2026-K7QX-0042`) are created offline on several
 * laptops at once, so no central counter exists. Uniqueness comes from the device tag: a stable
 * 4-character hash of the device id, plus a per-device, per-year sequence kept by the database.
 * Alphabet: A–Z and 2–9 without I and O, which readers confuse with 1 and 0 on the phone.
 */
const tagAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const tagSpace = tagAlphabet.length ** 4;

export type CaseReferenceParts = { year: number; deviceTag: string; sequence: number };

/** Pattern of a stored reference (the sequence grows past 4 digits if a device ever needs it). */
export const caseReferencePattern = /^(\d{4})-([A-Z2-9]{4})-(\d{4,})$/;

/** 53-bit string hash (cyrb53): spreads similar device ids (UUIDv7 share prefixes) far apart. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Stable 4-character tag `[A-Z2-9]{4}` for a device id; the same id always gives the same tag. */
export function deviceTagFromId(deviceId: string): string {
  let n = hash53(deviceId) % tagSpace;
  let tag = '';
  for (let i = 0; i < 4; i++) {
    tag = tagAlphabet[n % tagAlphabet.length]! + tag;
    n = Math.floor(n / tagAlphabet.length);
  }
  return tag;
}

/** `{ year: 2026, deviceTag: 'K7QX', sequence: 42 }` → `"2026-K7QX-0042"`. */
export function formatCaseReference({ year, deviceTag, sequence }: CaseReferenceParts): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (!/^[A-Z2-9]{4}$/.test(deviceTag)) throw new RangeError(`bad device tag: ${deviceTag}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence: ${sequence}`);
  return `${year}-${deviceTag}-${String(sequence).padStart(4, '0')}`;
}

/** Parts of a reference, tolerant of case and surrounding spaces; null when it is not one. */
export function parseCaseReference(input: string): CaseReferenceParts | null {
  const m = caseReferencePattern.exec(input.trim().toUpperCase());
  if (!m) return null;
  const sequence = Number(m[3]);
  return sequence >= 1 ? { year: Number(m[1]), deviceTag: m[2]!, sequence } : null;
}

/** A stored case reference (upper-cased, trimmed). */
export const caseReferenceSchema = z
  .string({ error: typeError })
  .trim()
  .toUpperCase()
  .refine((s) => parseCaseReference(s) !== null, { message: msg.caseReferenceFormat });
