import {
  effectiveReplyDueOn,
  legalInstruments,
  requestOutcomes,
  type RequestOutcome,
  type VerificationRequest,
} from '../../../../shared/domain';
import { median, percentile } from './percentile';
import { periodOf, periodsBetween, type PeriodGranularity } from './periods';

/** The fields the statistics read; the register's rows carry them. */
export type CountedRequest = Pick<
  VerificationRequest,
  'id' | 'caseId' | 'direction' | 'legalInstrument' | 'sentOn' | 'replyReceivedOn' | 'replyDueOn' | 'extensions' | 'status' | 'outcome' | 'amendmentOf'
>;

/** Replies within a group: how many, and their median and 90th percentile in days (null without any). */
export interface ResponseTimes {
  count: number;
  median: number | null;
  p90: number | null;
}

/** The figures of one period (or of the whole range). */
export interface PeriodFigures {
  /** `2026-01` or `2026-Q1` (see `periodOf`); `total` for the whole range. */
  period: string;
  /** Outgoing requests we sent in the period. */
  sent: number;
  /** Incoming requests the counterpart sent us in the period. */
  received: number;
  /** The counterpart's replies to the period's outgoing requests. */
  theirReplies: ResponseTimes;
  /** Our replies to the period's incoming requests. */
  ourReplies: ResponseTimes;
  /** Requests of the period now past their due date in force with no reply. */
  overdue: number;
}

/** How requests ended; `pending` counts those not closed yet. */
export type OutcomeCounts = Record<RequestOutcome | 'pending' | 'total', number>;

export interface OutcomeRow {
  /** A partner country's ISO code (`''` when the case is unknown) or a legal instrument. */
  key: string;
  counts: OutcomeCounts;
}

export interface RequestStatistics {
  periods: PeriodFigures[];
  total: PeriodFigures;
  byPartner: OutcomeRow[];
  byInstrument: OutcomeRow[];
}

export interface StatisticsQuery {
  granularity: PeriodGranularity;
  /** Inclusive ISO dates bounding the date sent; null leaves that side open. */
  from: string | null;
  to: string | null;
  /** The local day (ISO) against which due dates are overdue. */
  today: string;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Calendar days from the date sent to the reply (null until both are known). */
export function responseDays(r: Pick<CountedRequest, 'sentOn' | 'replyReceivedOn'>): number | null {
  return r.sentOn !== null && r.replyReceivedOn !== null ? dayNumber(r.replyReceivedOn) - dayNumber(r.sentOn) : null;
}

/**
 * Overdue: sent, its due date in force (the last extension's, else the reply due date) is before
 * `today`, and no reply has come; a request whose reply is recorded or that is closed (withdrawn,
 * closed as "no reply") is no longer waiting for anything.
 */
export function isRequestOverdue(r: CountedRequest, today: string): boolean {
  if (r.sentOn === null || r.replyReceivedOn !== null || r.status === 'replyReceived' || r.status === 'closed') return false;
  const due = effectiveReplyDueOn(r);
  return due !== null && due < today;
}

function responseTimes(days: number[]): ResponseTimes {
  return { count: days.length, median: median(days), p90: percentile(days, 90) };
}

function figures(period: string, requests: readonly CountedRequest[], today: string): PeriodFigures {
  const days = (direction: CountedRequest['direction']) =>
    requests
      .filter((r) => r.direction === direction)
      .map(responseDays)
      // A reply dated before the sending is a typing error; it must not pull the median down.
      .filter((d): d is number => d !== null && d >= 0);
  return {
    period,
    sent: requests.filter((r) => r.direction === 'outgoing').length,
    received: requests.filter((r) => r.direction === 'incoming').length,
    theirReplies: responseTimes(days('outgoing')),
    ourReplies: responseTimes(days('incoming')),
    overdue: requests.filter((r) => isRequestOverdue(r, today)).length,
  };
}

const emptyCounts = (): OutcomeCounts => ({ confirmed: 0, notConfirmed: 0, noReply: 0, withdrawn: 0, pending: 0, total: 0 });

function outcomesBy(requests: readonly CountedRequest[], keyOf: (r: CountedRequest) => string, order: (a: string, b: string) => number): OutcomeRow[] {
  const rows = new Map<string, OutcomeCounts>();
  for (const r of requests) {
    const key = keyOf(r);
    const counts = rows.get(key) ?? emptyCounts();
    counts[r.status === 'closed' && r.outcome !== null ? r.outcome : 'pending'] += 1;
    counts.total += 1;
    rows.set(key, counts);
  }
  return [...rows].map(([key, counts]) => ({ key, counts })).sort((a, b) => b.counts.total - a.counts.total || order(a.key, b.key));
}

const instrumentOrder = (a: string, b: string) => legalInstruments.indexOf(a as never) - legalInstruments.indexOf(b as never);

/**
 * The register's statistics. Each request counts once, in the period of its date sent (a cohort:
 * "requests sent in Q1 2026, how many were answered, how fast, how many are overdue"), so every
 * figure of a period is about the same requests. Drafts (never sent) are not counted; neither are
 * amendments, which correct a request already counted rather than make a new one. The partner of
 * a request is its case's partner country (`partnerOf`): the request itself names the authorities
 * only in words. Response times are calendar days from the date sent to the reply, kept apart by
 * direction: how fast partners answer us is not how fast we answer them.
 */
export function requestStatistics(
  all: readonly CountedRequest[],
  partnerOf: (r: CountedRequest) => string,
  { granularity, from, to, today }: StatisticsQuery,
): RequestStatistics {
  const requests = all.filter(
    (r): r is CountedRequest & { sentOn: string } =>
      r.sentOn !== null && r.amendmentOf === null && (from === null || r.sentOn >= from) && (to === null || r.sentOn <= to),
  );
  const dates = requests.map((r) => r.sentOn).sort();
  const first = from ?? dates[0];
  const last = to ?? dates.at(-1);
  const keys = first !== undefined && last !== undefined && first <= last ? periodsBetween(first, last, granularity) : [];
  const byPeriod = new Map<string, CountedRequest[]>();
  for (const r of requests) {
    const key = periodOf(r.sentOn, granularity);
    const group = byPeriod.get(key);
    if (group) group.push(r);
    else byPeriod.set(key, [r]);
  }
  return {
    periods: keys.map((key) => figures(key, byPeriod.get(key) ?? [], today)),
    total: figures('total', requests, today),
    byPartner: outcomesBy(requests, partnerOf, (a, b) => a.localeCompare(b)),
    byInstrument: outcomesBy(requests, (r) => r.legalInstrument, instrumentOrder),
  };
}

/** The outcome columns in the order tables and CSVs show them. */
export const outcomeColumns = [...requestOutcomes, 'pending', 'total'] as const;
