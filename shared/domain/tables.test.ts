import { describe, expect, it } from 'vitest';
import { fieldPolicy, isProtectedField } from './fieldPolicy';
import { sampleRecords } from './sampleRecords';
import { isSyncedTable, parentKeys, recordSchemas, syncedTables } from './tables';

describe('synced tables', () => {
  it('has one record schema per synced table and no other', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual([...syncedTables].sort());
  });

  it.each(syncedTables)('accepts the sample %s record unchanged', (table) => {
    const result = recordSchemas[table].safeParse(sampleRecords[table]);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(sampleRecords[table]);
  });

  it.each(syncedTables)('%s records carry a UUID id and no sync metadata', (table) => {
    const shape = recordSchemas[table].shape as Record<string, unknown>;
    expect(shape).toHaveProperty('id');
    for (const meta of ['version', 'fieldMeta', 'deleted']) expect(shape).not.toHaveProperty(meta);
    expect(recordSchemas[table].safeParse({ ...sampleRecords[table], id: 'case-1' }).success).toBe(false);
  });

  it('names the parent of every child table, and the parent key exists on the child', () => {
    for (const [table, { key, parent }] of Object.entries(parentKeys)) {
      expect(isSyncedTable(table)).toBe(true);
      expect(isSyncedTable(parent)).toBe(true);
      expect(recordSchemas[table as keyof typeof recordSchemas].shape).toHaveProperty(key);
    }
  });

  it('rejects names that are not synced tables', () => {
    expect(isSyncedTable('outbox')).toBe(false);
    expect(isSyncedTable('goods')).toBe(true);
  });
});

describe('field policy', () => {
  it.each([
    ['cases', 'status', true],
    ['cases', 'outcome', true],
    ['cases', 'title', false],
    ['verificationRequests', 'status', true],
    ['verificationRequests', 'outcome', true],
    ['verificationRequests', 'findings', false],
    ['actionItems', 'status', true],
    ['actionItems', 'dueDate', false],
    ['notes', 'text', false],
  ] as const)('%s.%s protected: %s', (table, field, expected) => {
    expect(isProtectedField(table, field)).toBe(expected);
  });

  it('only protects fields that exist in the schema', () => {
    for (const [table, policy] of Object.entries(fieldPolicy)) {
      for (const field of policy?.protected ?? []) {
        expect(recordSchemas[table as keyof typeof recordSchemas].shape).toHaveProperty(field);
      }
    }
  });
});
