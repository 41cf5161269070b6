import type { z } from 'zod';
import { caseReferenceSchema } from './caseReference';
import { enumField, idListSchema, idSchema, labelList, listOf, longText, optionalText, recordObject, requiredText } from './fields';
import { msg, type ValidationMessageKey } from './messageKeys';
import { adCvdOrderSchema } from './validators/adCvdOrder';
import { countryCodeSchema } from './validators/country';
import { dateRanges } from './validators/dateRange';
import { isoDateTimeSchema, isoDateWithin, nullableIsoDateTimeSchema } from './validators/isoDate';

/** Kinds of matter an attaché handles (DOMAIN.md "Case"). */
export const caseTypes = [
  'originVerification',
  'transshipment',
  'adCvdEvasion',
  'forcedLabour',
  'ipr',
  'narcotics',
  'wildlife',
  'other',
] as const;
/** Life cycle draft → open → awaitingReply ⇄ replyReceived → closed (see `caseStatusMachine`). */
export const caseStatuses = ['draft', 'open', 'awaitingReply', 'replyReceived', 'closed'] as const;
/** How a closed case ended; set exactly when status is `closed`. */
export const caseOutcomes = ['confirmed', 'notConfirmed', 'partiallyConfirmed', 'noFinding', 'withdrawn'] as const;
export const casePriorities = ['low', 'normal', 'high', 'urgent'] as const;
/** outgoing: we ask the counterpart; incoming: the counterpart asks us. */
export const caseDirections = ['outgoing', 'incoming'] as const;
/** Handling levels for CMAA information, lowest to highest sensitivity. */
export const confidentialityLevels = ['public', 'officialUse', 'businessConfidential', 'personalData'] as const;

export type CaseType = (typeof caseTypes)[number];
export type CaseStatus = (typeof caseStatuses)[number];
export type CaseOutcome = (typeof caseOutcomes)[number];
export type CasePriority = (typeof casePriorities)[number];
export type CaseDirection = (typeof caseDirections)[number];
export type ConfidentialityLevel = (typeof confidentialityLevels)[number];

/**
 * Case fields without cross-field rules: use it to `.pick`/`.omit`/`.partial` for forms
 * (zod refuses those on refined objects). Records are validated with `caseSchema`.
 */
export const caseFieldsSchema = recordObject({
  id: idSchema,
  /** Human reference, unique per workspace even when created offline (`caseReference.ts`). */
  reference: caseReferenceSchema,
  title: requiredText(300),
  type: enumField(caseTypes),
  status: enumField(caseStatuses),
  outcome: enumField(caseOutcomes).nullable(),
  priority: enumField(casePriorities),
  /** ISO 3166-1 alpha-2 of the counterpart administration, upper case. */
  partnerCountry: countryCodeSchema,
  direction: enumField(caseDirections),
  /** Instrument and article relied on, e.g. "CMAA US–VN, Art. 4"; `''` until known. */
  legalBasis: optionalText(300),
  summary: longText(),
  /** Officer responsible (display name); `''` when unassigned. */
  assignee: optionalText(200),
  tags: labelList(60),
  /** AD/CVD orders the goods may evade, each like `A-570-967`. */
  adCvdOrders: listOf(adCvdOrderSchema)
    .refine((xs) => new Set(xs).size === xs.length, { message: msg.listDuplicate }),
  confidentiality: enumField(confidentialityLevels),
  linkedCaseIds: idListSchema,
  openedOn: isoDateWithin(dateRanges.opened).nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Set when the officer archives the case; archiving is independent of status. */
  archivedAt: nullableIsoDateTimeSchema,
});

/** A cross-field problem: where (field path) and what (message key). */
export type DomainIssue = { path: (string | number)[]; message: ValidationMessageKey };

/** Rules across case fields: outcome exactly when closed; no link to itself. */
export function checkCaseInvariants(c: Pick<Case, 'id' | 'status' | 'outcome' | 'linkedCaseIds'>): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (c.status === 'closed' && c.outcome === null) issues.push({ path: ['outcome'], message: msg.caseOutcomeRequired });
  if (c.status !== 'closed' && c.outcome !== null) {
    issues.push({ path: ['outcome'], message: msg.caseOutcomeOnlyWhenClosed });
  }
  if (c.linkedCaseIds.includes(c.id)) issues.push({ path: ['linkedCaseIds'], message: msg.caseSelfLink });
  return issues;
}

/** The dossier of one matter. Invariants: see `checkCaseInvariants`. */
export const caseSchema = caseFieldsSchema.superRefine((c, ctx) => {
  for (const issue of checkCaseInvariants(c)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Case = z.infer<typeof caseFieldsSchema>;
