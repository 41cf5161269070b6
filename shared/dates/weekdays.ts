// Weekdays as officials name them: "Friday", "Fri", "thứ Sáu", "thứ 6", "T6", "chủ nhật", "CN",
// with "this"/"next"/"này"/"tuần sau"…, and a weekday written beside a date ("thứ 6, 15/1").
//
// Rules (weeks start on Monday, as in Vietnam and ISO 8601):
// - a bare weekday, "coming Friday", "thứ 6 tới" = the next such day after today; today itself
//   is excluded ("Friday" said on a Friday is a week away, as people mean it);
// - "this Friday", "thứ 6 này", "thứ 6 tuần này" = the Friday of the current week, today
//   included; null once that day has passed (said on a Saturday: the past, or the coming one?);
// - "next Friday", "thứ 6 tuần sau/tuần tới", "Friday next week" = the Friday of the next
//   calendar week (said on a Thursday: eight days away, not tomorrow); "tuần sau nữa", "the
//   week after next" = the week after that;
// - a weekday beside a date must be that date's weekday, else the text contradicts itself: null.
import { addDays, weekdayInWeek, weekdayOf, type Weekday } from './calendar';
import type { Reader, Reading, ReadingContext } from './reading';

const vietnameseDay = 'thu ?(?:hai|ba|tu|nam|sau|bay|[2-7])|t ?[2-7]|chu ?nhat|cn';
const englishDay = 'monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun';
const day = `(?:hom )?(${vietnameseDay}|${englishDay})`;

const modifierBefore = '(this coming|coming|this|next|next week|this week|tuan nay|tuan sau nua|tuan sau|tuan toi)';
const modifierAfter = '(this week|next week|week after next|tuan nay|tuan sau nua|tuan sau|tuan toi|sap toi|toi|nay)';
const weekdayPhrase = new RegExp(`^(?:${modifierBefore} )?${day}(?: (?:of )?${modifierAfter})?$`);
const dayFirst = new RegExp(`^${day} (.+)$`);
const dayLast = new RegExp(`^(.+) ${day}$`);

const vietnameseNumbers: Record<string, Weekday> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const englishDays: Array<[RegExp, Weekday]> = [
  [/^mon/, 1], [/^tue/, 2], [/^wed/, 3], [/^thu/, 4], [/^fri/, 5], [/^sat/, 6], [/^sun/, 7],
];

/** How far a modifier moves the weekday: to its next occurrence, this week's, or a later week's. */
type Which = 'coming' | 'thisWeek' | 'nextWeek' | 'weekAfterNext';

function whichOf(modifier: string | undefined): Which {
  if (modifier === undefined || /^(?:this coming|coming|toi|sap toi)$/.test(modifier)) return 'coming';
  if (/^(?:this|nay)$|this week|tuan nay/.test(modifier)) return 'thisWeek';
  return /after next|sau nua/.test(modifier) ? 'weekAfterNext' : 'nextWeek';
}

export const readWeekday: Reader = (folded, context) => {
  const m = weekdayPhrase.exec(folded);
  if (!m) return undefined;
  const weekday = weekdayValue(m[2]!, context);
  if (weekday === null) return null;
  const [before, after] = [m[1], m[3]];
  if (before !== undefined && after !== undefined && whichOf(before) !== whichOf(after)) return null;
  const { today } = context;
  switch (whichOf(before ?? after)) {
    case 'coming':
      return addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
    case 'thisWeek': {
      const date = weekdayInWeek(today, weekday, 0);
      return date !== null && date >= today ? date : null;
    }
    case 'nextWeek':
      return weekdayInWeek(today, weekday, 1);
    case 'weekAfterNext':
      return weekdayInWeek(today, weekday, 2);
  }
};

/** "Friday 15 January 2027", "thứ 6 ngày 15/1", "15/1 (T6)": the date, if its weekday agrees. */
export function readWeekdayWithDate(readDate: Reader): Reader {
  const checked = (word: string, rest: string, context: ReadingContext): Reading => {
    const date = readDate(rest, context);
    if (typeof date !== 'string') return date;
    return weekdayOf(date) === weekdayValue(word, context) ? date : null;
  };
  return (folded, context) => {
    const first = dayFirst.exec(folded);
    const reading = first ? checked(first[1]!, first[2]!, context) : undefined;
    if (reading !== undefined) return reading;
    const last = dayLast.exec(folded);
    return last ? checked(last[2]!, last[1]!, context) : undefined;
  };
}

/**
 * Monday = 1 … Sunday = 7. An English name counts only if typed without marks ("sát", "môn"
 * fold to "sat", "mon"). "thu" alone is the English Thursday only in English: in Vietnamese
 * text it is "thứ" with its number missing (or "thu", autumn), so it is not read there.
 */
function weekdayValue(word: string, { language, marked }: ReadingContext): Weekday | null {
  const vietnamese = /^(?:thu|t) ?(hai|ba|tu|nam|sau|bay|[2-7])$/.exec(word);
  if (vietnamese) return vietnameseNumbers[vietnamese[1]!] ?? ((Number(vietnamese[1]) - 1) as Weekday);
  if (/^(?:chu ?nhat|cn)$/.test(word)) return 7;
  if (word === 'thu' && language === 'vi') return null;
  if (!new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(marked)) return null;
  return englishDays.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}
