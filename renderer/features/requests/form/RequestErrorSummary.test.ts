import { describe, expect, it } from 'vitest';
import { countRequestErrors } from './RequestErrorSummary';

describe('countRequestErrors', () => {
  it('counts field errors and the messages on whole lists (a field array’s root)', () => {
    const errors = {
      subject: { message: 'validation.required', type: 'custom' },
      questions: { root: { message: 'validation.request.questionsRequired', type: 'custom' } },
      goodsLines: [{ hsCode: { message: 'validation.hsCode.format' } }, undefined],
      grounds: { doubtCategories: { message: 'validation.request.doubtRequired' } },
      visitProposal: { sites: { message: 'x' }, team: { message: 'y' } },
    };
    expect(countRequestErrors(errors)).toBe(6);
    expect(countRequestErrors({})).toBe(0);
  });
});
