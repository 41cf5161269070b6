import { describe, expect, it } from 'vitest';
import { replyDueAfterInstrumentChange, replyDueDefault } from './replyDueDefault';

describe('the reply due date the form fills in', () => {
  it('is the instrument’s period from today', () => {
    expect(replyDueDefault('CMAA', '2026-03-02')).toBe('2026-06-30');
    expect(replyDueDefault('EVFTA', '2026-03-02')).toBe('2027-01-02');
    expect(replyDueDefault('EAPA', '2026-03-02')).toBeNull();
  });

  it('follows a change of instrument while it holds the default, and keeps a date set by hand', () => {
    expect(replyDueAfterInstrumentChange('2026-06-30', 'CMAA', 'EVFTA', '2026-03-02')).toBe('2027-01-02');
    expect(replyDueAfterInstrumentChange(null, 'EAPA', 'CMAA', '2026-03-02')).toBe('2026-06-30');
    expect(replyDueAfterInstrumentChange('2026-05-15', 'CMAA', 'EVFTA', '2026-03-02')).toBe('2026-05-15');
  });
});
