import { z } from 'zod';
import { choiceError, msg, typeError, type ValidationMessageKey } from '../messageKeys';
import { toNfc } from '../text';
import { cnUsccError } from './cnUscc';
import { leiError, normalizeLei } from './lei';
import { normalizeVnTaxCode, vnTaxCodeError } from './vnTaxCode';

/**
 * Identifier schemes for companies and persons: VN_MST Vietnamese tax code, US_EIN employer ID,
 * CN_USCC Chinese unified social credit code, LEI (ISO 17442), DUNS, MID (CBP manufacturer ID),
 * VN_CCCD Vietnamese 12-digit citizen ID (individuals' tax number since 2025), OTHER free text.
 */
export const partyIdentifierSchemes = ['VN_MST', 'US_EIN', 'CN_USCC', 'LEI', 'DUNS', 'MID', 'VN_CCCD', 'OTHER'] as const;
export type PartyIdentifierScheme = (typeof partyIdentifierSchemes)[number];

/** One spelling per identifier, so screening can match identifiers exactly. */
export function normalizeIdentifier(scheme: PartyIdentifierScheme, input: string): string {
  const compact = input.replace(/\s/g, '');
  switch (scheme) {
    case 'VN_MST':
      return normalizeVnTaxCode(input);
    case 'LEI':
      return normalizeLei(input);
    case 'US_EIN':
      return /^\d{9}$/.test(compact) ? `${compact.slice(0, 2)}-${compact.slice(2)}` : compact;
    case 'DUNS':
      return /^[\d-]+$/.test(compact) ? compact.replace(/-/g, '') : compact;
    case 'CN_USCC':
    case 'MID':
      return compact.toUpperCase();
    case 'VN_CCCD':
      return compact;
    case 'OTHER':
      return toNfc(input.trim());
  }
}

/** Message key for an identifier value that its scheme rejects, or null. Normalises first. */
export function identifierError(scheme: PartyIdentifierScheme, input: string): ValidationMessageKey | null {
  const value = normalizeIdentifier(scheme, input);
  if (value === '') return msg.required;
  switch (scheme) {
    case 'VN_MST':
      return vnTaxCodeError(value);
    case 'LEI':
      return leiError(value);
    case 'CN_USCC':
      return cnUsccError(value);
    case 'US_EIN':
      return /^\d{2}-\d{7}$/.test(value) ? null : msg.usEinFormat;
    case 'DUNS':
      return /^\d{9}$/.test(value) ? null : msg.dunsFormat;
    case 'MID':
      return /^[A-Z]{2}[A-Z0-9]{1,13}$/.test(value) ? null : msg.midFormat;
    case 'VN_CCCD':
      return /^\d{12}$/.test(value) ? null : msg.vnCccdFormat;
    case 'OTHER':
      return value.length > 100 ? msg.tooLong : null;
  }
}

/** `{ scheme, value }`; the value is normalised for its scheme and checked (issue path `value`). */
export const partyIdentifierSchema = z
  .object(
    {
      scheme: z.enum(partyIdentifierSchemes, { error: choiceError }),
      value: z.string({ error: typeError }),
    },
    { error: typeError },
  )
  .overwrite((id) => ({ ...id, value: normalizeIdentifier(id.scheme, id.value) }))
  .superRefine((id, ctx) => {
    const error = identifierError(id.scheme, id.value);
    if (error) ctx.addIssue({ code: 'custom', message: error, path: ['value'] });
  });
export type PartyIdentifier = z.infer<typeof partyIdentifierSchema>;
