import { z } from 'zod';
import { msg, typeError } from '../messageKeys';

/** True for an IANA zone the runtime knows (`Asia/Ho_Chi_Minh`, `America/New_York`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** IANA time zone, required (meetings show both sides' local times from it). */
export const timeZoneSchema = z.string({ error: typeError }).refine(isTimeZone, {
  error: (iss) => (iss.input === '' ? msg.required : msg.timeZone),
});

/** IANA time zone or `''` when unknown (contacts). */
export const optionalTimeZoneSchema = z
  .string({ error: typeError })
  .refine((zone) => zone === '' || isTimeZone(zone), { message: msg.timeZone });

/** Email or `''`; trimmed and lower-cased so two spellings of one address compare equal. */
export const optionalEmailSchema = z
  .string({ error: typeError })
  .trim()
  .toLowerCase()
  .refine((s) => s === '' || z.email().safeParse(s).success, { message: msg.emailFormat });

/** Phone or `''`: digits with spaces, dots, dashes, brackets and an optional leading +. */
export const optionalPhoneSchema = z
  .string({ error: typeError })
  .trim()
  .refine((s) => s === '' || /^\+?[0-9(][0-9 ().-]{4,30}$/.test(s), { message: msg.phoneFormat });
