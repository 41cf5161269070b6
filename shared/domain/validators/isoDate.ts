import { z } from 'zod';
import { msg, typeError, type ValidationMessageKey } from '../messageKeys';
import { dateRangeError, dateRangeRegistry, dateRanges, isLeapYear, type DateRange } from './dateRange';

/** Message key for a value that is not a real calendar date `YYYY-MM-DD`, or null. */
export function isoDateError(input: string): ValidationMessageKey | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return msg.dateFormat;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // By arithmetic, not by a round trip through Date: every date field of every pushed record is
  // checked here, and the Date cost about ten times as much. Year 0001 is a real, if implausible,
  // year: the field's range refuses it with a message that says so.
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return real ? null : msg.dateNotReal;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Calendar date `YYYY-MM-DD` (no time, no zone) within `range`: due dates and issue dates are days
 * in law, not instants, and must not shift when an attaché flies between Hanoi and Washington.
 * The range is registered with the schema (`dateRangeOf`) so a form can name it in its message.
 */
export function isoDateWithin(range: DateRange) {
  const schema = z.string({ error: typeError }).superRefine((value, ctx) => {
    const error = isoDateError(value) ?? dateRangeError(value, range);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });
  return schema.register(dateRangeRegistry, range);
}

/** Any calendar date: plausible for records in general (1900–2100), see `dateRanges.any`. */
export const isoDateSchema = isoDateWithin(dateRanges.any);

/** Optional calendar date: `null` when not set (never `''`). */
export const nullableIsoDateSchema = isoDateSchema.nullable();

/** An instant, ISO 8601 with `Z` or an offset (`new Date().toISOString()`). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: (iss) => typeError(iss) === msg.required ? msg.required : msg.dateTimeFormat });

/** Optional instant: `null` when not set. */
export const nullableIsoDateTimeSchema = isoDateTimeSchema.nullable();

/** Today's calendar date in UTC as `YYYY-MM-DD` (for "overdue" checks and defaults). */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole days / months to a `YYYY-MM-DD` date; month ends clamp (31 Jan + 1 month = 28/29 Feb). */
export function addToIsoDate(date: string, amount: { days?: number; months?: number }): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = amount.months ?? 0;
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const base = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
  base.setUTCDate(base.getUTCDate() + (amount.days ?? 0));
  return isoDateOf(base);
}
