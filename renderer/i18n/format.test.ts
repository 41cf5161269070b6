import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

// Intl separates a currency code from the amount with a no-break space.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('createFormatter: dates', () => {
  const en = createFormatter('en');
  const vi = createFormatter('vi');

  it('writes English dates day first with a month abbreviation', () => {
    expect(en.date('2026-01-05')).toBe('05 Jan 2026');
    expect(en.date('2026-09-30')).toBe('30 Sep 2026');
    expect(en.date('2025-12-31')).toBe('31 Dec 2025');
  });

  it('writes Vietnamese dates as "05 thg 1, 2026"', () => {
    expect(vi.date('2026-01-05')).toBe('05 thg 1, 2026');
    expect(vi.date('2026-12-31')).toBe('31 thg 12, 2026');
  });

  it('takes a calendar date as that day in every time zone', () => {
    // A plain date parsed as UTC midnight would show as 04 Jan west of Greenwich.
    expect(en.date('2026-01-05')).toBe('05 Jan 2026');
  });

  it('shows a datetime in local time with hours and minutes', () => {
    const local = new Date(2026, 0, 5, 14, 30).toISOString();
    expect(en.dateTime(local)).toBe('05 Jan 2026 14:30');
    expect(vi.dateTime(local)).toBe('05 thg 1, 2026 14:30');
    expect(en.date(local)).toBe('05 Jan 2026');
  });

  it('shows nothing for a missing date and the raw text for an unparseable one', () => {
    expect(en.date(null)).toBe('');
    expect(en.dateTime(undefined)).toBe('');
    expect(en.date('not a date')).toBe('not a date');
  });
});

describe('createFormatter: numbers and money', () => {
  it('groups Vietnamese numbers with dots and a decimal comma', () => {
    expect(createFormatter('vi').number(1234567.89)).toBe('1.234.567,89');
  });

  it('groups English numbers with commas and a decimal point', () => {
    expect(createFormatter('en').number(1234567.89)).toBe('1,234,567.89');
    expect(createFormatter('en').number(0.125, 3)).toBe('0.125');
  });

  it('shows amounts with the ISO currency code and that currency’s decimals', () => {
    expect(plain(createFormatter('en').money(1234.5, 'USD'))).toBe('USD 1,234.50');
    expect(plain(createFormatter('vi').money(1234567.89, 'USD'))).toBe('1.234.567,89 USD');
    expect(plain(createFormatter('vi').money(1500000, 'VND'))).toBe('1.500.000 VND');
  });

  it('still shows the amount when the currency is not a valid code', () => {
    expect(createFormatter('en').money(10, 'X1')).toBe('10 X1');
  });

  it('shows nothing for a missing number', () => {
    expect(createFormatter('en').number(null)).toBe('');
    expect(createFormatter('en').money(undefined, 'USD')).toBe('');
  });
});

describe('createFormatter: countries', () => {
  it('names a country in the UI language', () => {
    expect(createFormatter('en').countryName('VN')).toBe('Vietnam');
    expect(createFormatter('vi').countryName('US')).toMatch(/Hoa Kỳ|Mỹ/);
  });

  it('shows an unknown code as it is', () => {
    expect(createFormatter('en').countryName('QQ')).toBe('QQ');
    expect(createFormatter('en').countryName('')).toBe('');
  });
});

describe('createFormatter: file sizes', () => {
  it('writes the attachment limit as "64 MB" and sizes in the digits of the UI language', () => {
    const en = createFormatter('en');
    const vi = createFormatter('vi');
    expect(en.fileSize(64 * 1024 * 1024)).toBe('64 MB');
    expect(vi.fileSize(64 * 1024 * 1024)).toBe('64 MB');
    expect(en.fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(vi.fileSize(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(en.fileSize(182 * 1024)).toBe('182 KB');
    expect(en.fileSize(900)).toBe('900 B');
    expect(en.fileSize(null)).toBe('');
  });
});
