import fc from 'fast-check';
import { describe, it } from 'vitest';
import { foldVietnamese } from '../domain/text';
import { isoDateError } from '../domain/validators/isoDate';
import { parseDueDate } from './index';

// Relative phrases are generated rather than listed, so the rules hold for the forms no table
// names: a relative phrase never yields a day before today, however carelessly it is typed.

/** A real ISO date on or after `today`. */
function onOrAfter(result: string | null, today: string): boolean {
  return result === null || (isoDateError(result) === null && result >= today);
}

const todays = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const languages = fc.constantFrom<'en' | 'vi'>('en', 'vi');

/** Relative phrases of every family, in the forms officials type them. */
const relativePhrases = fc.oneof(
  fc.tuple(
    fc.constantFrom('', 'in ', 'within ', 'trong ', 'trong vòng ', 'sau ', 'in the next '),
    fc.oneof(fc.nat(400).map(String), fc.constantFrom('a', 'two', 'ten', 'một', 'hai', 'mười lăm', 'hai mươi mốt')),
    fc.constantFrom(' days', ' weeks', ' months', ' years', ' quarters', ' business days', ' ngày', ' tuần', ' tháng', ' năm', ' ngày làm việc'),
    fc.constantFrom('', ' nữa', ' tới', ' later', ' from now', ' kể từ hôm nay'),
  ).map((parts) => parts.join('')),
  fc.tuple(
    fc.constantFrom('', 'this ', 'next ', 'coming ', 'by ', 'trước '),
    fc.constantFrom('Monday', 'Thursday', 'Friday', 'Sunday', 'thứ 2', 'thứ Sáu', 'thứ năm', 'T7', 'CN', 'chủ nhật'),
    fc.constantFrom('', ' tuần sau', ' tuần này', ' tuần sau nữa', ' tới', ' này', ' next week', ' this week'),
  ).map((parts) => parts.join('')),
  fc.tuple(
    fc.constantFrom('end of ', 'cuối ', 'trong ', 'hết '),
    fc.constantFrom('week', 'next week', 'month', 'next month', 'quarter', 'year', 'January', 'Q1', 'tuần', 'tháng sau', 'quý này', 'năm sau', 'tháng 6', 'quý IV'),
  ).map((parts) => parts.join('')),
  fc.tuple(fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 13 })).chain(([d, m]) =>
    fc.constantFrom(`${d}/${m}`, `${d}.${m}.`, `ngày ${d} tháng ${m}`, `${d} Jan`, `ngày ${d}`, `${d}th of next month`),
  ),
  fc.constantFrom('today', 'tomorrow', 'day after tomorrow', 'hôm nay', 'ngày mai', 'ngày kia', 'ngày mốt', 'next week', 'tuần sau', 'eod'),
);

/** The same phrase typed carelessly: upper case, marks dropped, decomposed, spaced out. */
const carelessly = (phrase: string) =>
  fc
    .tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([upper, unmarked, nfd, spaced]) => {
      let text = unmarked ? foldVietnamese(phrase) : phrase;
      if (upper) text = text.toUpperCase();
      if (nfd) text = text.normalize('NFD');
      return spaced ? `  ${text.replace(/ /g, '   ')} ` : text;
    });

describe('parseDueDate properties', () => {
  it('never gives a day before today for a relative phrase, however it is typed', () => {
    fc.assert(
      fc.property(todays, languages, relativePhrases.chain(carelessly), (today, language, text) =>
        onOrAfter(parseDueDate(text, { today, language }), today),
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a day and month without a year within the coming year', () => {
    fc.assert(
      fc.property(todays, fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), (today, day, month) => {
        const result = parseDueDate(`${day}/${month}`, { today, language: 'vi' });
        const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
        return result === null || (result >= today && result <= yearAhead && result.endsWith(`-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
      }),
    );
  });

  it('reads NFC and NFD alike', () => {
    fc.assert(
      fc.property(todays, languages, relativePhrases, (today, language, text) =>
        parseDueDate(text.normalize('NFD'), { today, language }) === parseDueDate(text.normalize('NFC'), { today, language }),
      ),
    );
  });

  it('never throws, and answers a real date or null, for any words strung together', () => {
    const words = fc.constantFrom(
      'by', 'next', 'this', 'friday', 'thứ', 'sáu', 'sau', 'tuần', 'nữa', 'tháng', 'cuối', 'end', 'of', 'month', 'năm',
      'trong', 'mai', 'week', 'after', 'hôm', 'nay', 'kia', 'quý', 'I', 'Q1', 'T6', 'CN', 'mười', 'lăm', 'ngày', 'in',
      '2', '15', '31', '0', '15/1', 'a', 'the', '17h', ':', '.', '-', 'sáu', 'mươi', 'mười', 'mốt', 'năm nay',
    );
    // No "/": "15/1 / 31" is 15/1/31, a date typed with its year, which may rightly be past.
    fc.assert(
      fc.property(todays, languages, fc.array(words, { maxLength: 6 }).map((ws) => ws.join(' ')), (today, language, text) =>
        onOrAfter(parseDueDate(text, { today, language }), today),
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(todays, languages, fc.string({ unit: 'grapheme', maxLength: 40 }), (today, language, text) => {
        const result = parseDueDate(text, { today, language });
        return result === null || isoDateError(result) === null;
      }),
    );
  });
});
