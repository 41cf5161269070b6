// Deterministic, realistic verification requests and their questions for the requests bench:
// a register spread over the synthetic cases, in every status, and one large draft (50 goods
// lines, 20 questions) for typing and the letter. test/unit/syntheticRequests.test.ts validates a
// sample with the shared schemas, so the generator cannot drift from them.
import type { Attachment, Case, LegalInstrument, RequestQuestion, RequestStatus, VerificationRequest } from '../shared/domain';
import { ftaInstruments } from '../shared/domain';
import { pick, prng } from './syntheticCases';
import {
  addDays,
  goodsLine,
  instrumentArticles,
  ourAuthority,
  party,
  partnerAuthorities,
  portOf,
  productOf,
  questionContent,
  type Rand,
} from './syntheticRequestParts';

/** Ids handed in, so the bench page mints UUIDv7s as the app does and the test can use any. */
export type NewId = () => string;

// Weighted as an attaché office's register is: most requests under way or closed, a few drafts.
const statuses: RequestStatus[] = ['draft', 'sent', 'sent', 'acknowledged', 'acknowledged', 'inProgress', 'inProgress', 'informationRequested', 'visitScheduled', 'replyReceived', 'closed', 'closed'];
const instruments: LegalInstrument[] = ['CMAA', 'CMAA', 'EVFTA', 'CPTPP', 'RCEP', 'ATIGA', 'AKFTA', 'VKFTA', 'EAPA', 'nationalLaw'];
const isFta = (i: LegalInstrument) => (ftaInstruments as readonly string[]).includes(i);

export interface SyntheticRegister {
  requests: VerificationRequest[];
  questions: RequestQuestion[];
  /** The C/O copy of each case whose requests cite an FTA (sent FTA requests must attach it). */
  attachments: Attachment[];
}

/** The copy of the certificate of origin kept on a case (metadata only: the bench never opens it). */
function coCopy(rand: Rand, c: Case, newId: NewId): Attachment {
  const sha256 = Array.from({ length: 64 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return { id: newId(), caseId: c.id, fileName: `CO-${c.reference}.pdf`, mediaType: 'application/pdf', size: 180_000 + Math.floor(rand() * 400_000), sha256, description: 'Copy of the certificate of origin' };
}

/** What a request of `status` has recorded by now: dates sent, acknowledged, replied, its outcome. */
function lifeCycle(rand: Rand, status: RequestStatus, instrument: LegalInstrument) {
  const sentOn = status === 'draft' ? null : addDays('2025-06-02', Math.floor(rand() * 540));
  const at = (days: number) => (sentOn ? addDays(sentOn, days) : null);
  const acknowledged = !['draft', 'sent'].includes(status);
  const replied = status === 'replyReceived' || status === 'closed';
  return {
    sentOn,
    acknowledgementDueOn: at(30),
    acknowledgedOn: acknowledged ? at(5 + Math.floor(rand() * 20)) : null,
    replyDueOn: at(instrument === 'CMAA' || instrument === 'EAPA' ? 90 : 180),
    replyReceivedOn: replied ? at(40 + Math.floor(rand() * 160)) : null,
    outcome: status === 'closed' ? pick(rand, ['confirmed', 'notConfirmed', 'notConfirmed', 'noReply'] as const) : null,
    findings: replied ? 'The producer could not show records of the purchase of the main materials; the origin claimed is not confirmed.' : '',
    frozenAt: sentOn ? `${sentOn}T09:30:00.000Z` : null,
  };
}

/** One request about case `c`, with `goodsCount` lines; the caller adds its questions. */
export function syntheticRequest(rand: Rand, c: Case, n: number, status: RequestStatus, goodsCount: number, attachment: Attachment | null): VerificationRequest {
  const instrument = attachment || status === 'draft' ? pick(rand, instruments) : pick(rand, instruments.filter((i) => !isFta(i)));
  const product = productOf(c.title);
  const country = c.partnerCountry || 'CN';
  const outgoing = c.direction === 'outgoing';
  const method = rand() < 0.08 ? 'visit' : 'authorityRequest';
  const life = lifeCycle(rand, status, instrument);
  const createdAt = `${life.sentOn ? addDays(life.sentOn, -3) : '2026-11-20'}T08:00:00.000Z`;
  return {
    id: '',
    caseId: c.id,
    subject: `Verification of origin: ${product.name.toLowerCase()} exported from ${country}, C/O E${2600000 + n}`,
    direction: c.direction,
    ourReference: `VR-2026-${String(n).padStart(5, '0')}`,
    theirReference: life.acknowledgedOn ? `${country}-OV-${String(n * 7).padStart(6, '0')}` : '',
    requestType: 'originVerification',
    verificationMethod: method,
    legalInstrument: instrument,
    legalArticle: instrumentArticles[instrument],
    requestingAuthority: outgoing ? ourAuthority : (partnerAuthorities[country] ?? ourAuthority),
    requestedAuthority: outgoing ? (partnerAuthorities[country] ?? ourAuthority) : ourAuthority,
    ourContactId: null,
    theirContactId: null,
    language: pick(rand, ['en', 'bilingual', 'bilingual'] as const),
    urgency: rand() < 0.1 ? 'urgent' : 'normal',
    confidentiality: 'officialUse',
    transmissionChannel: pick(rand, ['secureEmail', 'diplomaticPouch', 'electronicPlatform'] as const),
    proofOfOrigin: { kind: 'formE', number: `E${2600000 + n}`, issueDate: addDays('2025-03-01', n % 400), issuingBody: 'Ministry of Commerce, Certificate of Origin Office' },
    exporter: party(rand, country, 'Export'),
    producer: party(rand, country, 'Production'),
    importer: party(rand, 'VN', 'Import'),
    invoice: { number: `INV-${String(n).padStart(6, '0')}`, date: addDays('2025-03-01', n % 400), value: Math.round(rand() * 2_000_000) / 100 + 5_000, currency: 'USD' },
    transport: { billOfLading: `HLCU${String(2_600_000 + n * 13).padStart(10, '0')}`, vessel: pick(rand, ['MSC Aurora', 'Maersk Kensington', 'Wan Hai 316']), portOfLoading: portOf(country), portOfDischarge: 'VNSGN', departureDate: addDays('2025-03-10', n % 400) },
    goodsLines: Array.from({ length: goodsCount }, (_, i) => goodsLine(rand, product, i + 1)),
    grounds: {
      selectionBasis: pick(rand, ['riskBased', 'reasonableDoubt', 'allegation'] as const),
      doubtCategories: rand() < 0.5 ? ['originCriterion', 'transshipment'] : ['insufficientProcessing'],
      specificIssue: `Imports of ${product.name.toLowerCase()} from ${country} rose sharply after the anti-dumping order on the same goods from a third country.`,
      factsSummary: 'The exporter was registered a few months before the first shipment; its declared capacity does not match the quantities shipped.',
      enquiriesMade: 'Documents were requested from the importer, who provided the invoice and the bill of lading only.',
    },
    visitProposal: method === 'visit' ? { proposedFrom: addDays('2026-02-02', n % 200), proposedTo: addDays('2026-02-06', n % 200), sites: 'The producer’s factory and warehouse', team: 'Two officers of the Post-Clearance Audit Department' } : null,
    attachmentIds: attachment ? [attachment.id] : [],
    ...life,
    extensions: [],
    status,
    amendmentOf: null,
    amendmentNo: 0,
    createdAt,
    updatedAt: createdAt,
  };
}

/** Questions 1…count of `request`, answered when the reply has arrived. */
export function syntheticQuestions(rand: Rand, request: VerificationRequest, count: number, newId: NewId): RequestQuestion[] {
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    requestId: request.id,
    number: i + 1,
    ...questionContent(rand, i + 1),
    answer: request.replyReceivedOn ? 'The producer provided its purchase records; the main material was imported from a third country.' : '',
    answeredOn: request.replyReceivedOn,
    answerAttachmentId: null,
  }));
}

/** `count` requests spread round-robin over `cases` (1 to 5 questions each), the same for a seed. */
export function syntheticRegister(cases: readonly Case[], count: number, newId: NewId, seed = 7): SyntheticRegister {
  const rand = prng(seed);
  const out: SyntheticRegister = { requests: [], questions: [], attachments: [] };
  const copies = new Map<string, Attachment>();
  for (let n = 1; n <= count; n++) {
    const c = cases[(n - 1) % cases.length]!;
    const status = pick(rand, statuses);
    // Half the sent requests cite an FTA, which needs the case's C/O copy attached.
    let copy: Attachment | null = null;
    if (status !== 'draft' && rand() < 0.5) {
      copy = copies.get(c.id) ?? coCopy(rand, c, newId);
      if (!copies.has(c.id)) out.attachments.push(copy);
      copies.set(c.id, copy);
    }
    const request = { ...syntheticRequest(rand, c, n, status, 1 + Math.floor(rand() * 3), copy), id: newId() };
    out.requests.push(request);
    out.questions.push(...syntheticQuestions(rand, request, 1 + Math.floor(rand() * 5), newId));
  }
  return out;
}

/** The typing and letter bench's request: a bilingual draft with 50 goods lines and 20 questions. */
export function largeDraftRequest(c: Case, newId: NewId, lines = 50, questions = 20): { request: VerificationRequest; questions: RequestQuestion[] } {
  const rand = prng(1234);
  const request = { ...syntheticRequest(rand, c, 99_001, 'draft', lines, null), id: newId(), language: 'bilingual' as const, legalInstrument: 'CMAA' as const, legalArticle: instrumentArticles.CMAA, verificationMethod: 'authorityRequest' as const, visitProposal: null };
  return { request, questions: syntheticQuestions(rand, request, questions, newId) };
}
