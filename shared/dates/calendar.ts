// Plain Y/M/D arithmetic on `YYYY-MM-DD` strings for the due-date parser. A due date is a day in
// law, not an instant: everything runs in UTC on whole days, so no time zone or daylight-saving
// change can move a date, and nothing reads the clock (the caller hands in "today").
import { addToIsoDate, isoDateError } from '../domain/validators/isoDate';

/** Monday = 1 … Sunday = 7 (ISO 8601; weeks start on Monday in Vietnam and in ISO). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function partsOf(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The ISO date, or null when the day does not exist (31/2) or the year has no four digits. */
export function isoFrom(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDateError(iso) === null ? iso : null;
}

/** Null past year 9999, where `YYYY-MM-DD` ends ("in 99999 weeks"). */
export function addDays(iso: string, days: number): string | null {
  return checked(addToIsoDate(iso, { days }));
}

/** Month ends clamp (31 Jan + 1 month = 28/29 Feb), as `addToIsoDate` does for the forms. */
export function addMonths(iso: string, months: number): string | null {
  return checked(addToIsoDate(iso, { months }));
}

/** Skips Saturdays and Sundays only: public holidays are not known here (see parseDueDate). */
export function addWorkingDays(iso: string, days: number): string | null {
  // Whole weeks first, so a large count does not loop day by day.
  let date: string | null = addDays(iso, Math.floor(days / 5) * 7);
  for (let left = days % 5; date && left > 0; ) {
    date = addDays(date, 1);
    if (date && weekdayOf(date) <= 5) left -= 1;
  }
  // Counting whole weeks from a Saturday or Sunday lands on a weekend day: move to the Friday.
  while (date && weekdayOf(date) > 5 && days > 0) date = addDays(date, -1);
  return date;
}

export function weekdayOf(iso: string): Weekday {
  const { year, month, day } = partsOf(iso);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday;
}

/** The given weekday in the Monday-start week `weeksAhead` weeks after the week of `iso`. */
export function weekdayInWeek(iso: string, weekday: Weekday, weeksAhead: number): string | null {
  return addDays(iso, weeksAhead * 7 + weekday - weekdayOf(iso));
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(iso: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}
