import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';

/** HS code lengths the product accepts: chapter, heading, subheading, national 8 (AHTN) and 10 (HTSUS). */
export const hsCodeLengths = [2, 4, 6, 8, 10] as const;
export type HsLevel = (typeof hsCodeLengths)[number];

/** Strips the dots and spaces officers type ("8471.30.00", "8471 30") so codes compare by prefix. */
export function normalizeHsCode(input: string): string {
  return input.replace(/[.\s]/g, '');
}

/**
 * An HS code as officers write it: "7604.29", "7604.29.10", "7604.29.10.00" (heading, then pairs);
 * a chapter or heading alone stays as it is. Codes are stored as bare digits; every screen that
 * shows one shows it through this. Anything but digits is shown as typed.
 */
export function formatHsCode(code: string): string {
  const digits = normalizeHsCode(code);
  if (!/^\d{5,}$/.test(digits)) return code;
  return [digits.slice(0, 4), ...(digits.slice(4).match(/\d{1,2}/g) ?? [])].join('.');
}

/** Message key for a bad HS code (after normalisation), or null when it is well formed. */
export function hsCodeError(input: string): ValidationMessageKey | null {
  const code = normalizeHsCode(input);
  if (code === '') return msg.required;
  if (!/^\d+$/.test(code)) return msg.hsCodeFormat;
  return (hsCodeLengths as readonly number[]).includes(code.length) ? null : msg.hsCodeLength;
}

/** True when `code` falls under `prefix` in the HS tree (matching is by prefix, both normalised). */
export function hsCodeMatches(code: string, prefix: string): boolean {
  const p = normalizeHsCode(prefix);
  return p !== '' && normalizeHsCode(code).startsWith(p);
}

/** Required HS code: dots/spaces tolerated on input and stripped in the output. */
export const hsCodeSchema = z
  .string({ error: typeError })
  .overwrite(normalizeHsCode)
  .superRefine((code, ctx) => {
    const error = hsCodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** HS code that may be left empty (`''`) while the classification is still unknown. */
export const optionalHsCodeSchema = z
  .string({ error: typeError })
  .overwrite(normalizeHsCode)
  .superRefine((code, ctx) => {
    const error = code === '' ? null : hsCodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });
