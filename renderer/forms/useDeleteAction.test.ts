import { describe, expect, it } from 'vitest';
import { attemptAction, failureReason } from './useDeleteAction';

describe('attemptAction', () => {
  it('is null once the action went through', async () => {
    let ran = false;
    expect(await attemptAction(async () => void (ran = true))).toBeNull();
    expect(ran).toBe(true);
  });

  it('gives the failure’s reason instead of throwing', async () => {
    expect(await attemptAction(() => Promise.reject(new Error('The database is locked')))).toBe('The database is locked');
    expect(await attemptAction(() => Promise.reject('quota exceeded'))).toBe('quota exceeded');
  });
});

describe('failureReason', () => {
  it('says an error’s message, anything else as text', () => {
    expect(failureReason(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(failureReason(42)).toBe('42');
  });
});
