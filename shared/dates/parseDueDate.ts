// The due date of a meeting's action item as an official types it, in English or Vietnamese,
// read into one calendar day. Each reader knows one family of phrases and matches the whole
// text; the first that recognises it answers, so a phrase is never half-read into a guess.
import { isoDateError } from '../domain/validators/isoDate';
import { readAbsoluteDate } from './absoluteDates';
import { dueDateText } from './dueDateText';
import { readPeriodEnd } from './periodEnds';
import type { Reader } from './reading';
import { readRelativeDate } from './relativeDates';
import { readWeekday, readWeekdayWithDate } from './weekdays';

const readers: Reader[] = [readAbsoluteDate, readRelativeDate, readPeriodEnd, readWeekday, readWeekdayWithDate(readAbsoluteDate)];

/**
 * The ISO date (YYYY-MM-DD) `text` names as a due date, counted from `context.today`, or null
 * for what it cannot read ("asap", "TBD", "next meeting", "31/2") — never a guess. Pure: no
 * clock, no time zone. Case, extra spaces, Vietnamese marks (or their absence) and NFC/NFD do
 * not matter; English and Vietnamese words are read under either `language`, which only settles
 * a word that would otherwise be ambiguous ("Thu" is Thursday in English only).
 *
 * Invariants and the choices behind them:
 * - Relative phrases ("tomorrow", "in 2 weeks", "Friday", "cuối tháng") never give a day before
 *   today. A date typed with its year is returned as typed even if past: the official wrote it.
 * - A day and month without a year ("15/1", "15 Jan") is the next such day, today included.
 * - Numbers are day first ("1/2" is 1 February in both languages); month first only where day
 *   first is impossible ("01/15/2027"). Two-digit years are 20xx.
 * - "before X", "trước ngày X", "by X", "hạn X", "chậm nhất X" are read as X, the deadline.
 * - A bare weekday is the next one after today ("Friday" on a Friday is a week away); "this
 *   Friday" is this week's (null if past); "next Friday", "thứ 6 tuần sau" is next calendar
 *   week's (Monday-start weeks). See weekdays.ts.
 * - "next week"/"tuần sau" is next Monday; "end of week"/"cuối tuần" is Friday, the last working
 *   day. See periodEnds.ts.
 * - Working days ("10 ngày làm việc") skip Saturdays and Sundays only; public holidays are not
 *   known, so such a date may fall earlier than the legal one, never later.
 */
export function parseDueDate(text: string, context: { today: string; language: 'en' | 'vi' }): string | null {
  if (isoDateError(context.today) !== null) return null;
  const reduced = dueDateText(text);
  if (reduced === null || reduced.folded === '') return null;
  const readingContext = { today: context.today, language: context.language, marked: reduced.marked };
  for (const read of readers) {
    const reading = read(reduced.folded, readingContext);
    if (reading !== undefined) return reading;
  }
  return null;
}
