import { describe, expect, it } from 'vitest';
import { dueDatePreview, formatDueDay, readActionItemDraft } from './dueDatePreview';

// Monday 11 January 2027.
const en = { today: '2027-01-11', language: 'en' as const };
const vi = { today: '2027-01-11', language: 'vi' as const };

describe('the due date preview', () => {
  it('shows the day typed, with its weekday, in the UI language', () => {
    expect(dueDatePreview('15/1', en)).toEqual({ kind: 'date', date: '2027-01-15', label: 'Fri 15 Jan 2027' });
    expect(dueDatePreview('thứ 6 tuần sau', vi)).toEqual({ kind: 'date', date: '2027-01-22', label: 'Thứ sáu, 22 thg 1, 2027' });
    expect(dueDatePreview('in 2 weeks', en)).toMatchObject({ kind: 'date', date: '2027-01-25' });
  });

  it('is nothing for a blank field and "not understood" for what cannot be read', () => {
    expect(dueDatePreview('   ', en)).toEqual({ kind: 'empty' });
    expect(dueDatePreview('asap', en)).toEqual({ kind: 'unreadable' });
    expect(dueDatePreview('31/2', vi)).toEqual({ kind: 'unreadable' });
  });

  it('formats every weekday and month', () => {
    expect(formatDueDay('2027-01-17', 'en')).toBe('Sun 17 Jan 2027');
    expect(formatDueDay('2027-01-17', 'vi')).toBe('Chủ nhật, 17 thg 1, 2027');
    expect(formatDueDay('2026-12-05', 'en')).toBe('Sat 5 Dec 2026');
  });
});

describe('an action item draft', () => {
  const draft = { text: 'Send the list', ownerSide: 'own' as const, owner: '', dueText: '' };

  it('saves with no date when the due field is blank, with the read date otherwise', () => {
    expect(readActionItemDraft(draft, en)).toEqual({ ok: true, dueDate: null });
    expect(readActionItemDraft({ ...draft, dueText: 'next Friday' }, en)).toEqual({ ok: true, dueDate: '2027-01-22' });
  });

  it('is blocked by a due date typed but not understood, and by missing text', () => {
    expect(readActionItemDraft({ ...draft, dueText: 'TBD' }, en)).toEqual({ ok: false, problem: 'dueDateUnreadable' });
    expect(readActionItemDraft({ ...draft, text: ' ' }, en)).toEqual({ ok: false, problem: 'textMissing' });
  });
});
