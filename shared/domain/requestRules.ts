import type { DomainIssue } from './case';
import { msg } from './messageKeys';
import { addToIsoDate } from './validators/isoDate';
import type { RequestQuestion } from './requestQuestion';
import { checkRequestInvariants, type LegalInstrument, type VerificationRequest } from './verificationRequest';

/**
 * Fields that may still change after a request is sent: the tracking of the exchange. Everything
 * else is the content of the legal document and is frozen (changes go in an amendment).
 */
export const requestTrackingFields = [
  'theirReference',
  'acknowledgementDueOn',
  'acknowledgedOn',
  'replyDueOn',
  'extensions',
  'replyReceivedOn',
  'status',
  'outcome',
  'findings',
  'updatedAt',
] as const satisfies readonly (keyof VerificationRequest)[];

const tracking = new Set<string>(requestTrackingFields);

/** True when `field` is part of the frozen content of a sent request. */
export function isFrozenRequestField(field: string): boolean {
  return !tracking.has(field);
}

/** True once the request has left draft: its content is frozen from then on. */
export function isRequestFrozen(r: Pick<VerificationRequest, 'status' | 'frozenAt'>): boolean {
  return r.frozenAt !== null || r.status !== 'draft';
}

/**
 * The fields of a question that are the content of its request (`requestQuestions`): frozen with
 * the request once it is sent, like the request's own content. Its answer is tracking.
 */
export const requestQuestionContentFields = ['requestId', 'number', 'text', 'documentsRequested'] as const satisfies readonly (keyof RequestQuestion)[];

/**
 * Issues for an edit that would silently change a sent request (one per frozen field touched).
 * Sending itself (draft → sent, stamping `sentOn`/`frozenAt`) is allowed because `before` is a draft.
 */
export function checkRequestEdit(before: VerificationRequest, after: VerificationRequest): DomainIssue[] {
  if (!isRequestFrozen(before)) return [];
  return (Object.keys(after) as (keyof VerificationRequest)[])
    .filter((field) => isFrozenRequestField(field))
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ path: [field], message: msg.requestFrozen }));
}

/**
 * Everything that must be right before `r` can be sent, checked at any time (a draft shows
 * now what sending would refuse): the invariants of a sent request (`checkRequestInvariants`
 * with the status `sent` and a sent date), an outgoing request asks at least one question
 * (questions are `requestQuestions` rows, hence the count), and a visit proposal names its dates,
 * its sites and the officers going. An incoming request is registered as the counterpart wrote it,
 * so it needs no questions of ours.
 */
export function checkRequestReadyToSend(r: VerificationRequest, questionCount: number, today: string): DomainIssue[] {
  const asSent: VerificationRequest = { ...r, status: 'sent', outcome: null, sentOn: r.sentOn ?? today };
  const issues = checkRequestInvariants(asSent);
  const add = (path: DomainIssue['path'], message: DomainIssue['message']) => issues.push({ path, message });
  if (r.direction === 'outgoing' && questionCount === 0) add(['questions'], msg.requestQuestionsRequired);
  const visit = r.verificationMethod === 'visit' ? r.visitProposal : null;
  if (visit) {
    if (visit.proposedFrom === null) add(['visitProposal', 'proposedFrom'], msg.requestVisitDatesRequired);
    if (visit.proposedTo === null) add(['visitProposal', 'proposedTo'], msg.requestVisitDatesRequired);
    if (visit.proposedFrom !== null && visit.proposedTo !== null && visit.proposedTo < visit.proposedFrom) {
      add(['visitProposal', 'proposedTo'], msg.dateOrder);
    }
    if (visit.sites === '') add(['visitProposal', 'sites'], msg.requestVisitSitesRequired);
    if (visit.team === '') add(['visitProposal', 'team'], msg.requestVisitTeamRequired);
  }
  return issues;
}

/**
 * Default time the requested side has to reply, per instrument (editable per request):
 * 120 days under a typical CMAA clause, 10 months under EU-style origin protocols (EVFTA),
 * 30 days minimum for a CPTPP information request, 90 days for Korea-style FTAs (extendable by
 * 90), 90 days under ATIGA and RCEP. Null where no treaty period applies.
 */
export const defaultReplyPeriods: Record<LegalInstrument, { days?: number; months?: number } | null> = {
  CMAA: { days: 120 },
  EVFTA: { months: 10 },
  CPTPP: { days: 30 },
  RCEP: { days: 90 },
  ATIGA: { days: 90 },
  AKFTA: { days: 90 },
  VKFTA: { days: 90 },
  EAPA: null,
  nationalLaw: null,
  other: null,
};

/** Default reply due date for a request sent on `sentOn` (YYYY-MM-DD), or null. */
export function defaultReplyDueOn(instrument: LegalInstrument, sentOn: string): string | null {
  const period = defaultReplyPeriods[instrument];
  return period ? addToIsoDate(sentOn, period) : null;
}

/** The due date in force: the last granted extension's, else `replyDueOn`. */
export function effectiveReplyDueOn(r: Pick<VerificationRequest, 'replyDueOn' | 'extensions'>): string | null {
  return r.extensions.at(-1)?.newDueOn ?? r.replyDueOn;
}
