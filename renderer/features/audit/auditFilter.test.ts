import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './auditEvents';
import { distinctValues, emptyAuditFilter, filterAuditRows, localDay, type AuditRow } from './auditFilter';

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  key: over.key ?? 'e',
  at: '2026-01-05T08:00:00.000Z',
  actor: 'Nguyễn Văn An',
  deviceId: 'd1',
  table: 'cases',
  recordId: '0190f0aa-0000-7000-8000-000000000001',
  action: 'update',
  changes: [],
  ...over,
});
const row = (over: Partial<AuditEvent>, reference = '2026-K7QX-0042', title = 'Gỗ dán Hoà Bình'): AuditRow => ({
  event: event(over),
  record: { reference, title, caseId: null },
});

// Local noon, so the local day is the same in every time zone the tests run in.
const noon = (day: string) => new Date(`${day}T12:00:00`).toISOString();

const rows: AuditRow[] = [
  row({ key: 'a', action: 'view', at: noon('2026-01-07') }),
  row({ key: 'b', action: 'update', actor: 'Trần Thị Bình', at: noon('2026-01-06') }, '2026-AAAA-0001', 'Steel wire'),
  row({ key: 'c', action: 'create', table: 'parties', recordId: 'party-77', at: noon('2026-01-05') }),
];
const keys = (filter: Partial<typeof emptyAuditFilter>) => filterAuditRows(rows, { ...emptyAuditFilter, ...filter }).map((r) => r.event.key);

describe('filterAuditRows', () => {
  it('lets everything through with no filter, in order', () => {
    expect(keys({})).toEqual(['a', 'b', 'c']);
  });

  it('filters by record type, action and person', () => {
    expect(keys({ table: 'parties' })).toEqual(['c']);
    expect(keys({ action: 'view' })).toEqual(['a']);
    expect(keys({ actor: 'Trần Thị Bình' })).toEqual(['b']);
    expect(keys({ action: 'view', actor: 'Trần Thị Bình' })).toEqual([]);
  });

  it('filters by local day, both ends included, either end open', () => {
    expect(keys({ from: '2026-01-06', to: '2026-01-06' })).toEqual(['b']);
    expect(keys({ from: '2026-01-06' })).toEqual(['a', 'b']);
    expect(keys({ to: '2026-01-05' })).toEqual(['c']);
    expect(localDay(noon('2026-01-05'))).toBe('2026-01-05');
  });

  it('matches the reference, title or record id accent-blind and case-blind', () => {
    expect(keys({ text: 'k7qx' })).toEqual(['a', 'c']);
    expect(keys({ text: 'go dan hoa binh' })).toEqual(['a', 'c']);
    expect(keys({ text: '  STEEL ' })).toEqual(['b']);
    expect(keys({ text: 'party-77' })).toEqual(['c']);
    expect(keys({ text: 'nowhere' })).toEqual([]);
  });

  it('offers each person once, sorted', () => {
    const collator = new Intl.Collator('vi');
    expect(distinctValues(rows, (r) => r.event.actor, collator)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });
});
