// Dates written out: ISO "2027-01-15", day-first numbers as Vietnamese and European officials
// write them ("15/1", "15.01.2027", "15-1-27"), "ngày 15 tháng 1 năm 2027", "15 Jan", "January
// 15, 2027", and a day of the month alone ("ngày 15", "the 15th"). A date typed with its year is
// returned as typed, even in the past (the official wrote that day); without a year it is the
// next such day from today on.
import { isoFrom, partsOf } from './calendar';
import { englishMonthPattern, monthValue, vietnameseMonthPattern } from './monthNames';
import type { Reader, Reading } from './reading';

const dayPrefix = '(?:(?:ngay|mung|mong) ?)?';
const ordinal = '(?:st|nd|rd|th)?';
const isoLike = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const numeric = new RegExp(`^${dayPrefix}(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?$`);
const vietnamese = new RegExp(`^${dayPrefix}(\\d{1,2}) ${vietnameseMonthPattern}$`);
const dayThenMonth = new RegExp(`^(\\d{1,2})${ordinal} ?(?:of )?(${englishMonthPattern})$`);
const monthThenDay = new RegExp(`^(${englishMonthPattern}) ?(\\d{1,2})${ordinal}$`);
const dayAlone = /^(?:(?:ngay|mung|mong) ?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th))$/;
const dayOfNamedMonth = /^(?:(?:ngay|mung|mong) ?(\d{1,2}) thang (nay|sau|toi)|(\d{1,2})(?:st|nd|rd|th)? of (this|next) month)$/;

/** A year after the day and month: "2027", "năm 2027", "/2027" after "tháng 1", "next year". */
const yearSuffix = /^(.*?\S)(?: (?:nam )?(\d{4})|(?<=(?:thang|thg) ?\d{1,2})\/(\d{4})| (next year|nam sau|nam toi|this year|nam nay))$/;

export const readAbsoluteDate: Reader = (folded, { today }) => {
  const iso = isoLike.exec(folded);
  if (iso) return isoFrom(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const num = numeric.exec(folded);
  if (num) return numericDate(Number(num[1]), Number(num[3]), num[4], today);

  const { rest, year, saysThisYear } = splitYear(folded, today);
  const reading = readDayAndMonth(rest, year, today);
  // "15/1 năm nay" said after 15 January names a day gone by, not a due date.
  if (saysThisYear && typeof reading === 'string' && reading < today) return null;
  if (reading !== undefined || year !== undefined) return reading;

  const alone = dayAlone.exec(folded);
  if (alone) return nextDayOfMonth(Number(alone[1] ?? alone[2]), today);
  const named = dayOfNamedMonth.exec(folded);
  if (named) return dayInMonth(Number(named[1] ?? named[3]), /^(sau|toi|next)$/.test(named[2] ?? named[4]!) ? 1 : 0, today);
  return undefined;
};

function readDayAndMonth(rest: string, year: number | undefined, today: string): Reading {
  // "15/1 năm sau": a numeric day and month with the year in words.
  const num = year === undefined ? null : numeric.exec(rest);
  if (num && num[4] === undefined) return numericDate(Number(num[1]), Number(num[3]), String(year), today);
  const vi = vietnamese.exec(rest);
  if (vi) return dayMonthDate(Number(vi[1]), monthValue(vi[2]!), year, today);
  const dm = dayThenMonth.exec(rest);
  if (dm) return dayMonthDate(Number(dm[1]), monthValue(dm[2]!), year, today);
  const md = monthThenDay.exec(rest);
  return md ? dayMonthDate(Number(md[2]), monthValue(md[1]!), year, today) : undefined;
}

function splitYear(folded: string, today: string): { rest: string; year: number | undefined; saysThisYear: boolean } {
  const m = yearSuffix.exec(folded);
  if (!m) return { rest: folded, year: undefined, saysThisYear: false };
  const digits = m[2] ?? m[3];
  const thisYear = partsOf(today).year;
  if (digits) return { rest: m[1]!, year: Number(digits), saysThisYear: false };
  const next = /next|sau|toi/.test(m[4]!);
  return { rest: m[1]!, year: next ? thisYear + 1 : thisYear, saysThisYear: !next };
}

/**
 * Day first, as both the Vietnamese and the European officials of this app write; the US order
 * (01/15/2027) is read only where day-first names no month (second number over 12).
 */
function numericDate(first: number, second: number, yearText: string | undefined, today: string): Reading {
  const [day, month] = second <= 12 ? [first, second] : first <= 12 ? [second, first] : [0, 0];
  // Two-digit years are this century's: a due date is not in 1927.
  const year = yearText === undefined ? undefined : Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  return dayMonthDate(day, month, year, today);
}

/** Without a year: this year's day if it has not passed (today counts), else next year's. */
function dayMonthDate(day: number, month: number | null, year: number | undefined, today: string): Reading {
  if (month === null) return null;
  if (year !== undefined) return isoFrom(year, month, day);
  const thisYear = isoFrom(partsOf(today).year, month, day);
  if (thisYear !== null && thisYear >= today) return thisYear;
  // 29/2 typed in a year before a common year is no day: null, not the next leap year's.
  return isoFrom(partsOf(today).year + 1, month, day);
}

/** "ngày 15": this month's 15th if it has not passed, else next month's (and only that). */
function nextDayOfMonth(day: number, today: string): Reading {
  const thisMonth = dayInMonth(day, 0, today);
  return thisMonth ?? dayInMonth(day, 1, today);
}

/** The day in this month (0) or the next (1); null if it does not exist or has passed. */
function dayInMonth(day: number, monthsAhead: number, today: string): string | null {
  const { year, month } = partsOf(today);
  const index = year * 12 + month - 1 + monthsAhead;
  const date = isoFrom(Math.floor(index / 12), (index % 12) + 1, day);
  return date !== null && date >= today ? date : null;
}
