import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';

/**
 * US Commerce AD/CVD case number: `A` (anti-dumping) or `C` (countervailing), the 3-digit
 * country code Commerce uses (570 China, 552 Viet Nam, 580 Korea…), a 3-digit sequence.
 */
export const adCvdOrderPattern = /^[AC]-\d{3}-\d{3}$/;

/** `"a 570 967"`, `"A570967"` → `"A-570-967"` when the shape is recognisable; otherwise trimmed input. */
export function normalizeAdCvdOrder(input: string): string {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([AC])(\d{3})(\d{3})$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : input.trim();
}

export function isAdCvdOrder(input: string): boolean {
  return adCvdOrderPattern.test(input);
}

/** Message key for a value that is not an AD/CVD order reference (after normalising), or null. */
export function adCvdOrderError(input: string): ValidationMessageKey | null {
  return isAdCvdOrder(normalizeAdCvdOrder(input)) ? null : msg.adCvdOrderFormat;
}

/** One AD/CVD order reference, normalised to `A-570-967`. */
export const adCvdOrderSchema = z
  .string({ error: typeError })
  .overwrite(normalizeAdCvdOrder)
  .refine(isAdCvdOrder, { message: msg.adCvdOrderFormat });
