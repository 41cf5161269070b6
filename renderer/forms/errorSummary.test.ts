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

  it('counts the messages on whole lists (a field array’s root), not the form’s own root', () => {
    const errors = {
      root: { message: 'requestForm.saveFailed', type: 'server' },
      subject: { message: 'validation.required', type: 'custom' },
      questions: { root: { message: 'validation.request.questionsRequired', type: 'custom' } },
      goodsLines: [{ hsCode: { message: 'validation.hsCode.format' } }, undefined],
      grounds: { doubtCategories: { message: 'validation.request.doubtRequired' } },
      visitProposal: { sites: { message: 'x' }, team: { message: 'y' } },
    };
    expect(countFieldErrors(errors)).toBe(6);
  });
});
