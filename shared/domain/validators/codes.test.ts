import { describe, expect, it } from 'vitest';
import { msg } from '../messageKeys';
import { adCvdOrderSchema } from './adCvdOrder';
import { containerNumberError } from './containerNumber';
import { countryCodeSchema, countryName, countryOptions, isCountryCode, optionalCountryCodeSchema } from './country';
import { currencyCodeSchema, currencyDigits, optionalCurrencyCodeSchema } from './currency';
import { hsCodeMatches, hsCodeSchema, optionalHsCodeSchema } from './hsCode';
import { optionalUnLocodeSchema, unLocodeSchema } from './unLocode';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('HS code', () => {
  it.each([
    ['72', '72'],
    ['7213', '7213'],
    ['7213.91', '721391'],
    ['8471.30.00', '84713000'],
    ['6109 10 00 12', '6109100012'],
  ])('accepts %j as %j', (input, code) => expect(hsCodeSchema.parse(input)).toBe(code));

  it.each([
    ['', msg.required],
    ['721', msg.hsCodeLength],
    ['72139100123', msg.hsCodeLength],
    ['72A3', msg.hsCodeFormat],
    ['7213-91', msg.hsCodeFormat],
  ])('rejects %j with %s', (input, key) => expect(messages(hsCodeSchema.safeParse(input))).toEqual([key]));

  it('lets the optional variant stay empty but still checks what is typed', () => {
    expect(optionalHsCodeSchema.parse('')).toBe('');
    expect(messages(optionalHsCodeSchema.safeParse('123'))).toEqual([msg.hsCodeLength]);
  });

  it('matches by prefix regardless of dots', () => {
    expect(hsCodeMatches('7213.91.10', '7213')).toBe(true);
    expect(hsCodeMatches('721391', '7214')).toBe(false);
    expect(hsCodeMatches('721391', '')).toBe(false);
  });
});

describe('countries (ISO 3166-1 alpha-2)', () => {
  it('upper-cases and accepts assigned codes', () => {
    expect(countryCodeSchema.parse(' vn ')).toBe('VN');
    expect(isCountryCode('US')).toBe(true);
  });
  it.each([
    ['', msg.required],
    ['XX', msg.country],
    ['VNM', msg.country],
  ])('rejects %j with %s', (input, key) => expect(messages(countryCodeSchema.safeParse(input))).toEqual([key]));

  it('allows an empty optional country', () => expect(optionalCountryCodeSchema.parse('')).toBe(''));

  it('names countries in English and Vietnamese', () => {
    expect(countryName('VN', 'vi')).toBe('Việt Nam');
    expect(countryName('US', 'vi')).toBe('Hoa Kỳ');
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('KR', 'vi')).toBe('Hàn Quốc');
    expect(countryName('US', 'en')).toBe('United States');
  });

  it('lists every country sorted for the language', () => {
    const vi = countryOptions('vi');
    expect(vi.length).toBeGreaterThan(240);
    expect(vi.find((o) => o.code === 'DE')?.name).toBe('Đức');
    const names = vi.map((o) => o.name);
    expect([...names].sort(new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare)).toEqual(names);
  });
});

describe('currencies (ISO 4217)', () => {
  it('accepts known codes in any case', () => {
    expect(currencyCodeSchema.parse('vnd')).toBe('VND');
    expect(currencyDigits('VND')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
  });
  it.each([
    ['', msg.required],
    ['XYZ', msg.currency],
    ['US', msg.currency],
  ])('rejects %j with %s', (input, key) => expect(messages(currencyCodeSchema.safeParse(input))).toEqual([key]));
  it('allows an empty optional currency', () => expect(optionalCurrencyCodeSchema.parse('')).toBe(''));
});

describe('UN/LOCODE', () => {
  it.each([
    ['VNSGN', 'VNSGN'],
    ['vn hph', 'VNHPH'],
    ['USLAX', 'USLAX'],
  ])('accepts %j as %j', (input, code) => expect(unLocodeSchema.parse(input)).toBe(code));
  it('requires a code unless optional', () => {
    expect(messages(unLocodeSchema.safeParse(''))).toEqual([msg.required]);
    expect(optionalUnLocodeSchema.parse(' ')).toBe('');
    expect(messages(optionalUnLocodeSchema.safeParse('VNSG'))).toEqual([msg.unLocodeFormat]);
  });
  it.each([
    ['VNSG', msg.unLocodeFormat],
    ['VNS1N', msg.unLocodeFormat],
    ['XXSGN', msg.unLocodeCountry],
  ])('rejects %j with %s', (input, key) => expect(messages(unLocodeSchema.safeParse(input))).toEqual([key]));
});

describe('AD/CVD order references', () => {
  it.each([
    ['A-570-967', 'A-570-967'],
    ['c-570-968', 'C-570-968'],
    ['A 552 801', 'A-552-801'],
    ['A570967', 'A-570-967'],
  ])('accepts %j as %j', (input, ref) => expect(adCvdOrderSchema.parse(input)).toBe(ref));
  it.each(['B-570-967', 'A-57-967', 'A-570-9670', ''])('rejects %j', (input) => {
    expect(messages(adCvdOrderSchema.safeParse(input))).toEqual([msg.adCvdOrderFormat]);
  });
});

describe('container numbers (ISO 6346)', () => {
  it.each([
    ['CSQU3054383', null],
    ['csqu 305438 3', null],
    ['CSQU3054384', msg.containerCheckDigit],
    ['CSQ3054383', msg.containerFormat],
    ['CSQA3054383', msg.containerFormat],
  ])('%j → %s', (input, key) => expect(containerNumberError(input)).toBe(key));
});
