import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../shared/domain';
import { attachmentsWithoutBytes, snapshotCounts, snapshotKinds } from './snapshotCounts';
import type { SnapshotRow } from './workspaceSnapshot';

const row = (id: string, extra: Record<string, unknown> = {}, deleted: 0 | 1 = 0): SnapshotRow => ({ id, version: 1, deleted, ...extra });

describe('snapshotCounts', () => {
  it('puts every synced table in exactly one kind', () => {
    const counted = Object.values(snapshotKinds).flat();
    expect([...counted].sort()).toEqual([...syncedTables].sort());
  });

  it('counts live records per kind, details under their parent’s kind, and leaves empty kinds out', () => {
    const counts = snapshotCounts({
      rows: { cases: [row('c1'), row('c2'), row('c3', {}, 1)], parties: [row('p1')], goods: [row('g1')], notes: [row('n1')] },
      blobs: [{ sha256: 'a'.repeat(64), size: 3 }],
      outbox: [{ mutationId: 1, table: 'cases', id: 'c1', op: 'put', hlc: 'h', createdAt: '2026-03-02T09:00:00.000Z' }],
    });
    expect(counts).toEqual([
      { kind: 'cases', count: 2 },
      { kind: 'caseDetails', count: 2 },
      { kind: 'notes', count: 1 },
      { kind: 'files', count: 1 },
      { kind: 'unsent', count: 1 },
    ]);
  });

  it('counts live attachments whose bytes did not come along', () => {
    const attachments = [row('a1', { sha256: 'a'.repeat(64) }), row('a2', { sha256: 'b'.repeat(64) }), row('a3', { sha256: 'c'.repeat(64) }, 1)];
    expect(attachmentsWithoutBytes({ rows: { attachments }, blobs: [{ sha256: 'a'.repeat(64), size: 1 }] })).toBe(1);
  });
});
