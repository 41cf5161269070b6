import { describe, expect, it } from 'vitest';
import {
  actionItemsBySideAndStatus,
  byEarliest,
  casesPerMonth,
  lastMonths,
  monthRanges,
  nextMeetingOf,
  recentMeetingsOf,
  requestsByPartner,
  requestsByStatus,
  windowStart,
} from './dashboardFigures';

describe('cases opened per month', () => {
  it('counts the last twelve months, oldest first, empty months as 0, across a new year', () => {
    const months = casesPerMonth(['2026-02-14T05:00:00.000Z', '2026-02-15T05:00:00.000Z', '2025-04-10T05:00:00.000Z', '2025-12-31T12:00:00.000Z'], '2026-02-20');
    expect(months.map((m) => m.month)).toEqual(lastMonths('2026-02-20'));
    expect(months[0]).toEqual({ month: '2025-03', count: 0 });
    expect(months.find((m) => m.month === '2025-04')?.count).toBe(1);
    expect(months.find((m) => m.month === '2025-12')?.count).toBe(1);
    expect(months.at(-1)).toEqual({ month: '2026-02', count: 2 });
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(4);
  });

  it('leaves out cases opened before the window', () => {
    expect(casesPerMonth(['2024-12-15T05:00:00.000Z', '2025-02-15T05:00:00.000Z'], '2026-02-20').every((m) => m.count === 0)).toBe(true);
  });

  it('starts its index range before the first month, in any zone', () => {
    expect(windowStart('2026-02-20')).toBe('2025-02-28T00:00:00.000Z');
    expect(lastMonths('2026-01-05', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('the index ranges cases per month are counted from', () => {
  it('cover the window without gap or overlap: a day around each month start read, the rest counted', () => {
    const { interiors, edges } = monthRanges('2026-02-20');
    expect(edges).toHaveLength(13);
    expect(interiors).toHaveLength(12);
    interiors.forEach(([from, to], i) => {
      expect(from).toBe(edges[i]![1]);
      expect(to).toBe(edges[i + 1]![0]);
      expect(from < to).toBe(true);
    });
    for (const [from, to] of edges) expect(Date.parse(to) - Date.parse(from)).toBe(2 * 86_400_000);
    // The first edge starts a day before the first month's local midnight.
    const [y, m] = lastMonths('2026-02-20')[0]!.split('-').map(Number) as [number, number];
    expect(Date.parse(edges[0]![0])).toBe(new Date(y, m - 1, 1).getTime() - 86_400_000);
  });
});

describe('open requests', () => {
  const rows = [
    { status: 'sent' as const, partnerCountry: 'US' },
    { status: 'sent' as const, partnerCountry: 'JP' },
    { status: 'acknowledged' as const, partnerCountry: 'US' },
    { status: 'closed' as const, partnerCountry: 'US' },
    { status: 'draft' as const, partnerCountry: '' },
  ];

  it('count by status in workflow order, closed ones left out', () => {
    const byStatus = requestsByStatus(rows);
    expect(byStatus.map((s) => s.status)).not.toContain('closed');
    expect(byStatus.slice(0, 3)).toEqual([
      { status: 'draft', count: 1 },
      { status: 'sent', count: 2 },
      { status: 'acknowledged', count: 1 },
    ]);
  });

  it('count by partner country, most first, ties by code', () => {
    expect(requestsByPartner(rows)).toEqual([
      { country: 'US', count: 2 },
      { country: '', count: 1 },
      { country: 'JP', count: 1 },
    ]);
    expect(requestsByPartner(rows, 1)).toEqual([{ country: 'US', count: 2 }]);
  });
});

describe('action items by owner side and status', () => {
  it('counts every side and status, zero where none', () => {
    const table = actionItemsBySideAndStatus([
      { ownerSide: 'own', status: 'open' },
      { ownerSide: 'own', status: 'open' },
      { ownerSide: 'counterpart', status: 'inProgress' },
      { ownerSide: 'counterpart', status: 'done' },
    ]);
    expect(table.own).toEqual({ open: 2, inProgress: 0, done: 0, cancelled: 0, superseded: 0 });
    expect(table.counterpart).toEqual({ open: 0, inProgress: 1, done: 1, cancelled: 0, superseded: 0 });
  });

  it('counts only the statuses asked for', () => {
    expect(actionItemsBySideAndStatus([{ ownerSide: 'own', status: 'done' }], ['open', 'inProgress']).own.done).toBe(0);
  });
});

describe('meetings', () => {
  const now = Date.parse('2026-03-10T00:00:00Z');
  const meetings = [
    { id: 'a', status: 'held', startsAt: '2026-03-01T02:00:00.000Z' },
    { id: 'b', status: 'planned', startsAt: '2026-03-20T02:00:00.000Z' },
    { id: 'c', status: 'planned', startsAt: '2026-03-10T06:00:00+07:00' },
    { id: 'd', status: 'cancelled', startsAt: '2026-03-11T00:00:00Z' },
    { id: 'e', status: 'planned', startsAt: '2026-03-09T20:00:00-05:00' },
  ];

  it('finds the planned meeting starting soonest after now, comparing instants not strings', () => {
    // c is 2026-03-09T23:00Z (past); e is 2026-03-10T01:00Z, before b.
    expect(nextMeetingOf(meetings, now)?.id).toBe('e');
    expect(nextMeetingOf([], now)).toBeNull();
  });

  it('lists the meetings that started last, latest first', () => {
    expect(recentMeetingsOf(meetings, now, 2).map((m) => m.id)).toEqual(['c', 'a']);
  });
});

it('orders by the earliest date, undated last', () => {
  expect(byEarliest([{ d: null }, { d: '2026-02-01' }, { d: '2026-01-01' }], (x) => x.d).map((x) => x.d)).toEqual(['2026-01-01', '2026-02-01', null]);
});
