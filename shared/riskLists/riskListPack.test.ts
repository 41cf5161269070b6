import { describe, expect, it } from 'vitest';
import { makeRiskEntry } from '../../test/fixtures/makeRiskEntry';
import { packRiskListEntries, RiskListPackError, unpackRiskListEntries } from './riskListPack';

const listId = '0190a0b0-0000-7000-8000-000000000001';
const otherList = '0190a0b0-0000-7000-8000-000000000002';
const entry = (n: number) =>
  makeRiskEntry(`0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`, {
    listId,
    primaryName: `Công ty TNHH Thép Số ${n}`,
    identifiers: [{ scheme: 'VN_MST', value: '0100233488' }],
  });

describe('risk-list packs', () => {
  it('give back the same entries, and are much smaller than their JSON', async () => {
    const entries = Array.from({ length: 500 }, (_, i) => entry(i + 1));
    const bytes = await packRiskListEntries(listId, entries);
    expect(bytes.length).toBeLessThan(JSON.stringify(entries).length / 5);
    expect(await unpackRiskListEntries(bytes, listId, 500)).toEqual(entries);
  });

  it('refuse a pack of another list, of another size, or with a broken entry', async () => {
    const bytes = await packRiskListEntries(listId, [entry(1)]);
    await expect(unpackRiskListEntries(bytes, otherList, 1)).rejects.toThrow('another list');
    await expect(unpackRiskListEntries(bytes, listId, 2)).rejects.toThrow('says 2 entries but its file holds 1');
    const foreign = await packRiskListEntries(listId, [{ ...entry(1), listId: otherList }]);
    await expect(unpackRiskListEntries(foreign, listId, 1)).rejects.toThrow('Entry 1 belongs to another list');
    const broken = await packRiskListEntries(listId, [{ ...entry(1), hsCode: '12' }]);
    await expect(unpackRiskListEntries(broken, listId, 1)).rejects.toBeInstanceOf(RiskListPackError);
  });

  it('refuse bytes that are not a pack', async () => {
    await expect(unpackRiskListEntries(new TextEncoder().encode('hello'), listId, 0)).rejects.toThrow('cannot be read');
  });
});
