import { z } from 'zod';
import { enumField, enumSet, idSchema, labelList, listOf, longText, optionalText, recordObject, requiredText } from './fields';
import { choiceError, msg, typeError } from './messageKeys';
import { adCvdOrderSchema } from './validators/adCvdOrder';
import { optionalCountryCodeSchema } from './validators/country';
import { hsCodeLengths, optionalHsCodeSchema } from './validators/hsCode';
import { nullableIsoDateSchema } from './validators/isoDate';
import { partyIdentifierSchema } from './validators/partyIdentifier';

export const riskSubjectTypes = ['goods', 'company', 'person', 'industry'] as const;
export const riskCategories = [
  'originFraud',
  'transshipment',
  'adCvdEvasion',
  'undervaluation',
  'misclassification',
  'forcedLabour',
  'sanctions',
  'ipr',
  'smuggling',
] as const;
/** Our normalised scale; the source's own wording is kept in `sourceRiskLevel`. */
export const riskLevels = ['low', 'medium', 'high', 'veryHigh'] as const;
export const riskEntryStatuses = ['active', 'suspended', 'revoked', 'expired'] as const;
/** Who may see the entry: shareable with the counterpart, national only, need to know. */
export const handlingCodes = ['shareable', 'nationalOnly', 'needToKnow'] as const;

export type RiskSubjectType = (typeof riskSubjectTypes)[number];
export type RiskCategory = (typeof riskCategories)[number];
export type RiskLevel = (typeof riskLevels)[number];
export type RiskEntryStatus = (typeof riskEntryStatuses)[number];
export type HandlingCode = (typeof handlingCodes)[number];

/** Another name of the subject, as written and in Latin script. */
export const riskAliasSchema = z.object(
  { name: requiredText(300), nameLatin: optionalText(300) },
  { error: typeError },
);
/**
 * Where the subject is: a street address, its country, or both. A list often knows only the
 * country (a company "of Vietnam", a sanctions target's nationality), so either may be `''`
 * but not both.
 */
export const riskAddressSchema = z
  .object({ address: optionalText(1000), country: optionalCountryCodeSchema }, { error: typeError })
  .superRefine((a, ctx) => {
    if (a.address === '' && a.country === '') ctx.addIssue({ code: 'custom', path: ['address'], message: msg.required });
  });

export const riskEntryFieldsSchema = recordObject({
  id: idSchema,
  listId: idSchema,
  /** The entry's number in the source list, which keeps it matchable across versions. */
  sourceRef: optionalText(60),
  subjectType: enumField(riskSubjectTypes),
  hsCode: optionalHsCodeSchema,
  /** Digits of `hsCode` (2 chapter … 10 national); null without a code. */
  hsLevel: z.literal(hsCodeLengths, { error: choiceError }).nullable(),
  goodsDescription: optionalText(2000),
  /** Company, person or industry name in the original script (e.g. Vietnamese with diacritics). */
  primaryName: optionalText(300),
  primaryNameLatin: optionalText(300),
  aliases: listOf(riskAliasSchema),
  legalForm: optionalText(100),
  identifiers: listOf(partyIdentifierSchema),
  addresses: listOf(riskAddressSchema),
  claimedOrigin: optionalCountryCodeSchema,
  suspectedOrigin: optionalCountryCodeSchema,
  transitCountries: listOf(optionalCountryCodeSchema.refine((c) => c !== '', { message: msg.required })),
  riskCategories: enumSet(riskCategories),
  indicators: labelList(500),
  linkedOrders: listOf(adCvdOrderSchema),
  riskLevel: enumField(riskLevels),
  sourceRiskLevel: optionalText(60),
  status: enumField(riskEntryStatuses),
  listedOn: nullableIsoDateSchema,
  validFrom: nullableIsoDateSchema,
  validTo: nullableIsoDateSchema,
  reason: longText(20_000),
  handlingCode: enumField(handlingCodes),
});

/**
 * An entry of a risk list. Goods need an HS code or description; companies, persons and
 * industries need a name; `hsLevel` equals the code's digit count; validTo ≥ validFrom.
 */
export const riskEntrySchema = riskEntryFieldsSchema.superRefine((e, ctx) => {
  const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (e.subjectType === 'goods' ? e.hsCode === '' && e.goodsDescription === '' : e.primaryName === '') {
    add(e.subjectType === 'goods' ? 'hsCode' : 'primaryName', msg.riskEntrySubject);
  }
  if ((e.hsCode === '' ? null : e.hsCode.length) !== e.hsLevel) add('hsLevel', msg.hsLevelMismatch);
  if (e.validFrom && e.validTo && e.validTo < e.validFrom) add('validTo', msg.dateOrder);
});
export type RiskEntry = z.infer<typeof riskEntryFieldsSchema>;
