import { describe, expect, it } from 'vitest';
import { datePattern, formatDateAsField } from './datePattern';

describe('date pattern', () => {
  it('writes the format with the placeholders of each language, in the order the field shows', () => {
    expect(datePattern('en-GB', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('dd/mm/yyyy');
    expect(datePattern('vi-VN', { day: 'nn', month: 'tt', year: 'nnnn' })).toBe('nn/tt/nnnn');
  });

  it('writes dates as typed, an impossible one included', () => {
    expect(formatDateAsField('2027-02-29', 'en-GB')).toBe('29/02/2027');
    expect(formatDateAsField('0001-01-01', 'vi-VN')).toBe('01/01/0001');
  });
});
