import { describe, expect, it } from 'vitest';
import { impossibleShownDate } from './DateField';

const shown = (day: number | null, month: number | null, year: number | null) => [
  { type: 'day', value: day ?? undefined, isPlaceholder: day === null },
  { type: 'literal', isPlaceholder: false },
  { type: 'month', value: month ?? undefined, isPlaceholder: month === null },
  { type: 'literal', isPlaceholder: false },
  { type: 'year', value: year ?? undefined, isPlaceholder: year === null },
];

describe('impossibleShownDate', () => {
  it('finds a complete date that does not exist, as typed', () => {
    expect(impossibleShownDate(shown(29, 2, 2027))).toBe('2027-02-29');
    expect(impossibleShownDate(shown(31, 4, 2026))).toBe('2026-04-31');
  });

  it('leaves real and incomplete dates alone', () => {
    expect(impossibleShownDate(shown(29, 2, 2028))).toBeNull();
    expect(impossibleShownDate(shown(28, 2, 2027))).toBeNull();
    expect(impossibleShownDate(shown(31, 4, null))).toBeNull();
  });
});
