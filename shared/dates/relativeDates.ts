// Days named from today ("tomorrow", "ngày mốt") and spans counted from it ("in 2 weeks",
// "hai tuần nữa", "trong 10 ngày", "sau 2 tuần"). A span's due date is its last day: "within
// 10 days" typed on the 3rd is due on the 13th.
import { addDays, addMonths, addWorkingDays } from './calendar';
import { countPattern, countValue } from './numberWords';
import type { Reader, ReadingContext } from './reading';

const namedDays: Array<[RegExp, number]> = [
  [/^(?:today|tonight|this (?:morning|afternoon|evening)|end of today|eod|end of day|cob|close of business|hom nay|nay|ngay hom nay|trong ngay|trong hom nay|cuoi ngay|het ngay)$/, 0],
  [/^(?:tomorrow|tmrw?|ngay mai|mai)$/, 1],
  [/^(?:day after tomorrow|overmorrow|ngay kia|ngay mot|mot)$/, 2],
];

type Unit = 'day' | 'workingDay' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';

const units: Array<[Unit, string]> = [
  ['workingDay', '(?:business|working|work) days?|ngay lam viec'],
  ['day', 'days?|d|ngay'],
  ['fortnight', 'fortnights?'],
  ['week', 'weeks?|wks?|w|tuan le|tuan'],
  ['month', 'months?|mos?|mths?|thang'],
  ['quarter', 'quarters?|quy'],
  ['year', 'years?|yrs?|y|nam'],
];

const spanPrefix = '(?:(?:in|within|after|trong vong|trong|sau) )?(?:next )?';
const spanSuffix =
  '(?: (?:nua|toi|sau|later|from now|from today|after today|hence|time|(?:ke |tinh )?tu (?:hom nay|nay|bay gio)))*';
const spanBody = `(${countPattern}) ?(${units.map(([, words]) => words).join('|')})${spanSuffix}$`;
const span = new RegExp(`^${spanPrefix}${spanBody}`);
const spanWithoutPrefix = new RegExp(`^${spanBody}`);

export const readRelativeDate: Reader = (folded, context) => {
  const named = namedDays.find(([pattern]) => pattern.test(folded));
  if (named) return ambiguousDayWord(folded, context) ? null : addDays(context.today, named[1]);
  const m = matchSpan(folded, context);
  if (m === 'ambiguous') return null;
  if (!m) return undefined;
  const count = countValue(m[1]!);
  const unit = units.find(([, words]) => new RegExp(`^(?:${words})$`).test(m[2]!))![0];
  return count === null ? null : addSpan(context.today, count, unit);
};

/**
 * Folding hides two readings: "một" (one) and "mốt" (the day after tomorrow) both fold to "mot",
 * and in the north "ngày kìa" is three days ahead while "ngày kia" is two. The marks decide; a
 * bare unmarked "mot" is not read.
 */
function ambiguousDayWord(folded: string, { marked }: ReadingContext): boolean {
  if (/kìa/u.test(marked)) return true;
  if (folded === 'mot') return !/mốt/u.test(marked);
  return folded === 'ngay mot' && /một/u.test(marked);
}

/**
 * "sáu mươi ngày" (60 days) and "sau mười ngày" (after 10 days) both fold to "sau muoi ngay":
 * only the marks tell them apart, and unmarked such text is not read.
 */
function matchSpan(folded: string, { marked }: ReadingContext): RegExpExecArray | null | 'ambiguous' {
  if (!/^sau muoi/.test(folded)) return span.exec(folded);
  if (/sáu\s+mươi/u.test(marked)) return spanWithoutPrefix.exec(folded);
  return /sau\s+mười/u.test(marked) ? span.exec(folded) : 'ambiguous';
}

function addSpan(today: string, count: number, unit: Unit): string | null {
  switch (unit) {
    case 'day':
      return addDays(today, count);
    case 'workingDay':
      return addWorkingDays(today, count);
    case 'week':
      return addDays(today, count * 7);
    case 'fortnight':
      return addDays(today, count * 14);
    case 'month':
      return addMonths(today, count);
    case 'quarter':
      return addMonths(today, count * 3);
    case 'year':
      return addMonths(today, count * 12);
  }
}
