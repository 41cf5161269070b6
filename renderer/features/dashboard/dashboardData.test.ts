import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionItemMatcher, type ActionItem, type Case, type VerificationRequest } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, liveRecords, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { readDeadlineRules } from '../../deadlines';
import { casesPerMonth, dueActionFilters, monthRanges } from './dashboardFigures';
import { actionItemFiguresOf, activeActionItemsOf, loadCaseFigures, loadCasesPerMonth, loadMeetingBriefs, meetingFiguresOf, requestFiguresOf } from './dashboardData';

const ctx = { actor: 'Nguyễn Văn An', deviceId: '0193d3a0-0000-7000-8000-00000000a001' };
const s = sampleRecords;
const put = (table: Change['table'], fields: { id: string; [field: string]: unknown }): Change => ({ table, id: fields.id, op: 'put', fields: { ...fields } });
const id = (n: number) => `0193d3a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const remove = (table: Change['table'], n: number): Change => ({ table, id: id(n), op: 'delete' });

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('the cases', () => {
  it('lists the last updated live cases, counts the open ones and buckets the creations by month', async () => {
    const cases = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      put('cases', {
        ...s.cases,
        id: id(n),
        reference: `2026-TEST-000${n}`,
        status: n % 2 ? 'open' : 'draft',
        updatedAt: `2026-02-0${n}T02:00:00.000Z`,
        createdAt: `2026-0${n % 3 === 0 ? 1 : 2}-01T12:00:00.000Z`,
      }),
    );
    await commitChanges(db, cases, ctx);
    await commitChanges(db, [remove('cases', 7), remove('cases', 1)], ctx);

    const figures = await loadCaseFigures(db, 3);
    expect(figures.recent.map((c) => c.reference)).toEqual(['2026-TEST-0006', '2026-TEST-0005', '2026-TEST-0004']);
    expect(figures.open).toBe(2);

    const months = await loadCasesPerMonth(db, '2026-02-20');
    expect(months.at(-1)).toEqual({ month: '2026-02', count: 3 });
    expect(months.at(-2)).toEqual({ month: '2026-01', count: 2 });
  });

  it('counts by month exactly as a read of every creation instant would, offsets and deleted cases included', async () => {
    const today = '2026-02-20';
    const { interiors, edges } = monthRanges(today);
    // Instants around every month start (where an offset can put a string in the other month),
    // inside the months, before the window and after it; some with offsets of ±14 hours.
    const instants = [
      ...edges.flatMap(([from]) => [0, 6, 11, 13, 20, 26, 35, 47].map((h) => new Date(Date.parse(from) + h * 3_600_000).toISOString())),
      ...interiors.map(([from]) => new Date(Date.parse(from) + 5 * 86_400_000).toISOString()),
      '2026-01-31T23:30:00-14:00',
      '2026-02-01T09:30:00+14:00',
      '2026-02-15T10:00:00+07:00',
      '2025-06-30T20:00:00-05:00',
      '2024-12-15T05:00:00.000Z',
      '2026-03-15T05:00:00.000Z',
    ];
    await commitChanges(db, instants.map((createdAt, n) => put('cases', { ...s.cases, id: id(100 + n), reference: `2026-TEST-${String(100 + n).padStart(4, '0')}`, createdAt })), ctx);
    // Deleted: one inside a month, one at a month's start, one with an offset.
    await commitChanges(db, [remove('cases', 100 + instants.length - 10), remove('cases', 100 + 3), remove('cases', 100 + instants.length - 5)], ctx);

    const live = (liveRecords(await db.cases.toArray()) as Case[]).map((c) => c.createdAt);
    expect(live).toHaveLength(instants.length - 3);
    const months = await loadCasesPerMonth(db, today);
    expect(months).toEqual(casesPerMonth(live, today));
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBeGreaterThan(50);
  });
});

describe('the requests', () => {
  it('counts as overdue and due this week what the register filters show, earliest first', async () => {
    await commitChanges(db, [put('cases', { ...s.cases })], ctx);
    const request = (n: number, replyDueOn: string | null, status = 'sent') =>
      put('verificationRequests', { ...s.verificationRequests, id: id(n), status, sentOn: '2026-01-05', acknowledgedOn: '2026-01-06', replyDueOn });
    await commitChanges(
      db,
      [request(1, '2026-02-10', 'acknowledged'), request(2, '2026-02-01', 'acknowledged'), request(3, '2026-02-22', 'acknowledged'), request(4, '2026-05-01', 'acknowledged'), request(5, '2026-01-01', 'acknowledged')],
      ctx,
    );
    await commitChanges(db, [remove('verificationRequests', 5)], ctx);

    // As the register's live read holds them: live requests, and the cases they belong to.
    const register = {
      requests: liveRecords(await db.verificationRequests.toArray()) as VerificationRequest[],
      cases: new Map((liveRecords(await db.cases.toArray()) as Case[]).map((c) => [c.id, c])),
    };
    const figures = requestFiguresOf(register, await readDeadlineRules(db), '2026-02-20');
    expect(figures.overdue.count).toBe(2);
    expect(figures.overdue.first.map((r) => r.id)).toEqual([id(2), id(1)]);
    expect(figures.overdue.first[0]!.caseReference).toBe(s.cases.reference);
    expect(figures.dueThisWeek.first.map((r) => r.id)).toEqual([id(3)]);
    expect(figures.open).toHaveLength(4);
    expect(figures.open.every((r) => r.partnerCountry === s.cases.partnerCountry)).toBe(true);
  });
});

describe('the action items', () => {
  const item = (n: number, over: Partial<ActionItem>) => put('actionItems', { ...s.actionItems, id: id(n), reference: `AI-2026-${String(n).padStart(3, '0')}`, ...over });

  it('counts exactly what the tracker’s matcher shows, for overdue and due this week', async () => {
    // Friday 2026-02-20: the week runs from Monday 16 to Sunday 22.
    const today = '2026-02-20';
    const dates = [null, '2026-01-01', '2026-02-15', '2026-02-16', '2026-02-19', '2026-02-20', '2026-02-22', '2026-02-23'];
    const statuses = ['open', 'inProgress', 'done', 'cancelled'] as const;
    let n = 0;
    const changes = dates.flatMap((dueDate) => statuses.map((status) => item(++n, { dueDate, status, closedAt: status === 'open' || status === 'inProgress' ? null : '2026-02-01T00:00:00.000Z' })));
    await commitChanges(db, changes, ctx);
    await commitChanges(db, [remove('actionItems', 6)], ctx); // 2026-01-01, inProgress

    const all = liveRecords(await db.actionItems.toArray()) as ActionItem[];
    const active = activeActionItemsOf(all);
    expect(active.map((a) => a.status).sort()).toEqual(all.filter((a) => a.status === 'open' || a.status === 'inProgress').map((a) => a.status).sort());
    const figures = actionItemFiguresOf(active, today, 100);
    for (const key of ['overdue', 'thisWeek'] as const) {
      const expected = all.filter(actionItemMatcher(dueActionFilters[key], today)).map((a) => a.id).sort();
      expect(figures[key].count).toBe(expected.length);
      expect(figures[key].first.map((a) => a.id).sort()).toEqual(expected);
    }
    expect(figures.overdue.count).toBe(7); // four dates before today, open and in progress, one deleted
    expect(figures.thisWeek.count).toBe(4); // today and Sunday, open and in progress
  });
});

describe('the meetings', () => {
  it('finds the recent ones and the next planned one, deleted ones left out', async () => {
    const meeting = (n: number, startsAt: string, status = 'planned') => put('meetings', { ...s.meetings, id: id(n), startsAt, endsAt: startsAt, status });
    await commitChanges(
      db,
      [meeting(1, '2026-03-01T02:00:00.000Z', 'held'), meeting(2, '2026-03-20T02:00:00.000Z'), meeting(3, '2026-03-12T02:00:00.000Z'), meeting(4, '2026-03-11T02:00:00.000Z', 'cancelled'), meeting(5, '2026-03-05T02:00:00.000Z', 'held')],
      ctx,
    );
    await commitChanges(db, [remove('meetings', 3)], ctx);

    const briefs = await loadMeetingBriefs(db);
    expect(briefs.map((m) => m.id).sort()).toEqual([id(1), id(2), id(4), id(5)]);
    const figures = meetingFiguresOf(briefs, Date.parse('2026-03-10T00:00:00Z'));
    expect(figures.next?.id).toBe(id(2));
    expect(figures.next?.counterpartTimeZone).toBe(s.meetings.counterpartTimeZone);
    expect(figures.recent.map((m) => m.id)).toEqual([id(5), id(1)]);
  });
});
