import { actionItemStatuses, type ActionItemStatus } from './actionItem';
import { caseStatuses, type CaseStatus } from './case';
import { requestStatuses, type RequestStatus } from './verificationRequest';

/** Allowed moves as data: `{ from: [to…] }`. Every status is a key; staying put is not a move. */
export type StatusMachine<S extends string> = { readonly [From in S]: readonly S[] };

/**
 * Case: draft → open; open → awaitingReply | closed; awaitingReply → replyReceived | closed;
 * replyReceived → awaitingReply (follow-up question) | closed; closed → open (reopen).
 * Closing also needs an outcome (`checkCaseInvariants`).
 */
export const caseStatusMachine = {
  draft: ['open'],
  open: ['awaitingReply', 'closed'],
  awaitingReply: ['replyReceived', 'closed'],
  replyReceived: ['awaitingReply', 'closed'],
  closed: ['open'],
} as const satisfies StatusMachine<CaseStatus>;

/**
 * Verification request. Sending freezes the content; afterwards the exchange moves between
 * acknowledged, in progress, information requested back, visit scheduled and reply received.
 * A draft may be closed (withdrawn before sending); a closed request may be reopened (`inProgress`),
 * e.g. when a late reply arrives after closing as "no reply".
 */
export const requestStatusMachine = {
  draft: ['sent', 'closed'],
  sent: ['acknowledged', 'inProgress', 'informationRequested', 'visitScheduled', 'replyReceived', 'closed'],
  acknowledged: ['inProgress', 'informationRequested', 'visitScheduled', 'replyReceived', 'closed'],
  inProgress: ['informationRequested', 'visitScheduled', 'replyReceived', 'closed'],
  informationRequested: ['inProgress', 'replyReceived', 'closed'],
  visitScheduled: ['inProgress', 'replyReceived', 'closed'],
  replyReceived: ['informationRequested', 'visitScheduled', 'closed'],
  closed: ['inProgress'],
} as const satisfies StatusMachine<RequestStatus>;

/**
 * Action item: open ⇄ inProgress; either → done | cancelled | superseded; done and cancelled
 * may be reopened; superseded is final (its successor carries the work on).
 */
export const actionItemStatusMachine = {
  open: ['inProgress', 'done', 'cancelled', 'superseded'],
  inProgress: ['open', 'done', 'cancelled', 'superseded'],
  done: ['open'],
  cancelled: ['open'],
  superseded: [],
} as const satisfies StatusMachine<ActionItemStatus>;

/** True when `machine` allows `from` → `to`. Unknown statuses and same-status "moves" are false. */
export function canTransition<S extends string>(machine: StatusMachine<S>, from: string, to: string): boolean {
  if (!Object.hasOwn(machine, from)) return false;
  return (machine[from as S] as readonly string[]).includes(to);
}

/** Statuses reachable from `from` in one move (for transition buttons). */
export function nextStatuses<S extends string>(machine: StatusMachine<S>, from: S): readonly S[] {
  return machine[from] ?? [];
}

/** Every status list paired with its machine, so tests can check each status is covered. */
export const statusMachines = {
  cases: { statuses: caseStatuses, machine: caseStatusMachine as StatusMachine<CaseStatus> },
  verificationRequests: { statuses: requestStatuses, machine: requestStatusMachine as StatusMachine<RequestStatus> },
  actionItems: { statuses: actionItemStatuses, machine: actionItemStatusMachine as StatusMachine<ActionItemStatus> },
} as const;
