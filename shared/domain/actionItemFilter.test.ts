import { describe, expect, it } from 'vitest';
import type { ActionItem } from './actionItem';
import { actionItemMatcher, weekOf, type ActionItemFilter } from './actionItemFilter';
import { sampleId, sampleRecords } from './sampleRecords';

// Thursday 10 December 2026: its week runs Monday 7 to Sunday 13.
const today = '2026-12-10';
const item = (reference: string, over: Partial<ActionItem>): ActionItem => ({ ...sampleRecords.actionItems, id: sampleId(Number(reference.slice(-2))), reference, ...over });
const items = [
  item('AI-2026-001', { dueDate: '2026-12-01', owner: 'Phòng Kiểm tra sau thông quan' }), // overdue
  item('AI-2026-002', { dueDate: '2026-12-09', status: 'inProgress', ownerSide: 'counterpart', owner: 'CBP Office of Trade' }), // overdue, this week
  item('AI-2026-003', { dueDate: '2026-12-10', caseIds: [sampleId(70)] }), // due today
  item('AI-2026-004', { dueDate: '2026-12-13', ownerSide: 'counterpart', requestIds: [sampleId(71)] }), // Sunday
  item('AI-2026-005', { dueDate: '2026-12-14' }), // next Monday
  item('AI-2026-006', { dueDate: null, meetingId: null, agendaItemId: null }),
  item('AI-2026-007', { dueDate: '2026-11-30', status: 'done', closedAt: '2026-11-29T10:00:00.000Z' }), // late but done: not overdue
];
const shown = (filter: ActionItemFilter) => items.filter(actionItemMatcher(filter, today)).map((i) => i.reference.slice(-3));

describe('the action tracker filters', () => {
  it.each<[string, ActionItemFilter, string[]]>([
    ['nothing chosen: every item', {}, ['001', '002', '003', '004', '005', '006', '007']],
    ['overdue: open or in progress and due before today', { due: 'overdue' }, ['001', '002']],
    ['due this week, Monday to Sunday, overdue ones apart', { due: 'thisWeek' }, ['003', '004']],
    ['without a due date', { due: 'noDate' }, ['006']],
    ['a range of dates, both ends included', { due: { from: '2026-12-10', to: '2026-12-14' } }, ['003', '004', '005']],
    ['owner side', { ownerSides: ['counterpart'] }, ['002', '004']],
    ['status', { statuses: ['done'] }, ['007']],
    ['owner, typed without marks and in any case', { owner: 'KIEM tra' }, ['001']],
    ['raised outside a meeting', { meetingId: null }, ['006']],
    ['from one meeting', { meetingId: sampleRecords.meetings.id }, ['001', '002', '003', '004', '005', '007']],
    ['linked to a case', { caseId: sampleId(70) }, ['003']],
    ['linked to a request', { requestId: sampleId(71) }, ['004']],
    ['filters together', { due: 'overdue', ownerSides: ['own'] }, ['001']],
  ])('%s', (_, filter, expected) => {
    expect(shown(filter)).toEqual(expected);
  });

  it('counts weeks from Monday, across a month and a year end', () => {
    expect(weekOf('2026-12-10')).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(weekOf('2026-12-07')).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(weekOf('2026-12-13')).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(weekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
  });
});
