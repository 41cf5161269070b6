import { actionItemStatuses, type ActionItemStatus } from './actionItem';
import { caseOutcomes, caseStatuses, type CaseStatus } from './case';
import { requestOutcomes, requestStatuses, type RequestStatus } from './verificationRequest';

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

/**
 * The shortest sequence of legal moves from `from` to `to`, both included (`[from]` when they are
 * equal), or `null` when `to` cannot be reached (e.g. back to draft). Statuses in `avoid` are never
 * passed through, only started from or arrived at (closing a case just to reopen it would invent
 * an outcome). Used where one decision must become the moves the machine allows, such as
 * resolving a conflict by reopening a closed case.
 */
export function statusRoute<S extends string>(
  machine: StatusMachine<S>,
  from: string,
  to: string,
  avoid: readonly string[] = [],
): S[] | null {
  if (!Object.hasOwn(machine, from) || !Object.hasOwn(machine, to)) return null;
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) {
      const route: S[] = [];
      for (let s: string | null = at; s !== null; s = cameFrom.get(s) ?? null) route.unshift(s as S);
      return route;
    }
    for (const next of machine[at as S] as readonly string[]) {
      if (!cameFrom.has(next) && (next === to || !avoid.includes(next))) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Tables whose records carry an `outcome` set exactly while their status is `closed`
 * (`checkCaseInvariants`, `checkRequestInvariants`), with the outcomes they may take: closing
 * needs one, and any move out of `closed` clears it.
 */
export const outcomesWhenClosed = {
  cases: caseOutcomes,
  verificationRequests: requestOutcomes,
} as const;

/** Every status list paired with its machine, so tests can check each status is covered. */
export const statusMachines = {
  cases: { statuses: caseStatuses, machine: caseStatusMachine as StatusMachine<CaseStatus> },
  verificationRequests: { statuses: requestStatuses, machine: requestStatusMachine as StatusMachine<RequestStatus> },
  actionItems: { statuses: actionItemStatuses, machine: actionItemStatusMachine as StatusMachine<ActionItemStatus> },
} as const;
