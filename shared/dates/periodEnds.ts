// The ends of periods ("end of month", "cuối quý", "cuối tháng 1/2027", "trong tuần") and the
// start of next week. Rules, weeks starting on Monday:
// - the end of a week is its last working day, Friday ("cuối tuần" as a deadline is the end of
//   the working week); said on a Saturday or Sunday, when this week's Friday has passed, it is
//   the coming Friday;
// - "next week", "tuần sau", "đầu tuần sau" = the Monday of next week (by when next week has
//   begun). "this week", "next month", "next year" alone name no single day and are not read;
// - "within the month"/"trong tháng" is read as the end of the month, like "cuối tháng";
// - a named month or quarter without a year is the next one whose end has not passed.
import { isoFrom, lastDayOfMonth, partsOf, weekdayInWeek, weekdayOf } from './calendar';
import { englishMonthPattern, monthValue, vietnameseMonthPattern } from './monthNames';
import type { Reader, Reading } from './reading';

const nextWeekStart = /^(?:(?:start of |beginning of )?(next week|week after next)|(?:sang |dau )?(tuan sau nua|tuan sau|tuan toi)|sang tuan)$/;
// "week end" is left out of the "X end" form: typed apart, it is more likely "weekend".
const endOf = /^(?:end of|cuoi|het|within|trong vong|trong) (.+)$|^((?:this |next )?(?:month|quarter|year)) end$/;
const shorthand = new Map([['eow', 'week'], ['eom', 'month'], ['eoq', 'quarter'], ['eoy', 'year']]);

type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';
const relativePeriod = /^(?:(this|next) )?(week|month|quarter|year)(?: (after next))?$|^(tuan|thang|quy|nam)(?: (nay|sau nua|sau|toi))?$/;
const unitWords: Record<string, PeriodUnit> = { tuan: 'week', thang: 'month', quy: 'quarter', nam: 'year' };

const yearPart = '(?:(?:/| nam | )(\\d{4}))?';
const namedMonth = new RegExp(`^(?:(${englishMonthPattern})|${vietnameseMonthPattern})${yearPart}$`);
const namedQuarter = new RegExp(`^(?:q ?([1-4])|(?:quy|quarter) ([1-4]|iv|iii|ii|i))${yearPart}$`);
const namedYear = /^(?:nam )?(\d{4})$/;
const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export const readPeriodEnd: Reader = (folded, { today }) => {
  const start = nextWeekStart.exec(folded);
  if (start) return weekdayInWeek(today, 1, /after next|sau nua/.test(folded) ? 2 : 1);
  const m = endOf.exec(folded);
  const period = shorthand.get(folded) ?? m?.[1] ?? m?.[2];
  return period === undefined ? undefined : periodEnd(period, today);
};

function periodEnd(period: string, today: string): Reading {
  const relative = relativePeriod.exec(period);
  if (relative) {
    const unit = (relative[2] as PeriodUnit | undefined) ?? unitWords[relative[4]!]!;
    const modifier = relative[1] ?? relative[3] ?? relative[5] ?? '';
    const ahead = /after next|sau nua/.test(modifier) ? 2 : /next|sau|toi/.test(modifier) ? 1 : 0;
    return relativeEnd(unit, ahead, today);
  }
  const month = namedMonth.exec(period);
  if (month) return namedEnd(monthValue(month[1] ?? month[2]!), month[3], today);
  const quarter = namedQuarter.exec(period);
  if (quarter) return namedEnd(Number(quarter[1] ?? romanQuarters[quarter[2]!] ?? quarter[2]) * 3, quarter[3], today);
  const year = namedYear.exec(period);
  return year ? isoFrom(Number(year[1]), 12, 31) : undefined;
}

function relativeEnd(unit: PeriodUnit, ahead: number, today: string): string | null {
  const { year, month } = partsOf(today);
  switch (unit) {
    case 'week': {
      // Saturday and Sunday come after this week's Friday: its end is then the coming one.
      const weekend = weekdayOf(today) > 5 && ahead === 0 ? 1 : 0;
      return weekdayInWeek(today, 5, ahead + weekend);
    }
    case 'month':
      return monthEnd(year, month + ahead);
    case 'quarter':
      return monthEnd(year, (Math.ceil(month / 3) + ahead) * 3);
    case 'year':
      return isoFrom(year + ahead, 12, 31);
  }
}

/**
 * The end of a named month, or of a quarter given by its last month. Without a year, this
 * year's if it has not ended, else next year's; with a year, as typed.
 */
function namedEnd(lastMonth: number | null, yearText: string | undefined, today: string): Reading {
  if (lastMonth === null) return null;
  if (yearText !== undefined) return monthEnd(Number(yearText), lastMonth);
  const thisYear = monthEnd(partsOf(today).year, lastMonth);
  return thisYear !== null && thisYear >= today ? thisYear : monthEnd(partsOf(today).year + 1, lastMonth);
}

/** Last day of a month; months past 12 run into the following years. */
function monthEnd(year: number, month: number): string | null {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return isoFrom(y, m, lastDayOfMonth(y, m));
}
