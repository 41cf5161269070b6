import { msg, type ValidationMessageKey } from '../messageKeys';

/** Weights of MST digits 1–9 (Circular 105/2020/TT-BTC numbering rule); digit 10 checks them. */
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Canonical MST: spaces removed, and a 13-digit branch code typed without its dash gets the
 * dash back (`0100233488001` → `0100233488-001`) so one taxpayer has one spelling.
 */
export function normalizeVnTaxCode(input: string): string {
  const s = input.replace(/\s/g, '');
  return /^\d{13}$/.test(s) ? `${s.slice(0, 10)}-${s.slice(10)}` : s;
}

/** Expected check digit for the first 9 digits, or null when no digit can be valid (sum ≡ 0 mod 11). */
export function vnTaxCheckDigit(first9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * weights[i]!;
  const rest = sum % 11;
  return rest === 0 ? null : 10 - rest;
}

/**
 * Message key for a bad MST, or null. Accepts 10 digits or the branch form `XXXXXXXXXX-YYY`
 * (YYY 001–999). Input is normalised first, so `0100233488 001` is fine.
 */
export function vnTaxCodeError(input: string): ValidationMessageKey | null {
  const s = normalizeVnTaxCode(input);
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(s);
  if (!m) return msg.vnTaxCodeFormat;
  const main = m[1]!;
  if (m[2] === '000') return msg.vnTaxCodeBranch;
  return vnTaxCheckDigit(main.slice(0, 9)) === Number(main[9]) ? null : msg.vnTaxCodeCheckDigit;
}

/** True for a well-formed MST with a correct check digit (e.g. 0100233488, 0314409058-001). */
export function isValidVnTaxCode(input: string): boolean {
  return vnTaxCodeError(input) === null;
}
