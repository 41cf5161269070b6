import type {
  Attachment,
  Case,
  CaseType,
  GoodsLine,
  LegalInstrument,
  Party,
  PartyRole,
  ProofOfOrigin,
  RequestParty,
  RequestType,
  Shipment,
} from '../../../../shared/domain';
import { legalInstruments } from '../../../../shared/domain';
import { emptyVisitProposal, type RequestFormValues } from './requestForm';
import { replyDueDefault } from './replyDueDefault';
import { emptyRequestParty } from './requestRows';

/** What a new request is filled from: the case and its live child rows. */
export interface CaseForRequest {
  case: Case;
  parties: readonly Party[];
  goods: readonly GoodsLine[];
  shipments: readonly Shipment[];
  proofsOfOrigin: readonly ProofOfOrigin[];
  attachments: readonly Attachment[];
}

export interface NewRequestOptions {
  /** Our administration, as the letter names it. */
  ourAuthority: string;
  /** The partner country's administration (the caller words it in the UI language). */
  partnerAuthority: string;
  /** The reply due date for an instrument, as if sent `today` (`replyDueDefault` unless given). */
  replyDue?: (instrument: LegalInstrument, today: string) => string | null;
}

const requestTypeOfCase: Record<CaseType, RequestType> = {
  originVerification: 'originVerification',
  transshipment: 'originVerification',
  adCvdEvasion: 'originVerification',
  forcedLabour: 'informationRequest',
  ipr: 'informationRequest',
  narcotics: 'informationRequest',
  wildlife: 'informationRequest',
  other: 'informationRequest',
};

/** The instrument a proof of origin is issued under, where its kind says so. */
const instrumentOfProof: Partial<Record<ProofOfOrigin['kind'], LegalInstrument>> = {
  formD: 'ATIGA',
  formAK: 'AKFTA',
  formVK: 'VKFTA',
  eur1: 'EVFTA',
  rexStatement: 'EVFTA',
};

/** The instrument named in the case's legal basis ("EVFTA Protocol 1, Art. 32"), else the proof's, else the CMAA. */
function instrumentFor(legalBasis: string, proof: ProofOfOrigin | undefined): LegalInstrument {
  const named = legalInstruments.find((i) => i !== 'other' && i !== 'nationalLaw' && new RegExp(`\\b${i}\\b`, 'i').test(legalBasis));
  return named ?? (proof ? instrumentOfProof[proof.kind] : undefined) ?? 'CMAA';
}

/** A snapshot of the case's first party in `role` (the request is a document: later edits must not reach it). */
function partySnapshot(parties: readonly Party[], role: PartyRole): RequestParty {
  const party = parties.find((p) => p.role === role);
  if (!party) return emptyRequestParty();
  return { name: party.name, address: party.address, country: party.country, identifiers: party.identifiers.map((i) => ({ ...i })) };
}

/**
 * Form values of a new request for `source`'s case, filled from it: authorities by direction,
 * exporter/producer/importer by role, goods lines in order with their HS codes, the first proof of
 * origin and shipment, the case's sensitivity and facts, and the reply due date as if sent today.
 */
export function newRequestFromCase(source: CaseForRequest, today: string, options: NewRequestOptions): RequestFormValues {
  const k = source.case;
  const proof = source.proofsOfOrigin[0];
  const shipment = source.shipments[0];
  const goods = [...source.goods].sort((a, b) => a.lineNo - b.lineNo);
  const legalInstrument = instrumentFor(k.legalBasis, proof);
  const outgoing = k.direction === 'outgoing';
  const doubts = k.type === 'transshipment' ? (['transshipment'] as const) : k.type === 'forcedLabour' ? (['forcedLabour'] as const) : [];
  return {
    subject: k.title,
    direction: k.direction,
    ourReference: '',
    theirReference: '',
    requestType: requestTypeOfCase[k.type],
    verificationMethod: 'authorityRequest',
    legalInstrument,
    legalArticle: '',
    requestingAuthority: outgoing ? options.ourAuthority : options.partnerAuthority,
    requestedAuthority: outgoing ? options.partnerAuthority : options.ourAuthority,
    ourContactId: null,
    theirContactId: null,
    language: 'en',
    urgency: k.priority === 'urgent' ? 'urgent' : 'normal',
    confidentiality: k.confidentiality,
    transmissionChannel: 'secureEmail',
    proofOfOrigin: proof
      ? { kind: proof.kind, number: proof.number, issueDate: proof.issueDate, issuingBody: proof.issuingBody }
      : { kind: null, number: '', issueDate: null, issuingBody: '' },
    exporter: partySnapshot(source.parties, 'exporter'),
    producer: partySnapshot(source.parties, 'producer'),
    importer: partySnapshot(source.parties, 'importer'),
    invoice: { number: '', date: null, value: null, currency: goods.find((g) => g.currency !== '')?.currency ?? '' },
    transport: shipment
      ? {
          billOfLading: shipment.billOfLading,
          vessel: shipment.vessel,
          portOfLoading: shipment.portOfLoading,
          portOfDischarge: shipment.portOfDischarge,
          departureDate: shipment.departureDate,
        }
      : { billOfLading: '', vessel: '', portOfLoading: '', portOfDischarge: '', departureDate: null },
    goodsLines: goods.map((g) => ({
      description: g.description,
      hsCode: g.hsCode,
      originCriterion: '',
      quantity: g.quantity,
      unit: g.unit,
      value: g.value,
      currency: g.currency,
    })),
    grounds: { selectionBasis: null, doubtCategories: [...doubts], specificIssue: '', factsSummary: k.summary, enquiriesMade: '' },
    visitProposal: emptyVisitProposal(),
    attachmentIds: [],
    replyDueOn: (options.replyDue ?? replyDueDefault)(legalInstrument, today),
    questions: [],
  };
}
