import { describe, expect, it } from 'vitest';
import { sampleRecords } from './sampleRecords';
import { conflictResolutionFields, conflictSchema, fieldHistoryEntrySchema } from './syncRecords';
import { isServerAuthoredTable, isSyncedTable, recordTables, serverAuthoredTables, syncedTables } from './tables';

const openConflict = sampleRecords.conflicts;
const resolved = { ...openConflict, status: 'resolved', resolvedValue: 'closed', resolvedBy: 'Nguyễn Thị Mai', resolvedAt: '2026-01-06T08:00:00.000Z' };

describe('server-authored tables', () => {
  it('are synced, listed last, and never the subject of a conflict', () => {
    expect(syncedTables.slice(-2)).toEqual(['conflicts', 'fieldHistory']);
    expect(serverAuthoredTables.every(isSyncedTable)).toBe(true);
    expect(recordTables.some(isServerAuthoredTable)).toBe(false);
    expect(conflictSchema.safeParse({ ...openConflict, recordTable: 'conflicts' }).success).toBe(false);
    expect(fieldHistoryEntrySchema.safeParse({ ...sampleRecords.fieldHistory, recordTable: 'fieldHistory' }).success).toBe(false);
    // A losing resolution of a concurrently resolved conflict is kept like any other lost value.
    expect(fieldHistoryEntrySchema.safeParse({ ...sampleRecords.fieldHistory, recordTable: 'conflicts' }).success).toBe(true);
  });

  it('lets clients write only the resolution fields of a conflict, all of which exist', () => {
    for (const f of conflictResolutionFields) expect(conflictSchema.shape).toHaveProperty(f);
    expect(conflictResolutionFields).not.toContain('clientValue');
  });
});

describe('conflict', () => {
  it('keeps values of any JSON type, null included', () => {
    const parsed = conflictSchema.parse({ ...openConflict, serverValue: null, clientValue: { a: [1, 'x'] } });
    expect(parsed.serverValue).toBeNull();
    expect(parsed.clientValue).toEqual({ a: [1, 'x'] });
  });

  it('requires a value to be present (a missing value would vanish on the wire)', () => {
    const { clientValue: _dropped, ...rest } = openConflict;
    expect(conflictSchema.safeParse(rest).error?.issues[0]?.message).toBe('validation.required');
  });

  it('accepts a resolution with who and when, even when the chosen value is null', () => {
    expect(conflictSchema.safeParse(resolved).success).toBe(true);
    expect(conflictSchema.safeParse({ ...resolved, resolvedValue: null }).success).toBe(true);
  });

  it.each([
    ['resolved without a time', { ...resolved, resolvedAt: null }],
    ['resolved by nobody', { ...resolved, resolvedBy: '' }],
    ['open with a resolution time', { ...openConflict, resolvedAt: '2026-01-06T08:00:00.000Z' }],
    ['open with a chosen value', { ...openConflict, resolvedValue: 'closed' }],
  ])('rejects a conflict %s', (_label, conflict) => {
    expect(conflictSchema.safeParse(conflict).error?.issues.map((i) => i.message)).toEqual(['validation.sync.conflictResolution']);
  });

  it('rejects a clock value that is not an HLC', () => {
    expect(conflictSchema.safeParse({ ...openConflict, serverHlc: '2026-01-05' }).error?.issues[0]?.message).toBe('validation.sync.hlcFormat');
  });
});
