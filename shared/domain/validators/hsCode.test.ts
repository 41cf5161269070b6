import { describe, expect, it } from 'vitest';
import { formatHsCode } from './hsCode';

describe('formatHsCode', () => {
  it('shows a stored code with its dots: 760429 as 7604.29, national codes in pairs', () => {
    expect(formatHsCode('760429')).toBe('7604.29');
    expect(formatHsCode('76042910')).toBe('7604.29.10');
    expect(formatHsCode('7604291000')).toBe('7604.29.10.00');
  });

  it('leaves a chapter, a heading, an already dotted code and anything not a code as they are', () => {
    expect(formatHsCode('76')).toBe('76');
    expect(formatHsCode('7604')).toBe('7604');
    expect(formatHsCode('7604.29')).toBe('7604.29');
    expect(formatHsCode('')).toBe('');
    expect(formatHsCode('abc')).toBe('abc');
  });
});
