import { countryName } from '../../shared/domain';
import type { Language } from './languages';

/** Formatting in the UI language. Every function returns '' for a missing value. */
export interface Formatter {
  /** "05 Jan 2026" / "05 thg 1, 2026": day first, month never a bare number in English. */
  date(iso: string | null | undefined): string;
  /** The date as above plus the local 24-hour time: "05 Jan 2026 14:30". */
  dateTime(iso: string | null | undefined): string;
  /** "1,234,567.89" / "1.234.567,89"; at most `maximumFractionDigits` (default 2) decimals. */
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  /** An amount with its ISO 4217 code, with the currency's own decimals: "USD 1,234.50". */
  money(value: number | null | undefined, currency: string): string;
  /** A country's name from its ISO alpha-2 code; the code itself when unknown. */
  countryName(code: string | null | undefined): string;
  /** A currency's name from its ISO 4217 code ("US Dollar", "Đô la Mỹ"); the code itself when unknown. */
  currencyName(code: string | null | undefined): string;
  /**
   * A file's size as people read it: "64 MB", "1.5 MB" / "1,5 MB", "182 KB", "900 B". Units of
   * 1024, as file managers on Windows count, so a limit of 64 × 1024 × 1024 bytes reads "64 MB".
   */
  fileSize(bytes: number | null | undefined): string;
}

const sizeUnits = ['B', 'KB', 'MB', 'GB'] as const;

// Fixed abbreviations rather than Intl's en-GB ones, which changed "Sep" to "Sept" between ICU
// versions: printed letters and tests must not depend on the browser's ICU.
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const numberLocales: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts {
  year: number;
  month: number; // 1–12
  day: number;
}

/** A plain ISO date is a calendar day (no time zone); a datetime is shown in local time. */
function toLocalParts(iso: string): (DayParts & { date?: Date }) | null {
  const plain = isoDate.exec(iso);
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), date };
}

function formatDay(language: Language, { year, month, day }: DayParts): string {
  const dd = String(day).padStart(2, '0');
  return language === 'vi' ? `${dd} thg ${month}, ${year}` : `${dd} ${englishMonths[month - 1]} ${year}`;
}

export function createFormatter(language: Language): Formatter {
  const locale = numberLocales[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };

  return {
    date(iso) {
      if (!iso) return '';
      const parts = toLocalParts(iso);
      return parts ? formatDay(language, parts) : iso;
    },
    dateTime(iso) {
      if (!iso) return '';
      const parts = toLocalParts(iso);
      if (!parts) return iso;
      if (!parts.date) return formatDay(language, parts);
      const time = `${String(parts.date.getHours()).padStart(2, '0')}:${String(parts.date.getMinutes()).padStart(2, '0')}`;
      return `${formatDay(language, parts)} ${time}`;
    },
    number(value, maximumFractionDigits = 2) {
      if (value === null || value === undefined || Number.isNaN(value)) return '';
      return numberFormat(maximumFractionDigits).format(value);
    },
    money(value, currency) {
      if (value === null || value === undefined || Number.isNaN(value)) return '';
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }).format(value);
      } catch {
        // Not an ISO 4217 code Intl knows: still show the amount and what was entered.
        return `${numberFormat(2).format(value)} ${currency}`.trim();
      }
    },
    countryName(code) {
      if (!code) return '';
      return countryName(code, language) || code;
    },
    fileSize(bytes) {
      if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return '';
      let unit = 0;
      let value = bytes;
      while (value >= 1024 && unit < sizeUnits.length - 1) {
        value /= 1024;
        unit += 1;
      }
      // One decimal below 10 of a unit ("1.5 MB"), none above ("182 KB"): enough to compare files.
      return `${numberFormat(unit > 0 && value < 10 ? 1 : 0).format(value)} ${sizeUnits[unit]}`;
    },
    currencyName(code) {
      if (!code) return '';
      try {
        return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
