import { daysLeft, dueState, openDeadlines, type PeriodRules, type VerificationRequest } from '../../shared/domain';

/** A deadline still running on a request, as the reminders see it. */
export interface DeadlineCandidate {
  recordId: string;
  kind: 'acknowledgement' | 'reply';
  /** Outgoing: the other side owes it; incoming: we do. */
  direction: 'outgoing' | 'incoming';
  dueOn: string;
  /** How the officer knows the request: the case's reference and the request's subject. */
  reference: string;
  subject: string;
}

export interface Reminder extends DeadlineCandidate {
  /** 0 on the day, negative once overdue. */
  daysLeft: number;
  /** Once per record, deadline, due date and day: the notified log's key. */
  key: string;
}

type RequestForReminder = Pick<
  VerificationRequest,
  | 'id'
  | 'caseId'
  | 'subject'
  | 'direction'
  | 'status'
  | 'legalInstrument'
  | 'sentOn'
  | 'acknowledgedOn'
  | 'acknowledgementDueOn'
  | 'replyDueOn'
  | 'extensions'
  | 'replyReceivedOn'
  | 'amendmentOf'
>;

/**
 * The acknowledgement and reply deadlines running on open requests, outgoing and incoming. An
 * amended request is followed through its latest amendment only, so one exchange reminds once.
 */
export function deadlineCandidates(
  requests: readonly RequestForReminder[],
  caseReferences: ReadonlyMap<string, string>,
  rules: PeriodRules,
  holidays: readonly string[],
): DeadlineCandidate[] {
  const amended = new Set(requests.map((r) => r.amendmentOf).filter((id): id is string => id !== null));
  const out: DeadlineCandidate[] = [];
  for (const r of requests) {
    if (amended.has(r.id)) continue;
    const open = openDeadlines(r, rules, holidays);
    const base = { recordId: r.id, direction: r.direction, reference: caseReferences.get(r.caseId) ?? '', subject: r.subject };
    if (open.acknowledgementDueOn) out.push({ ...base, kind: 'acknowledgement', dueOn: open.acknowledgementDueOn });
    if (open.replyDueOn) out.push({ ...base, kind: 'reply', dueOn: open.replyDueOn });
  }
  return out;
}

/**
 * What to notify on `today`: every deadline overdue or due within `daysAhead` days that was not
 * notified today already (`notified` holds the keys of the log). `daysAhead` 0 turns reminders off.
 * Most urgent first.
 */
export function chooseReminders(
  candidates: readonly DeadlineCandidate[],
  today: string,
  daysAhead: number,
  notified: ReadonlySet<string>,
): Reminder[] {
  if (daysAhead <= 0) return [];
  return candidates
    .filter((c) => dueState(c.dueOn, today, daysAhead) === 'overdue' || dueState(c.dueOn, today, daysAhead) === 'dueSoon')
    .map((c) => ({ ...c, daysLeft: daysLeft(c.dueOn, today), key: `${c.recordId}/${c.kind}/${c.dueOn}/${today}` }))
    .filter((r) => !notified.has(r.key))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.reference.localeCompare(b.reference));
}
