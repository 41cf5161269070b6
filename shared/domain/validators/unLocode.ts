import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';
import { isCountryCode } from './country';

/** `"vn sgn"`, `"VN SGN"` → `"VNSGN"`: the code list prints a space, systems store 5 characters. */
export function normalizeUnLocode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** Message key for a bad UN/LOCODE (ISO country + 3 chars of A–Z/2–9), or null. */
export function unLocodeError(input: string): ValidationMessageKey | null {
  const s = normalizeUnLocode(input);
  if (!/^[A-Z]{2}[A-Z2-9]{3}$/.test(s)) return msg.unLocodeFormat;
  return isCountryCode(s.slice(0, 2)) ? null : msg.unLocodeCountry;
}

/** Required UN/LOCODE of a port or place, stored without the space. */
export const unLocodeSchema = z
  .string({ error: typeError })
  .overwrite(normalizeUnLocode)
  .superRefine((code, ctx) => {
    const error = code === '' ? msg.required : unLocodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** UN/LOCODE or `''` while the port is not known yet. */
export const optionalUnLocodeSchema = z
  .string({ error: typeError })
  .overwrite(normalizeUnLocode)
  .superRefine((code, ctx) => {
    const error = code === '' ? null : unLocodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });
