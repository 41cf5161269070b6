/**
 * Deadlines of a verification request, computed from the administration's table of reply periods
 * (editable in Settings, synced: the `replyPeriodRules` and `holidays` tables) on top of the
 * built-in defaults of `defaultReplyPeriods`. Pure: dates are calendar days `YYYY-MM-DD` (days in
 * law, no time zone, no daylight saving), and "today" is always passed in.
 */
import { defaultReplyPeriods, effectiveReplyDueOn } from './requestRules';
import { addToIsoDate } from './validators/isoDate';
import type { LegalInstrument, VerificationRequest } from './verificationRequest';

export const periodUnits = ['days', 'months'] as const;
export const dayKinds = ['calendar', 'business'] as const;
export type PeriodUnit = (typeof periodUnits)[number];
export type DayKind = (typeof dayKinds)[number];

/**
 * A time limit: `amount` days or months, counted in calendar or business days. Business days skip
 * Saturdays, Sundays and the holiday list; a period in business months ends on the same day of
 * the month (clamped to the month's end) moved on to the next business day if it is not one.
 */
export interface Period {
  amount: number;
  unit: PeriodUnit;
  dayKind: DayKind;
}

/**
 * What a row of the rule table can be about: a legal instrument's reply period, or the one
 * acknowledgement period. No treaty sets a time to acknowledge (they fix the reply), so the
 * acknowledgement is the administration's own practice: one period for every instrument.
 */
export type DeadlineRuleId = LegalInstrument | 'acknowledgement';

/** The administration's overrides, by rule id; an absent id means the built-in default. */
export type PeriodRules = Partial<Record<DeadlineRuleId, Period>>;

/**
 * The built-in acknowledgement period: 30 calendar days, the month an administration's registry
 * commonly takes to log and assign an incoming request, and short enough to chase a lost letter
 * long before the reply falls due.
 */
export const defaultAcknowledgementPeriod: Period = { amount: 30, unit: 'days', dayKind: 'calendar' };

/** The built-in period of `id` (from `defaultReplyPeriods`), or null where no treaty period applies. */
export function builtInPeriod(id: DeadlineRuleId): Period | null {
  if (id === 'acknowledgement') return defaultAcknowledgementPeriod;
  const period = defaultReplyPeriods[id];
  if (!period) return null;
  return period.months !== undefined
    ? { amount: period.months, unit: 'months', dayKind: 'calendar' }
    : { amount: period.days ?? 0, unit: 'days', dayKind: 'calendar' };
}

/** The period in force for `id`: the administration's rule, else the built-in default. */
export function periodFor(id: DeadlineRuleId, rules: PeriodRules): Period | null {
  return rules[id] ?? builtInPeriod(id);
}

const dayIndex = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** True on a Saturday or Sunday, or on a date of `holidays`. */
export function isNonWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  // Day 0 of the Unix epoch (1970-01-01) was a Thursday: +4 makes Sunday 0.
  const weekday = (((dayIndex(date) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6 || holidays.has(date);
}

/** `date` itself when it is a business day, else the next business day. */
function nextBusinessDay(date: string, holidays: ReadonlySet<string>): string {
  let day = date;
  while (isNonWorkingDay(day, holidays)) day = addToIsoDate(day, { days: 1 });
  return day;
}

/** The last day of `period` counted from `start` (the day of sending is day 0). */
export function addPeriod(start: string, period: Period, holidays: readonly string[] = []): string {
  const off = new Set(holidays);
  if (period.unit === 'months') {
    const end = addToIsoDate(start, { months: period.amount });
    return period.dayKind === 'business' ? nextBusinessDay(end, off) : end;
  }
  if (period.dayKind === 'calendar') return addToIsoDate(start, { days: period.amount });
  let day = start;
  for (let counted = 0; counted < period.amount; ) {
    day = addToIsoDate(day, { days: 1 });
    if (!isNonWorkingDay(day, off)) counted += 1;
  }
  return day;
}

/** Reply due date of a request under `instrument` sent on `sentOn`, by the rule table; null without a period. */
export function replyDueOnFor(instrument: LegalInstrument, sentOn: string, rules: PeriodRules, holidays: readonly string[]): string | null {
  const period = periodFor(instrument, rules);
  return period ? addPeriod(sentOn, period, holidays) : null;
}

/** Acknowledgement due date of a request sent on `sentOn`, by the rule table. */
export function acknowledgementDueOnFor(sentOn: string, rules: PeriodRules, holidays: readonly string[]): string {
  return addPeriod(sentOn, periodFor('acknowledgement', rules) ?? defaultAcknowledgementPeriod, holidays);
}

/** Whole days from `today` to `dueOn`: 0 on the day, negative once overdue. */
export function daysLeft(dueOn: string, today: string): number {
  return dayIndex(dueOn) - dayIndex(today);
}

/**
 * How a due date stands on `today`: `none` without one, `overdue` after it, `dueSoon` within
 * `daysAhead` days (the day itself included), else `ok`.
 */
export type DueState = 'overdue' | 'dueSoon' | 'ok' | 'none';
export function dueState(dueOn: string | null, today: string, daysAhead: number): DueState {
  if (dueOn === null) return 'none';
  const left = daysLeft(dueOn, today);
  if (left < 0) return 'overdue';
  return left <= daysAhead ? 'dueSoon' : 'ok';
}

type TrackedRequest = Pick<
  VerificationRequest,
  'status' | 'legalInstrument' | 'sentOn' | 'acknowledgedOn' | 'acknowledgementDueOn' | 'replyDueOn' | 'extensions' | 'replyReceivedOn'
>;

/** Statuses in which the other side still owes the reply. */
const awaitingReply = new Set<string>(['sent', 'acknowledged', 'inProgress', 'informationRequested', 'visitScheduled']);

/**
 * The deadlines still running on a request, null where none is: the acknowledgement until it is
 * acknowledged, the reply (the last extension's date, else the recorded one, else the rule
 * table's) until it arrives. A draft or closed request has none. Dates recorded on the request
 * win over the rule table, which only fills in what was never recorded.
 */
export function openDeadlines(
  r: TrackedRequest,
  rules: PeriodRules,
  holidays: readonly string[],
): { acknowledgementDueOn: string | null; replyDueOn: string | null } {
  if (!awaitingReply.has(r.status) || r.sentOn === null || r.replyReceivedOn !== null) {
    return { acknowledgementDueOn: null, replyDueOn: null };
  }
  const acknowledged = r.acknowledgedOn !== null || r.status !== 'sent';
  return {
    acknowledgementDueOn: acknowledged ? null : (r.acknowledgementDueOn ?? acknowledgementDueOnFor(r.sentOn, rules, holidays)),
    replyDueOn: effectiveReplyDueOn(r) ?? replyDueOnFor(r.legalInstrument, r.sentOn, rules, holidays),
  };
}
