import { describe, expect, it } from 'vitest';
import {
  caseFilterFromQuery,
  distinctValues,
  emptyCaseFilter,
  filterCases,
  nextDueByCase,
  searchWords,
  sortCases,
  toCaseListRow,
  type CaseListRow,
} from './caseFilters';

type Source = Parameters<typeof toCaseListRow>[0];

function row(over: Partial<Source> & { id: string }, nextDue: string | null = null): CaseListRow {
  return toCaseListRow(
    {
      reference: `2026-TEST-${over.id.padStart(4, '0')}`,
      title: 'Plywood',
      status: 'open',
      type: 'originVerification',
      partnerCountry: 'US',
      assignee: '',
      tags: [],
      archivedAt: null,
      ...over,
    },
    nextDue,
  );
}

const vi = new Intl.Collator('vi');

describe('filterCases', () => {
  const rows = [
    row({ id: '1', title: 'Công ty TNHH Gỗ Hoà Bình — plywood', tags: ['eapa'], assignee: 'Nguyễn Văn An' }),
    row({ id: '2', title: 'Steel wire', status: 'draft', partnerCountry: 'CN', type: 'transshipment' }),
    row({ id: '3', title: 'Honey', status: 'closed', tags: ['Đường mật'] }),
    row({ id: '4', title: 'Old solar cells', archivedAt: '2026-01-02T00:00:00.000Z' }),
  ];

  it('finds accented text with unaccented words, in any order', () => {
    const found = filterCases(rows, { ...emptyCaseFilter, text: 'hoa cong TY' }).rows.map((r) => r.id);
    expect(found).toEqual(['1']);
  });

  it('searches tags and references, and folds đ', () => {
    expect(filterCases(rows, { ...emptyCaseFilter, text: 'duong' }).rows.map((r) => r.id)).toEqual(['3']);
    expect(filterCases(rows, { ...emptyCaseFilter, text: 'test-0002' }).rows.map((r) => r.id)).toEqual(['2']);
  });

  it('requires every word to match', () => {
    expect(filterCases(rows, { ...emptyCaseFilter, text: 'plywood honey' }).rows).toEqual([]);
  });

  it('hides archived cases unless asked', () => {
    expect(filterCases(rows, emptyCaseFilter).rows.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(filterCases(rows, { ...emptyCaseFilter, showArchived: true }).rows).toHaveLength(4);
  });

  it('filters by status, type, partner country and assignee', () => {
    expect(filterCases(rows, { ...emptyCaseFilter, statuses: ['draft', 'closed'] }).rows.map((r) => r.id)).toEqual(['2', '3']);
    expect(filterCases(rows, { ...emptyCaseFilter, type: 'transshipment' }).rows.map((r) => r.id)).toEqual(['2']);
    expect(filterCases(rows, { ...emptyCaseFilter, partnerCountry: 'US' }).rows.map((r) => r.id)).toEqual(['1', '3']);
    expect(filterCases(rows, { ...emptyCaseFilter, assignee: 'Nguyễn Văn An' }).rows.map((r) => r.id)).toEqual(['1']);
  });

  it('counts statuses over every filter except the status one', () => {
    const { statusCounts, rows: shown } = filterCases(rows, { ...emptyCaseFilter, statuses: ['draft'] });
    expect(shown).toHaveLength(1);
    expect(statusCounts).toEqual({ draft: 1, open: 1, awaitingReply: 0, replyReceived: 0, closed: 1 });
  });
});

describe('sortCases', () => {
  const rows = [
    row({ id: '1', title: 'Đường', status: 'closed' }, '2026-03-01'),
    row({ id: '2', title: 'Dầu', status: 'draft' }),
    row({ id: '3', title: 'Ê-te', status: 'open' }, '2026-02-01'),
  ];

  it('sorts titles with the Vietnamese collator (d before đ before e)', () => {
    const ids = sortCases(rows, { key: 'title', direction: 'ascending' }, vi).map((r) => r.id);
    expect(ids).toEqual(['2', '1', '3']);
  });

  it('sorts status in workflow order and reverses on descending', () => {
    expect(sortCases(rows, { key: 'status', direction: 'ascending' }, vi).map((r) => r.id)).toEqual(['2', '3', '1']);
    expect(sortCases(rows, { key: 'status', direction: 'descending' }, vi).map((r) => r.id)).toEqual(['1', '3', '2']);
  });

  it('keeps cases without a due date last in both directions', () => {
    expect(sortCases(rows, { key: 'nextDue', direction: 'ascending' }, vi).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(sortCases(rows, { key: 'nextDue', direction: 'descending' }, vi).map((r) => r.id)).toEqual(['1', '3', '2']);
  });

  it('does not reorder the input', () => {
    sortCases(rows, { key: 'title', direction: 'descending' }, vi);
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('stays fast on 50k rows', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => row({ id: String(i), title: `Lô hàng ${i % 977}`, tags: ['gỗ'] }));
    const start = performance.now();
    const { rows: found } = filterCases(many, { ...emptyCaseFilter, text: 'lo hang 97' });
    sortCases(found, { key: 'title', direction: 'ascending' }, vi);
    expect(found.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('nextDueByCase', () => {
  it('takes the earliest open deadline and ignores completed ones', () => {
    const next = nextDueByCase([
      { caseId: 'a', dueDate: '2026-05-01', completedAt: null },
      { caseId: 'a', dueDate: '2026-04-01', completedAt: '2026-03-30T10:00:00.000Z' },
      { caseId: 'a', dueDate: '2026-04-15', completedAt: null },
      { caseId: 'b', dueDate: '2026-01-01', completedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(next.get('a')).toBe('2026-04-15');
    expect(next.has('b')).toBe(false);
  });
});

describe('helpers', () => {
  it('splits and folds search words', () => {
    expect(searchWords('  Công   TY ')).toEqual(['cong', 'ty']);
  });
  it('lists distinct non-empty values sorted', () => {
    const rows = [row({ id: '1', assignee: 'Lê' }), row({ id: '2', assignee: '' }), row({ id: '3', assignee: 'An' }), row({ id: '4', assignee: 'Lê' })];
    expect(distinctValues(rows, (r) => r.assignee, vi)).toEqual(['An', 'Lê']);
  });
});

describe('caseFilterFromQuery', () => {
  it('reads the statuses, type, partner and words a link asks for', () => {
    expect(caseFilterFromQuery('status=open')).toEqual({ ...emptyCaseFilter, statuses: ['open'] });
    expect(caseFilterFromQuery('status=open,awaitingReply&partner=us&type=transshipment&q=plywood')).toEqual({
      ...emptyCaseFilter,
      statuses: ['open', 'awaitingReply'],
      partnerCountry: 'US',
      type: 'transshipment',
      text: 'plywood',
    });
  });

  it('asks for nothing without a query or with keys and values it does not know', () => {
    expect(caseFilterFromQuery('')).toBeNull();
    expect(caseFilterFromQuery('status=sent&due=overdue&record=0190')).toBeNull();
  });
});
