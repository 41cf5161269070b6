import { describe, expect, it } from 'vitest';
import { actionItemMatcher, type ActionItem } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { parseTrackerQuery, trackerHref, trackerQuery } from './trackerQuery';

const item = (over: Partial<ActionItem>): ActionItem => ({ ...(sampleRecords.actionItems as ActionItem), ...over });

describe('the tracker query', () => {
  it('shows open and in-progress items when the link names no filter', () => {
    const filter = parseTrackerQuery('');
    expect(filter).toEqual({ statuses: ['open', 'inProgress'] });
    const matches = actionItemMatcher(filter, '2026-04-01');
    expect(matches(item({ status: 'open' }))).toBe(true);
    expect(matches(item({ status: 'done' }))).toBe(false);
    expect(trackerQuery(filter)).toBe('');
    expect(trackerHref(filter)).toBe('/actions');
  });

  it('reads every filter of the contract the dashboard links with', () => {
    expect(parseTrackerQuery('?side=own,counterpart&owner=phong%20kiem%20tra&status=done,cancelled&due=overdue&meeting=m1&case=c1&request=r1')).toEqual({
      ownerSides: ['own', 'counterpart'],
      owner: 'phong kiem tra',
      statuses: ['done', 'cancelled'],
      due: 'overdue',
      meetingId: 'm1',
      caseId: 'c1',
      requestId: 'r1',
    });
    expect(parseTrackerQuery('due=thisWeek').due).toBe('thisWeek');
    expect(parseTrackerQuery('due=noDate').due).toBe('noDate');
    expect(parseTrackerQuery('meeting=none').meetingId).toBeNull();
    expect(parseTrackerQuery('due=2026-04-01..2026-04-30').due).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('puts a reversed range the right way round and ignores what it cannot read', () => {
    expect(parseTrackerQuery('due=2026-04-30..2026-04-01').due).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    const odd = parseTrackerQuery('side=ours&due=2026-02-30..2026-03-01&status=open,bogus&colour=red');
    expect(odd).toEqual({ statuses: ['open'] });
    expect(parseTrackerQuery('due=soon').due).toBeUndefined();
  });

  it('lifts the status default with a status naming no known one, and writes it back so', () => {
    expect(parseTrackerQuery('status=all').statuses).toBeUndefined();
    expect(trackerQuery({})).toBe('status=all');
    const every = actionItemMatcher(parseTrackerQuery('status=all'), '2026-04-01');
    expect(every(item({ status: 'superseded' }))).toBe(true);
  });

  it('writes a filter as a link that reads back as the same filter', () => {
    const filters = [
      { ownerSides: ['counterpart' as const], statuses: ['open' as const], due: { from: '2026-04-01', to: '2026-04-07' } },
      { owner: 'Phòng Kiểm tra & co', statuses: ['open' as const, 'inProgress' as const], meetingId: null, caseId: 'c-1', requestId: 'r 2' },
      { statuses: ['done' as const, 'cancelled' as const], due: 'noDate' as const, meetingId: 'm-9' },
    ];
    for (const filter of filters) expect(parseTrackerQuery(trackerQuery(filter))).toEqual(filter);
    expect(trackerHref({ statuses: ['open'], due: 'overdue', ownerSides: ['own', 'counterpart'] })).toBe('/actions?side=own,counterpart&status=open&due=overdue');
  });
});
