/**
 * Records that belong to one case (`caseId`): goods lines, shipments, proofs of origin,
 * deadlines, timeline notes and attachments. Parties live in `party.ts`.
 * Each record with a cross-field rule exports `…FieldsSchema` (plain, for forms) and `…Schema`.
 */
import { z } from 'zod';
import { caseStatuses } from './case';
import { enumField, idSchema, listOf, nullableAmountSchema, optionalText, positionSchema, recordObject, requiredText } from './fields';
import { msg, typeError } from './messageKeys';
import { containerNumberSchema } from './validators/containerNumber';
import { optionalCountryCodeSchema } from './validators/country';
import { optionalCurrencyCodeSchema } from './validators/currency';
import { optionalHsCodeSchema } from './validators/hsCode';
import { dateRanges } from './validators/dateRange';
import { isoDateTimeSchema, isoDateWithin, nullableIsoDateTimeSchema } from './validators/isoDate';
import { optionalUnLocodeSchema } from './validators/unLocode';

/** One line of goods (table `goods`). `currency` is required once a `value` is given. */
export const goodsLineFieldsSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  lineNo: positionSchema,
  /** Normalised digits (2–10) or `''` while the classification is unknown. */
  hsCode: optionalHsCodeSchema,
  description: requiredText(2000),
  declaredOrigin: optionalCountryCodeSchema,
  suspectedOrigin: optionalCountryCodeSchema,
  quantity: nullableAmountSchema,
  /** Unit of quantity as declared (e.g. "kg", "pcs", "m2"). */
  unit: optionalText(30),
  value: nullableAmountSchema,
  currency: optionalCurrencyCodeSchema,
});
export const goodsLineSchema = goodsLineFieldsSchema.superRefine((g, ctx) => {
  if (g.value !== null && g.currency === '') ctx.addIssue({ code: 'custom', path: ['currency'], message: msg.required });
});
export type GoodsLine = z.infer<typeof goodsLineFieldsSchema>;

/** A consignment: bill of lading, ISO 6346 containers, ports as UN/LOCODE, arrival ≥ departure. */
export const shipmentFieldsSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  billOfLading: optionalText(60),
  containers: listOf(containerNumberSchema).refine((xs) => new Set(xs).size === xs.length, {
    message: msg.listDuplicate,
  }),
  vessel: optionalText(200),
  portOfLoading: optionalUnLocodeSchema,
  portOfDischarge: optionalUnLocodeSchema,
  departureDate: isoDateWithin(dateRanges.shipped).nullable(),
  arrivalDate: isoDateWithin(dateRanges.shipped).nullable(),
});
export const shipmentSchema = shipmentFieldsSchema.superRefine((s, ctx) => {
  if (s.departureDate && s.arrivalDate && s.arrivalDate < s.departureDate) {
    ctx.addIssue({ code: 'custom', path: ['arrivalDate'], message: msg.dateOrder });
  }
});
export type Shipment = z.infer<typeof shipmentFieldsSchema>;

/** Certificate forms and origin statements (DOMAIN.md "C/O"). */
export const proofOfOriginKinds = [
  'formD',
  'formE',
  'formAK',
  'formVK',
  'eur1',
  'formB',
  'selfDeclaration',
  'rexStatement',
  'other',
] as const;
export type ProofOfOriginKind = (typeof proofOfOriginKinds)[number];

export const proofOfOriginSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  kind: enumField(proofOfOriginKinds),
  number: optionalText(60),
  issueDate: isoDateWithin(dateRanges.issued).nullable(),
  issuingBody: optionalText(300),
  issuingCountry: optionalCountryCodeSchema,
});
export type ProofOfOrigin = z.infer<typeof proofOfOriginSchema>;

/** A dated obligation in the case (e.g. EAPA interim measures at day 90); done when `completedAt` is set. */
export const deadlineSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  title: requiredText(300),
  dueDate: isoDateWithin(dateRanges.due),
  completedAt: nullableIsoDateTimeSchema,
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** `note`: free text by an officer; `statusChange`: written with every case transition. */
export const noteKinds = ['note', 'statusChange'] as const;
export type NoteKind = (typeof noteKinds)[number];

/**
 * Timeline entry. A `note` has text and no statuses; a `statusChange` has both `fromStatus` and
 * `toStatus` (text optional, e.g. the reason for reopening).
 */
export const noteFieldsSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  kind: enumField(noteKinds),
  text: optionalText(20_000),
  author: requiredText(200),
  createdAt: isoDateTimeSchema,
  fromStatus: enumField(caseStatuses).nullable(),
  toStatus: enumField(caseStatuses).nullable(),
});
export const noteSchema = noteFieldsSchema.superRefine((n, ctx) => {
  if (n.kind === 'note' && n.text === '') ctx.addIssue({ code: 'custom', path: ['text'], message: msg.required });
  const hasStatuses = n.fromStatus !== null && n.toStatus !== null;
  const hasAny = n.fromStatus !== null || n.toStatus !== null;
  if (n.kind === 'statusChange' ? !hasStatuses : hasAny) {
    ctx.addIssue({ code: 'custom', path: ['toStatus'], message: msg.noteStatusChange });
  }
});
export type Note = z.infer<typeof noteFieldsSchema>;

/** File metadata; the bytes are stored apart and identified by their SHA-256 (lower-case hex). */
export const attachmentSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  fileName: requiredText(255),
  mediaType: z
    .string({ error: typeError })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, msg.mediaTypeFormat),
  size: z.number({ error: typeError }).int(msg.integer).min(0, msg.nonNegative),
  sha256: z.string({ error: typeError }).toLowerCase().regex(/^[0-9a-f]{64}$/, msg.sha256Format),
  description: optionalText(1000),
});
export type Attachment = z.infer<typeof attachmentSchema>;
