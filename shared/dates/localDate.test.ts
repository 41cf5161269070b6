import { describe, expect, it } from 'vitest';
import { localIsoDate } from './localDate';

describe('localIsoDate', () => {
  it('is the calendar day on this machine’s clock, late at night included', () => {
    expect(localIsoDate(new Date(2027, 0, 9, 23, 59))).toBe('2027-01-09');
    expect(localIsoDate(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});
