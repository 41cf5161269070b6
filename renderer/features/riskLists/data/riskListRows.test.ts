import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import type { RiskList } from '../../../../shared/domain';
import { currentLists, riskListRows } from './riskListRows';

const sha = (n: number) => String(n).repeat(64).slice(0, 64);
const version = (id: string, previousListId: string | null, createdAt: string, name = 'Watch list'): RiskList => ({
  ...sampleRecords.riskLists,
  id,
  name,
  previousListId,
  createdAt,
  entriesSha256: sha(id.length),
});

describe('riskListRows', () => {
  it('links each version to the one that replaced it and its earlier versions, newest first', () => {
    const lists = [version('a', null, '2026-01-01T00:00:00Z'), version('bb', 'a', '2026-02-01T00:00:00Z'), version('ccc', 'bb', '2026-03-01T00:00:00Z')];
    const rows = riskListRows(lists, new Set([sha(3)]));
    const byId = new Map(rows.map((r) => [r.list.id, r]));
    expect(byId.get('a')!.replacedBy).toBe('bb');
    expect(byId.get('bb')!.replacedBy).toBe('ccc');
    expect(byId.get('ccc')!.replacedBy).toBeNull();
    expect(byId.get('ccc')!.earlier.map((l) => l.id)).toEqual(['bb', 'a']);
    expect(currentLists(rows).map((r) => r.list.id)).toEqual(['ccc']);
  });

  it('says a version is held only when its pack is on this device (or its entries are rows)', () => {
    const rows = riskListRows([version('a', null, '2026-01-01T00:00:00Z'), { ...version('b', null, '2026-01-01T00:00:00Z', 'Rows list'), entriesSha256: '' }], new Set());
    expect(rows.map((r) => [r.list.id, r.held])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('keeps the later of two next versions made on two devices as the current one, and survives a cycle', () => {
    const lists = [version('a', null, '2026-01-01T00:00:00Z'), version('b1', 'a', '2026-02-01T00:00:00Z'), version('b2', 'a', '2026-02-02T00:00:00Z')];
    expect(riskListRows(lists, new Set()).find((r) => r.list.id === 'a')!.replacedBy).toBe('b2');
    const cycle = [version('x', 'y', '2026-01-01T00:00:00Z'), version('y', 'x', '2026-01-02T00:00:00Z')];
    expect(riskListRows(cycle, new Set()).map((r) => r.earlier.map((l) => l.id))).toEqual([['y'], ['x']]);
  });
});
