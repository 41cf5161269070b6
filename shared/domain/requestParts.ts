/**
 * Parts embedded in a verification request. They are snapshots, not links: once the request is
 * sent it is a legal document, so later edits to the case's parties or goods must not change it.
 */
import { z } from 'zod';
import { proofOfOriginKinds } from './caseChildren';
import { enumField, enumSet, listOf, nullableAmountSchema, optionalText, positionSchema, requiredText } from './fields';
import { typeError } from './messageKeys';
import { optionalCountryCodeSchema } from './validators/country';
import { optionalCurrencyCodeSchema } from './validators/currency';
import { hsCodeSchema } from './validators/hsCode';
import { isoDateSchema, nullableIsoDateSchema } from './validators/isoDate';
import { partyIdentifierSchema } from './validators/partyIdentifier';
import { optionalUnLocodeSchema } from './validators/unLocode';

/** Exporter, producer or importer as named in the request (all fields may be `''` if not concerned). */
export const requestPartySchema = z.object(
  {
    name: optionalText(300),
    address: optionalText(1000),
    country: optionalCountryCodeSchema,
    identifiers: listOf(partyIdentifierSchema),
  },
  { error: typeError },
);
export type RequestParty = z.infer<typeof requestPartySchema>;

/** The proof of origin under verification; `kind` null until chosen. */
export const requestProofSchema = z.object(
  {
    kind: enumField(proofOfOriginKinds).nullable(),
    number: optionalText(60),
    issueDate: nullableIsoDateSchema,
    issuingBody: optionalText(300),
  },
  { error: typeError },
);

export const requestInvoiceSchema = z.object(
  {
    number: optionalText(60),
    date: nullableIsoDateSchema,
    value: nullableAmountSchema,
    currency: optionalCurrencyCodeSchema,
  },
  { error: typeError },
);

export const requestTransportSchema = z.object(
  {
    billOfLading: optionalText(60),
    vessel: optionalText(200),
    portOfLoading: optionalUnLocodeSchema,
    portOfDischarge: optionalUnLocodeSchema,
    departureDate: nullableIsoDateSchema,
  },
  { error: typeError },
);

/** A goods line of the request: the HS code is mandatory here (the counterpart checks against it). */
export const requestGoodsLineSchema = z.object(
  {
    itemNo: positionSchema,
    description: requiredText(2000),
    hsCode: hsCodeSchema,
    /** Origin criterion claimed on the proof, e.g. "WO", "RVC 40%", "CTH". */
    originCriterion: optionalText(60),
    quantity: nullableAmountSchema,
    unit: optionalText(30),
    value: nullableAmountSchema,
    currency: optionalCurrencyCodeSchema,
  },
  { error: typeError },
);
export type RequestGoodsLine = z.infer<typeof requestGoodsLineSchema>;

/** Why this shipment was selected. */
export const selectionBases = ['random', 'riskBased', 'reasonableDoubt', 'allegation', 'intelligence'] as const;
/** What is doubted about the origin claim. */
export const doubtCategories = [
  'authenticity',
  'originCriterion',
  'insufficientProcessing',
  'transshipment',
  'directConsignment',
  'documentDiscrepancy',
  'productionCapacity',
  'forcedLabour',
  'other',
] as const;
export type SelectionBasis = (typeof selectionBases)[number];
export type DoubtCategory = (typeof doubtCategories)[number];

/** Grounds for the request; at least one doubt category once sent (see `checkRequestInvariants`). */
export const requestGroundsSchema = z.object(
  {
    selectionBasis: enumField(selectionBases).nullable(),
    doubtCategories: enumSet(doubtCategories),
    specificIssue: optionalText(5000),
    factsSummary: optionalText(20_000),
    /** Enquiries already made, which a CMAA request must state. */
    enquiriesMade: optionalText(20_000),
  },
  { error: typeError },
);

/** Proposed verification visit (method `visit`): window, sites to visit, our team. */
export const visitProposalSchema = z.object(
  {
    proposedFrom: nullableIsoDateSchema,
    proposedTo: nullableIsoDateSchema,
    sites: optionalText(2000),
    team: optionalText(2000),
  },
  { error: typeError },
);

/** A granted extension of the reply deadline. */
export const requestExtensionSchema = z.object(
  {
    grantedOn: nullableIsoDateSchema,
    newDueOn: isoDateSchema,
    reason: optionalText(2000),
  },
  { error: typeError },
);
