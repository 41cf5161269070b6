import { describe, expect, it } from 'vitest';
import { msg } from '../messageKeys';
import { cnUsccError } from './cnUscc';
import { isValidLei, leiError } from './lei';
import { identifierError, normalizeIdentifier, partyIdentifierSchema } from './partyIdentifier';
import { isValidVnTaxCode, normalizeVnTaxCode, vnTaxCheckDigit, vnTaxCodeError } from './vnTaxCode';

describe('Vietnamese tax code (MST)', () => {
  it.each([
    ['0100233488', null],
    ['0314409058', null],
    ['0100233480', msg.vnTaxCodeCheckDigit],
    ['0100233488-001', null],
    ['0100233488001', null],
    [' 0314409058 ', null],
    ['0100233488-000', msg.vnTaxCodeBranch],
    ['0100233480-001', msg.vnTaxCodeCheckDigit],
    ['010023348', msg.vnTaxCodeFormat],
    ['01002334888', msg.vnTaxCodeFormat],
    ['0100233488-01', msg.vnTaxCodeFormat],
    ['01002334A8', msg.vnTaxCodeFormat],
    ['', msg.vnTaxCodeFormat],
  ])('%j → %s', (input, expected) => {
    expect(vnTaxCodeError(input)).toBe(expected);
    expect(isValidVnTaxCode(input)).toBe(expected === null);
  });

  it('computes the DOMAIN.md check digit (weights 31…3, 10 − sum mod 11)', () => {
    expect(vnTaxCheckDigit('010023348')).toBe(8);
    expect(vnTaxCheckDigit('031440905')).toBe(8);
  });

  it('never accepts a code whose weighted sum is a multiple of 11', () => {
    // 1×31 + 8×3 = 55 ≡ 0 (mod 11): "10 − 0" would be a two-digit check, so no digit is valid.
    expect(vnTaxCheckDigit('100000008')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidVnTaxCode(`100000008${d}`)).toBe(false);
  });

  it('restores the dash of a 13-digit branch code', () => {
    expect(normalizeVnTaxCode('0100233488 001')).toBe('0100233488-001');
    expect(normalizeVnTaxCode('0100233488001')).toBe('0100233488-001');
  });
});

describe('LEI (ISO 17442)', () => {
  it.each(['5493001KJTIIGC8Y1R12', '529900T8BM49AURSDO55', '7LTWFZYICNSX8D621K86', '5493 001K JTII GC8Y 1R12', '5493001kjtiigc8y1r12'])(
    'accepts %s',
    (lei) => expect(isValidLei(lei)).toBe(true),
  );
  it.each([
    ['5493001KJTIIGC8Y1R13', msg.leiChecksum],
    ['7LTWFZYICNSX8D621K68', msg.leiChecksum],
    ['5493001KJTIIGC8Y1R1', msg.leiFormat],
    ['5493001KJTIIGC8Y1RAB', msg.leiFormat],
  ])('rejects %s with %s', (lei, key) => expect(leiError(lei)).toBe(key));
});

describe('Chinese unified social credit code', () => {
  it.each(['91350100M000100Y43', '91110000802100433B', '91440300708461136T'])('accepts %s', (code) => {
    expect(cnUsccError(code)).toBeNull();
  });
  it.each([
    ['91350100M000100Y44', msg.cnUsccChecksum],
    ['91350100M000100Y4', msg.cnUsccFormat],
    ['91350100I000100Y43', msg.cnUsccFormat],
  ])('rejects %s with %s', (code, key) => expect(cnUsccError(code)).toBe(key));
});

describe('party identifiers by scheme', () => {
  it.each([
    ['VN_MST', '0100233488', null],
    ['VN_MST', '0100233480', msg.vnTaxCodeCheckDigit],
    ['LEI', '5493001KJTIIGC8Y1R13', msg.leiChecksum],
    ['US_EIN', '12-3456789', null],
    ['US_EIN', '123456789', null],
    ['US_EIN', '12-345678', msg.usEinFormat],
    ['CN_USCC', '91350100M000100Y43', null],
    ['DUNS', '15-048-3782', null],
    ['DUNS', '15048378', msg.dunsFormat],
    ['MID', 'VNTHEVIE123HAI', null],
    ['MID', '1VTHEP', msg.midFormat],
    ['VN_CCCD', '001085012345', null],
    ['VN_CCCD', '00108501234', msg.vnCccdFormat],
    ['OTHER', 'Business registration 4102003456', null],
    ['OTHER', '   ', msg.required],
  ] as const)('%s %j → %s', (scheme, value, expected) => {
    expect(identifierError(scheme, value)).toBe(expected);
  });

  it('stores one spelling per identifier', () => {
    expect(normalizeIdentifier('US_EIN', '123456789')).toBe('12-3456789');
    expect(normalizeIdentifier('DUNS', '15-048-3782')).toBe('150483782');
    expect(partyIdentifierSchema.parse({ scheme: 'LEI', value: '5493 001k jtii gc8y 1r12' })).toEqual({
      scheme: 'LEI',
      value: '5493001KJTIIGC8Y1R12',
    });
  });

  it('reports a bad value on the value field and an unknown scheme on the scheme field', () => {
    const bad = partyIdentifierSchema.safeParse({ scheme: 'VN_MST', value: '0100233480' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['value', msg.vnTaxCodeCheckDigit]]);
    const scheme = partyIdentifierSchema.safeParse({ scheme: 'SSN', value: '1' });
    expect(scheme.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['scheme', msg.choice]]);
  });
});
