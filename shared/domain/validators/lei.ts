import { msg, type ValidationMessageKey } from '../messageKeys';

/** Upper-cased, spaces removed: LEIs are often printed in groups of four. */
export function normalizeLei(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** ISO 7064 MOD 97-10 over the LEI with letters as 10–35, computed in chunks to stay within doubles. */
function mod97(alnum: string): number {
  let rest = 0;
  for (const ch of alnum) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** Message key for a bad ISO 17442 LEI (18 alphanumerics + 2 check digits, mod 97 = 1), or null. */
export function leiError(input: string): ValidationMessageKey | null {
  const s = normalizeLei(input);
  if (!/^[A-Z0-9]{18}\d{2}$/.test(s)) return msg.leiFormat;
  return mod97(s) === 1 ? null : msg.leiChecksum;
}

export function isValidLei(input: string): boolean {
  return leiError(input) === null;
}
