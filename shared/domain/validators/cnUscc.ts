import { msg, type ValidationMessageKey } from '../messageKeys';

/** GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Message key for a bad Chinese unified social credit code (18 chars, mod-31 check), or null. */
export function cnUsccError(input: string): ValidationMessageKey | null {
  const s = input.replace(/\s/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return msg.cnUsccFormat;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(s[i]!) * weights[i]!;
  const check = (31 - (sum % 31)) % 31;
  return alphabet[check] === s[17] ? null : msg.cnUsccChecksum;
}
