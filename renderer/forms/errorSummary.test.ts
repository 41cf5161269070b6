import { describe, expect, it } from 'vitest';
import { countFieldErrors } from './errorSummary';

describe('countFieldErrors', () => {
  it('counts leaf errors in nested arrays and objects', () => {
    const errors = {
      title: { type: 'custom', message: 'validation.required' },
      parties: [undefined, { identifiers: [{ value: { type: 'custom', message: 'validation.vnTaxCode.checkDigit' } }] }],
      goods: [{ hsCode: { type: 'custom', message: 'validation.hsCode.length' }, description: { type: 'custom', message: 'validation.required' } }],
    };
    expect(countFieldErrors(errors)).toBe(4);
    expect(countFieldErrors({})).toBe(0);
  });
});
