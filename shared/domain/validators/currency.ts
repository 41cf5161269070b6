import { code as currencyByCode } from 'currency-codes';
import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';

/** True for an ISO 4217 alphabetic code in upper case that the currency-codes table knows (`USD`, `VND`). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencyByCode(code) !== undefined;
}

/** Message key for a value that is not an ISO 4217 code, or null. */
export function currencyCodeError(code: string): ValidationMessageKey | null {
  if (code === '') return msg.required;
  return isCurrencyCode(code) ? null : msg.currency;
}

/** Minor-unit digits of a currency (VND 0, USD 2), used to format amounts; 2 when unknown. */
export function currencyDigits(code: string): number {
  return (isCurrencyCode(code) ? currencyByCode(code)?.digits : undefined) ?? 2;
}

/** Required ISO 4217 code, upper-cased. */
export const currencyCodeSchema = z
  .string({ error: typeError })
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    const error = currencyCodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

/** ISO 4217 code or `''` when no amount is given. */
export const optionalCurrencyCodeSchema = z
  .string({ error: typeError })
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    if (code !== '' && !isCurrencyCode(code)) ctx.addIssue({ code: 'custom', message: msg.currency });
  });
