// The register: one row per request, outgoing and incoming, with what an attaché scans for —
// who it went to, where it stands, and when the other side owes us (or we owe them) an answer.
import {
  caseDirections,
  daysLeft,
  dueState,
  foldVietnamese,
  legalInstruments,
  openDeadlines,
  requestStatuses,
  type Case,
  type CaseDirection,
  type LegalInstrument,
  type PeriodRules,
  type RequestOutcome,
  type RequestStatus,
  type VerificationRequest,
} from '../../../../shared/domain';

export interface RegisterRow {
  id: string;
  caseId: string;
  caseReference: string;
  /** The counterpart's country: the case's partner country ('' when the case has none). */
  partnerCountry: string;
  subject: string;
  direction: CaseDirection;
  status: RequestStatus;
  instrument: LegalInstrument;
  ourReference: string;
  theirReference: string;
  amendmentNo: number;
  sentOn: string | null;
  /** The next deadline still running (acknowledgement first, then the reply), or null. */
  dueOn: string | null;
  dueKind: 'acknowledgement' | 'reply' | null;
  replyReceivedOn: string | null;
  /** Days from sending to the reply, once it came. */
  responseDays: number | null;
  outcome: RequestOutcome | null;
}

export type RegisterCase = Pick<Case, 'id' | 'reference' | 'partnerCountry'>;
export interface DeadlineTable {
  rules: PeriodRules;
  holidays: readonly string[];
}

export function toRegisterRow(r: VerificationRequest, c: RegisterCase | undefined, table: DeadlineTable): RegisterRow {
  const open = openDeadlines(r, table.rules, table.holidays);
  const dueOn = open.acknowledgementDueOn ?? open.replyDueOn;
  return {
    id: r.id,
    caseId: r.caseId,
    caseReference: c?.reference ?? '',
    partnerCountry: c?.partnerCountry ?? '',
    subject: r.subject,
    direction: r.direction,
    status: r.status,
    instrument: r.legalInstrument,
    ourReference: r.ourReference,
    theirReference: r.theirReference,
    amendmentNo: r.amendmentNo,
    sentOn: r.sentOn,
    dueOn,
    dueKind: open.acknowledgementDueOn ? 'acknowledgement' : open.replyDueOn ? 'reply' : null,
    replyReceivedOn: r.replyReceivedOn,
    responseDays: r.sentOn && r.replyReceivedOn ? daysLeft(r.replyReceivedOn, r.sentOn) : null,
    outcome: r.outcome,
  };
}

export interface RegisterFilter {
  text: string;
  direction: CaseDirection | 'all';
  status: RequestStatus | 'all' | 'open';
  partnerCountry: string;
  instrument: LegalInstrument | 'all';
  due: 'all' | 'overdue' | 'dueThisWeek';
}

export const emptyRegisterFilter: RegisterFilter = { text: '', direction: 'all', status: 'all', partnerCountry: '', instrument: 'all', due: 'all' };

/**
 * The filter a link asks for in its query (`/requests?due=overdue`, `?status=sent&partner=US`):
 * `due` (`overdue`, `dueThisWeek` or the tracker's `thisWeek`), `status` (a status or `open`),
 * `partner` (a country code), `direction`, `instrument`, `q` (the search words). Unknown keys and
 * values are ignored, so a stray query never hides rows.
 */
export function registerFilterFromQuery(query: string): RegisterFilter {
  const params = new URLSearchParams(query);
  const one = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = params.get(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const due = params.get('due') === 'thisWeek' ? 'dueThisWeek' : one('due', ['overdue', 'dueThisWeek'] as const);
  const partner = params.get('partner')?.trim().toUpperCase() ?? '';
  return {
    ...emptyRegisterFilter,
    text: params.get('q') ?? '',
    due: due ?? 'all',
    status: one('status', ['open', ...requestStatuses]) ?? 'all',
    partnerCountry: /^[A-Z]{2}$/.test(partner) ? partner : '',
    direction: one('direction', caseDirections) ?? 'all',
    instrument: one('instrument', legalInstruments) ?? 'all',
  };
}

/** "Due this week": the next seven days, today included. */
export const dueSoonDays = 7;

export function matchesFilter(row: RegisterRow, f: RegisterFilter, today: string): boolean {
  if (f.direction !== 'all' && row.direction !== f.direction) return false;
  if (f.status === 'open' ? row.status === 'closed' : f.status !== 'all' && row.status !== f.status) return false;
  if (f.partnerCountry && row.partnerCountry !== f.partnerCountry) return false;
  if (f.instrument !== 'all' && row.instrument !== f.instrument) return false;
  const state = dueState(row.dueOn, today, dueSoonDays);
  if (f.due === 'overdue' && state !== 'overdue') return false;
  if (f.due === 'dueThisWeek' && state !== 'dueSoon') return false;
  if (f.text.trim()) {
    const haystack = foldVietnamese([row.subject, row.ourReference, row.theirReference, row.caseReference].join(' '));
    if (!foldVietnamese(f.text.trim()).split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** How many rows are overdue and due this week, over the whole register (the filter chips' counts). */
export function dueCounts(rows: readonly RegisterRow[], today: string): { overdue: number; dueThisWeek: number } {
  let overdue = 0;
  let dueThisWeek = 0;
  for (const row of rows) {
    const state = dueState(row.dueOn, today, dueSoonDays);
    if (state === 'overdue') overdue += 1;
    else if (state === 'dueSoon') dueThisWeek += 1;
  }
  return { overdue, dueThisWeek };
}

export const registerSortKeys = ['ourReference', 'subject', 'partnerCountry', 'status', 'sentOn', 'dueOn', 'responseDays'] as const;
export type RegisterSortKey = (typeof registerSortKeys)[number];
export interface RegisterSort {
  key: RegisterSortKey;
  direction: 'ascending' | 'descending';
}

/** Sorts a copy; empty values (no due date, no reply) always last, whatever the direction. */
export function sortRows(rows: readonly RegisterRow[], sort: RegisterSort): RegisterRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const xEmpty = x === null || x === '';
    const yEmpty = y === null || y === '';
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}
