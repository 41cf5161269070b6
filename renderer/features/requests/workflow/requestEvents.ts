// What an officer records on a request, each a button that says what it does. Every event is a
// move of the shared state machine (`requestStatusMachine`) plus the tracking fields it fills in;
// `commitChanges` refuses a move the machine does not allow, so a button can never do more.
import {
  caseStatusMachine,
  checkRequestReadyToSend,
  effectiveReplyDueOn,
  requestStatusMachine,
  type Case,
  type CaseOutcome,
  type RequestOutcome,
  type RequestStatus,
  type VerificationRequest,
} from '../../../../shared/domain';
import type { Change } from '../../../db';

export const requestEvents = [
  'send',
  'acknowledge',
  'interimReply',
  'requestInformation',
  'scheduleVisit',
  'receiveReply',
  'extend',
  'close',
  'reopen',
] as const;
export type RequestEvent = (typeof requestEvents)[number];

/** The status each event moves to; `extend` keeps the status (it only moves the due date). */
const targetStatus: Record<RequestEvent, RequestStatus | null> = {
  send: 'sent',
  acknowledge: 'acknowledged',
  interimReply: 'inProgress',
  requestInformation: 'informationRequested',
  scheduleVisit: 'visitScheduled',
  receiveReply: 'replyReceived',
  extend: null,
  close: 'closed',
  reopen: 'inProgress',
};

const allowed = (from: RequestStatus, to: RequestStatus) => (requestStatusMachine[from] as readonly RequestStatus[]).includes(to);

/** The events the request's status allows now, in the order the page shows them. */
export function availableEvents(r: Pick<VerificationRequest, 'status' | 'sentOn' | 'acknowledgedOn'>): RequestEvent[] {
  // Closed → in progress is the machine's reopening: offered as "Reopen", not as an interim reply.
  if (r.status === 'closed') return ['reopen'];
  return requestEvents.filter((event) => {
    if (event === 'extend') return r.sentOn !== null && r.status !== 'closed' && r.status !== 'draft';
    if (event === 'reopen') return false;
    if (event === 'acknowledge' && r.acknowledgedOn !== null) return false;
    if (event === 'interimReply' && r.status === 'inProgress') return true;
    return allowed(r.status, targetStatus[event]!);
  });
}

/** What the officer typed in the event's dialog. */
export interface EventInput {
  /** The date the event happened (sent, acknowledged, reply received…), YYYY-MM-DD. */
  date: string;
  /** A free note for the case's timeline (what the interim reply said, the visit's dates…). */
  note: string;
  /** Sending: the reply and acknowledgement due dates computed from the rule table (editable). */
  replyDueOn?: string | null;
  acknowledgementDueOn?: string | null;
  /** Their reference, often learnt from the acknowledgement. */
  theirReference?: string;
  /** Extending: the new due date and why. */
  newDueOn?: string;
  /** Receiving the final reply or closing. */
  findings?: string;
  outcome?: RequestOutcome;
  /** Closing: also close the linked case with the matching outcome. */
  closeCase?: boolean;
}

export interface EventContext {
  author: string;
  now: Date;
  noteId: string;
  /** The timeline note's text, already in the officer's language (event label, request, note). */
  noteText: string;
}

/** The request's outcome as the case's: a reply that never came is a case without a finding. */
export const caseOutcomeFor: Record<RequestOutcome, CaseOutcome> = {
  confirmed: 'confirmed',
  notConfirmed: 'notConfirmed',
  noReply: 'noFinding',
  withdrawn: 'withdrawn',
};

/** Whether the linked case may close now (its own machine allows it and it is not closed). */
export function caseCanClose(c: Pick<Case, 'status'>): boolean {
  return (caseStatusMachine[c.status] as readonly string[]).includes('closed');
}

/** The issues that keep a draft from being sent (the same rules the form shows as the user types). */
export function sendBlockers(r: VerificationRequest, questionCount: number, today: string) {
  return checkRequestReadyToSend(r, questionCount, today);
}

/**
 * The changes an event makes: the request's status and tracking fields, a note on the case's
 * timeline, and (closing with `closeCase`) the case's status and outcome, in one commit.
 */
export function eventChanges(r: VerificationRequest, c: Pick<Case, 'id' | 'status'> | null, event: RequestEvent, input: EventInput, ctx: EventContext): Change[] {
  const fields: Partial<VerificationRequest> = {};
  const to = targetStatus[event];
  if (to && to !== r.status) fields.status = to;
  switch (event) {
    case 'send':
      fields.sentOn = input.date;
      fields.frozenAt = ctx.now.toISOString();
      fields.replyDueOn = input.replyDueOn ?? r.replyDueOn;
      fields.acknowledgementDueOn = input.acknowledgementDueOn ?? r.acknowledgementDueOn;
      break;
    case 'acknowledge':
      fields.acknowledgedOn = input.date;
      if (input.theirReference) fields.theirReference = input.theirReference;
      break;
    case 'receiveReply':
      fields.replyReceivedOn = input.date;
      if (input.findings !== undefined) fields.findings = input.findings;
      break;
    case 'extend':
      fields.extensions = [...r.extensions, { grantedOn: input.date, newDueOn: input.newDueOn ?? effectiveReplyDueOn(r) ?? input.date, reason: input.note }];
      break;
    case 'close':
      fields.outcome = input.outcome ?? null;
      if (input.findings !== undefined) fields.findings = input.findings;
      break;
    case 'reopen':
      fields.outcome = null;
      break;
    default:
      break;
  }
  const changes: Change[] = [{ table: 'verificationRequests', id: r.id, op: 'put', fields: { ...fields, updatedAt: ctx.now.toISOString() } }];
  changes.push({
    table: 'notes',
    id: ctx.noteId,
    op: 'put',
    fields: { caseId: r.caseId, kind: 'note', text: ctx.noteText, author: ctx.author, createdAt: ctx.now.toISOString(), fromStatus: null, toStatus: null },
  });
  if (event === 'close' && input.closeCase && input.outcome && c && caseCanClose(c)) {
    changes.push({ table: 'cases', id: c.id, op: 'put', fields: { status: 'closed', outcome: caseOutcomeFor[input.outcome] } });
  }
  return changes;
}
