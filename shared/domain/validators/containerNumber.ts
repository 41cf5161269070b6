import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';

/** ISO 6346 letter values: A=10 upwards, skipping multiples of 11 (11, 22, 33). */
function letterValue(ch: string): number {
  let v = 10;
  for (let c = 65; c < ch.charCodeAt(0); c++) {
    v++;
    if (v % 11 === 0) v++;
  }
  return v;
}

/** `"csqu 305438 3"` → `"CSQU3054383"`. */
export function normalizeContainerNumber(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Message key for a bad ISO 6346 container number (owner code, serial, check digit), or null. */
export function containerNumberError(input: string): ValidationMessageKey | null {
  const s = normalizeContainerNumber(input);
  if (!/^[A-Z]{3}[UJZR]\d{7}$/.test(s)) return msg.containerFormat;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = s[i]!;
    sum += (i < 4 ? letterValue(ch) : Number(ch)) * 2 ** i;
  }
  return (sum % 11) % 10 === Number(s[10]) ? null : msg.containerCheckDigit;
}

/** One container number, normalised and check-digit verified. */
export const containerNumberSchema = z
  .string({ error: typeError })
  .overwrite(normalizeContainerNumber)
  .superRefine((s, ctx) => {
    const error = containerNumberError(s);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });
