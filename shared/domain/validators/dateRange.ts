import { z } from 'zod';
import { msg, type ValidationMessageKey } from '../messageKeys';

/** A bound of a date range: a fixed ISO date, or whole years from today (0 is today itself). */
export type DateBound = string | { readonly yearsFromToday: number };

/** The dates a field accepts, bounds included. */
export interface DateRange {
  readonly min: DateBound;
  readonly max: DateBound;
}

/**
 * Plausible dates per kind of field, so a mistyped year (01/01/9999, 0001) is refused with a
 * message naming the range rather than stored. Records, the merge on the server and the forms
 * all use these, so they agree.
 */
export const dateRanges = {
  /** Any calendar date of a record (meetings, requests, risk lists…), unless a field says more. */
  any: { min: '1900-01-01', max: '2100-12-31' },
  /** A case is opened on a day that has come, and the CMAA cases this app keeps start in 1990. */
  opened: { min: '1990-01-01', max: { yearsFromToday: 0 } },
  /** A proof of origin is issued on a day that has come; older ones are not verified any more. */
  issued: { min: '1990-01-01', max: { yearsFromToday: 0 } },
  /** A shipment leaves or arrives in the past or within the coming two years (a booking). */
  shipped: { min: '1990-01-01', max: { yearsFromToday: 2 } },
  /** A deadline of a case: from 2000 (older matters are closed) to ten years ahead (EAPA, reviews). */
  due: { min: '2000-01-01', max: { yearsFromToday: 10 } },
} as const satisfies Record<string, DateRange>;

/** Where each date schema's range is kept, so forms can read it back (`dateRangeOf`). */
export const dateRangeRegistry = z.registry<DateRange>();

/** The range a date schema was made with (`isoDateWithin`), looking through `.nullable()`. */
export function dateRangeOf(schema: z.ZodType): DateRange | undefined {
  const own = dateRangeRegistry.get(schema);
  if (own) return own;
  return schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? dateRangeOf(schema.unwrap() as z.ZodType) : undefined;
}

/**
 * Today as the latest calendar date anywhere on Earth (UTC+14). The server and every device
 * resolve "today" alike, and a case opened this morning in Hanoi is not "in the future" for a
 * server on UTC that is still on yesterday.
 */
export function latestToday(now: Date = new Date()): string {
  const day = Math.floor((now.getTime() + 14 * 3_600_000) / 86_400_000);
  // Written out once a day: every date field of every record validated asks, thousands a push.
  if (day !== today.day) today = { day, iso: new Date(day * 86_400_000).toISOString().slice(0, 10) };
  return today.iso;
}
let today = { day: Number.NaN, iso: '' };

function resolveBound(bound: DateBound, today: string): string {
  if (typeof bound === 'string') return bound;
  const year = Number(today.slice(0, 4)) + bound.yearsFromToday;
  // 29 February plus whole years lands on 28 February when the year is not a leap year.
  const monthDay = today.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : today.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Gregorian leap years (the proleptic calendar for years before 1582, as ISO 8601 has it). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The range's bounds as ISO dates, "today" resolved by `latestToday`. */
export function resolveDateRange(range: DateRange, now: Date = new Date()): { readonly min: string; readonly max: string } {
  const today = latestToday(now);
  // Kept per range for the day: every date field of every record in a push asks again.
  const known = resolved.get(range);
  if (known?.today === today) return known.bounds;
  const bounds = { min: resolveBound(range.min, today), max: resolveBound(range.max, today) };
  resolved.set(range, { today, bounds });
  return bounds;
}
const resolved = new WeakMap<DateRange, { today: string; bounds: { readonly min: string; readonly max: string } }>();

/** `msg.dateOutOfRange` for a (real, ISO) date outside `range`, else null. */
export function dateRangeError(iso: string, range: DateRange, now: Date = new Date()): ValidationMessageKey | null {
  const { min, max } = resolveDateRange(range, now);
  // ISO dates of four-digit years compare as strings.
  return iso < min || iso > max ? msg.dateOutOfRange : null;
}
