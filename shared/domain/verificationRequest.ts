import { z } from 'zod';
import { confidentialityLevels, caseDirections } from './case';
import type { DomainIssue } from './case';
import { enumField, idListSchema, idSchema, listOf, nullableIdSchema, optionalText, recordObject, requiredText } from './fields';
import { msg, typeError } from './messageKeys';
import {
  requestExtensionSchema,
  requestGoodsLineSchema,
  requestGroundsSchema,
  requestInvoiceSchema,
  requestPartySchema,
  requestProofSchema,
  requestTransportSchema,
  visitProposalSchema,
} from './requestParts';
import { isoDateTimeSchema, nullableIsoDateSchema, nullableIsoDateTimeSchema } from './validators/isoDate';

/** Measure requested from the other administration. */
export const requestTypes = ['originVerification', 'informationRequest', 'enquiry', 'surveillance', 'documentService', 'other'] as const;
/** How origin is verified: ask the authority, ask a trader, or visit. */
export const verificationMethods = ['authorityRequest', 'exporterRequest', 'producerRequest', 'importerRequest', 'visit'] as const;
/** Instrument relied on; FTA ones require a copy of the proof of origin (see `ftaInstruments`). */
export const legalInstruments = ['CMAA', 'EVFTA', 'CPTPP', 'RCEP', 'ATIGA', 'AKFTA', 'VKFTA', 'EAPA', 'nationalLaw', 'other'] as const;
export const ftaInstruments = ['EVFTA', 'CPTPP', 'RCEP', 'ATIGA', 'AKFTA', 'VKFTA'] as const;
export const requestLanguages = ['en', 'vi', 'bilingual'] as const;
export const requestUrgencies = ['normal', 'urgent', 'immediate'] as const;
export const transmissionChannels = ['secureEmail', 'email', 'diplomaticPouch', 'post', 'handDelivery', 'electronicPlatform'] as const;
/** Life cycle, see `requestStatusMachine`. */
export const requestStatuses = [
  'draft',
  'sent',
  'acknowledged',
  'inProgress',
  'informationRequested',
  'visitScheduled',
  'replyReceived',
  'closed',
] as const;
/** How a closed request ended; set exactly when status is `closed`. */
export const requestOutcomes = ['confirmed', 'notConfirmed', 'noReply', 'withdrawn'] as const;

export type RequestType = (typeof requestTypes)[number];
export type VerificationMethod = (typeof verificationMethods)[number];
export type LegalInstrument = (typeof legalInstruments)[number];
export type RequestStatus = (typeof requestStatuses)[number];
export type RequestOutcome = (typeof requestOutcomes)[number];

/** Plain request fields (for forms); records are validated with `verificationRequestSchema`. */
export const verificationRequestFieldsSchema = recordObject({
  id: idSchema,
  caseId: idSchema,
  /** Short subject line shown in lists and as the letter's "Re:". */
  subject: requiredText(300),
  direction: enumField(caseDirections),
  ourReference: optionalText(100),
  /** Their reference no., usually known only after they acknowledge. */
  theirReference: optionalText(100),
  requestType: enumField(requestTypes),
  verificationMethod: enumField(verificationMethods),
  legalInstrument: enumField(legalInstruments),
  legalArticle: optionalText(200),
  requestingAuthority: requiredText(300),
  requestedAuthority: requiredText(300),
  ourContactId: nullableIdSchema,
  theirContactId: nullableIdSchema,
  language: enumField(requestLanguages),
  urgency: enumField(requestUrgencies),
  confidentiality: enumField(confidentialityLevels),
  transmissionChannel: enumField(transmissionChannels),
  proofOfOrigin: requestProofSchema,
  exporter: requestPartySchema,
  producer: requestPartySchema,
  importer: requestPartySchema,
  invoice: requestInvoiceSchema,
  transport: requestTransportSchema,
  goodsLines: listOf(requestGoodsLineSchema),
  grounds: requestGroundsSchema,
  visitProposal: visitProposalSchema.nullable(),
  /** Case attachments sent with the request (the C/O copy among them for FTA requests). */
  attachmentIds: idListSchema,
  sentOn: nullableIsoDateSchema,
  acknowledgementDueOn: nullableIsoDateSchema,
  acknowledgedOn: nullableIsoDateSchema,
  /** Defaults from `defaultReplyDueOn(instrument, sentOn)`, editable. */
  replyDueOn: nullableIsoDateSchema,
  extensions: listOf(requestExtensionSchema),
  replyReceivedOn: nullableIsoDateSchema,
  status: enumField(requestStatuses),
  outcome: enumField(requestOutcomes).nullable(),
  findings: optionalText(50_000),
  /** The request this one amends (a sent request is never edited, it is amended), or null. */
  amendmentOf: nullableIdSchema,
  /** 0 for the original request, 1… for amendments. */
  amendmentNo: z.number({ error: typeError }).int(msg.integer).min(0, msg.nonNegative),
  /** When the request was sent and its content frozen; null while a draft. */
  frozenAt: nullableIsoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type VerificationRequest = z.infer<typeof verificationRequestFieldsSchema>;

const isFta = (instrument: LegalInstrument) => (ftaInstruments as readonly string[]).includes(instrument);

/**
 * Rules across request fields. Outcome exactly when closed; a never-sent request closes only as
 * withdrawn. Once out of draft: sent date, ≥1 goods line, ≥1 doubt category, a visit proposal for
 * visits and, under an FTA, at least one attachment (the copy of the proof of origin).
 */
export function checkRequestInvariants(r: VerificationRequest): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const add = (path: DomainIssue['path'], message: DomainIssue['message']) => issues.push({ path, message });
  if (r.status === 'closed' && r.outcome === null) add(['outcome'], msg.requestOutcomeRequired);
  if (r.status !== 'closed' && r.outcome !== null) add(['outcome'], msg.requestOutcomeOnlyWhenClosed);
  const everSent = r.sentOn !== null;
  if (r.status === 'closed' && !everSent && r.outcome !== null && r.outcome !== 'withdrawn') {
    add(['outcome'], msg.requestUnsentOutcome);
  }
  const inForce = r.status !== 'draft' && !(r.status === 'closed' && !everSent);
  if (!inForce) return issues;
  if (!everSent) add(['sentOn'], msg.requestSentOnRequired);
  if (r.goodsLines.length === 0) add(['goodsLines'], msg.requestGoodsRequired);
  if (r.grounds.doubtCategories.length === 0) add(['grounds', 'doubtCategories'], msg.requestDoubtRequired);
  if (r.verificationMethod === 'visit' && r.visitProposal === null) add(['visitProposal'], msg.requestVisitRequired);
  if (isFta(r.legalInstrument) && r.attachmentIds.length === 0) add(['attachmentIds'], msg.requestOriginDocumentRequired);
  return issues;
}

/** Origin verification request / request for assistance (DOMAIN.md "the form"). */
export const verificationRequestSchema = verificationRequestFieldsSchema.superRefine((r, ctx) => {
  for (const issue of checkRequestInvariants(r)) ctx.addIssue({ code: 'custom', ...issue });
});
