// How a date field shows a date in a locale, so messages can write dates and the expected format
// the way the field shows them ("dd/mm/yyyy", "29/02/2027"), not as ISO strings.

/** The words shown in empty segments of a date field: "dd/mm/yyyy", "nn/tt/nnnn" in Vietnamese. */
export interface DatePlaceholders {
  day: string;
  month: string;
  year: string;
}

type DatePart = { type: 'day' | 'month' | 'year'; value: string } | { type: 'literal'; value: string };

/** The parts of a numeric date in the locale's order, as react-aria's DateField lays them out. */
function dateParts(locale: string): DatePart[] {
  const format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return format.formatToParts(new Date(Date.UTC(2001, 10, 22))).flatMap((part): DatePart[] => {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year' || part.type === 'literal') {
      return [{ type: part.type, value: part.value }];
    }
    return [];
  });
}

/** The format the field shows, in its placeholders: "dd/mm/yyyy". */
export function datePattern(locale: string, placeholders: DatePlaceholders): string {
  return dateParts(locale)
    .map((part) => (part.type === 'literal' ? part.value : placeholders[part.type]))
    .join('');
}

/**
 * An ISO date written as the field shows it ("29/02/2027"), digit by digit, so that a date that
 * does not exist (as typed) or a year before 1000 prints as typed instead of being corrected.
 */
export function formatDateAsField(iso: string, locale: string): string {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const digits = { year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' };
  return dateParts(locale)
    .map((part) => (part.type === 'literal' ? part.value : digits[part.type]))
    .join('');
}
