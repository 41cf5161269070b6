import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentile';
import { periodLabel, periodOf, periodsBetween, maxPeriods } from './periods';

describe('percentile (linear between closest ranks, as Excel PERCENTILE.INC)', () => {
  it('has no value for an empty set', () => {
    expect(percentile([], 90)).toBeNull();
    expect(median([])).toBeNull();
  });

  it('gives the single value of a one-value set for every percentile', () => {
    for (const p of [0, 50, 90, 100]) expect(percentile([42], p)).toBe(42);
  });

  it('takes the usual median: the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('interpolates the 90th percentile as a spreadsheet does', () => {
    // PERCENTILE.INC({10,20,30,40,50},0.9) = 46; of 1..10 it is 9.1.
    expect(percentile([50, 10, 40, 20, 30], 90)).toBe(46);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1, 10);
    expect(percentile([10, 20], 90)).toBe(19);
  });

  it('reaches the smallest and largest value at 0 and 100, and refuses anything outside', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder the caller’s values', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('periods', () => {
  it('names months and quarters so that they sort in time', () => {
    expect(periodOf('2026-01-31', 'month')).toBe('2026-01');
    expect(periodOf('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodOf('2026-04-01', 'quarter')).toBe('2026-Q2');
    expect(periodOf('2026-12-01', 'quarter')).toBe('2026-Q4');
  });

  it('lists every period between two dates, the empty ones and the year change included', () => {
    expect(periodsBetween('2025-11-15', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2025-08-01', '2026-01-01', 'quarter')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(periodsBetween('2026-05-02', '2026-05-30', 'month')).toEqual(['2026-05']);
  });

  it('keeps the most recent periods when a range is absurdly long', () => {
    const keys = periodsBetween('1900-01-01', '2026-06-30', 'month');
    expect(keys).toHaveLength(maxPeriods);
    expect(keys.at(-1)).toBe('2026-06');
  });

  it('reads a period in the UI language', () => {
    const quarter = (q: number, y: number) => `Q${q} ${y}`;
    expect(periodLabel('2026-01', 'en', quarter)).toBe('Jan 2026');
    expect(periodLabel('2026-Q3', 'en', quarter)).toBe('Q3 2026');
    expect(periodLabel('2026-12', 'vi', quarter)).toMatch(/12.*2026/);
  });
});
