import { describe, expect, it } from 'vitest';
import type { RiskEntry } from '../../../../shared/domain';
import { buildScreeningIndex, compareCaseScreenings, screenCase, type CaseHit } from '../../../../shared/matching';
import { riskEntryMatchKey } from '../../../../shared/riskLists/diffRiskLists';
import { makeRiskEntry } from '../../../../test/fixtures/makeRiskEntry';
import { rescreenCases } from './rescreenCases';
import { ScreeningClient, type ScreeningPort } from './ScreeningClient';
import type { ScreenedCase, ScreeningResponse } from './screeningProtocol';
import { screeningService } from './screeningService';

const names = ['Thép Trường Sơn', 'Gỗ Hoà Bình', 'Nhôm Sông Hồng', 'Dệt May Phú Thọ', 'Thuỷ Sản Cà Mau', 'Giày Da Bình Dương', 'Điện Tử Đình Hưng', 'Cao Su Tây Ninh'];
const version = (listId: string, edit: (entries: RiskEntry[]) => RiskEntry[]) =>
  edit(
    names.map((n, i) =>
      makeRiskEntry(`${listId}-${i}`, { listId, sourceRef: String(i + 1), primaryName: `Công ty TNHH ${n}`, addresses: [{ address: '', country: 'VN' }] }),
    ),
  ).concat(makeRiskEntry(`${listId}-hs`, { listId, sourceRef: '99', subjectType: 'goods', hsCode: '7213', hsLevel: 4 }));

const previous = version('v1', (e) => e);
const next = version('v2', (e) => [
  ...e.slice(0, 5), // the last one (Cao Su Tây Ninh) is dropped
  { ...e[5]!, status: 'revoked' }, // revoked: no longer screens
  { ...e[6]!, primaryName: 'Công ty TNHH Điện Tử Đình Hưng Thịnh' }, // renamed: a different company now
  makeRiskEntry('v2-new', { listId: 'v2', sourceRef: '10', primaryName: 'Công ty Cổ phần Thép Việt Đức' }),
]);
const cases: ScreenedCase[] = [
  { caseId: 'c-shoes', parties: [{ id: 'p1', name: 'GIAY DA BINH DUONG CO., LTD', nameLatin: '', country: 'VN', identifiers: [] }], goods: [] },
  { caseId: 'c-electronics', parties: [{ id: 'p2', name: 'Dinh Hung Electronics Co., Ltd', nameLatin: '', country: 'VN', identifiers: [] }], goods: [] },
  { caseId: 'c-steel', parties: [{ id: 'p3', name: 'Viet Duc Steel JSC', nameLatin: '', country: 'VN', identifiers: [] }], goods: [{ id: 'g3', hsCode: '72139190' }] },
  { caseId: 'c-wood', parties: [{ id: 'p4', name: 'Hoa Binh Wood Co., Ltd', nameLatin: '', country: 'VN', identifiers: [] }], goods: [] },
];

/** The slow way: every case against both whole versions. */
function screenEverything(): ReturnType<typeof compareCaseScreenings> {
  const active = (entries: RiskEntry[]) => entries.filter((e) => e.status === 'active');
  const [oldIndex, newIndex] = [buildScreeningIndex(active(previous)), buildScreeningIndex(active(next))];
  const before = new Map<string, CaseHit[]>(cases.map((c) => [c.caseId, screenCase(oldIndex, c)]));
  const after = new Map<string, CaseHit[]>(cases.map((c) => [c.caseId, screenCase(newIndex, c)]));
  const keys = new Map([...previous, ...next].map((e) => [e.id, riskEntryMatchKey(e)]));
  return compareCaseScreenings(before, after, (id) => keys.get(id)!);
}

describe('rescreenCases', () => {
  it('finds the same gains and losses as screening every case against both whole versions, screening only what changed', () => {
    const quick = rescreenCases(previous, next, cases);
    const slow = screenEverything();
    const summary = (changes: typeof slow) => changes.map((c) => [c.caseId, c.gained.map((h) => h.subjectId), c.lost.map((h) => h.subjectId)]);
    expect(summary(quick.changes)).toEqual(summary(slow));
    expect(summary(quick.changes)).toEqual([
      ['c-electronics', [], ['p2']],
      ['c-shoes', [], ['p1']],
      ['c-steel', ['p3'], []],
    ]);
    // Before: the revoked, the dropped and the renamed one as it was; after: the new and the renamed one as it is.
    expect(quick.changedEntries).toBe(5);
  });

  it('without a previous version, every hit is a gain', () => {
    const first = rescreenCases(null, previous, cases);
    expect(first.changes.map((c) => c.caseId)).toEqual(['c-electronics', 'c-shoes', 'c-steel', 'c-wood']);
    expect(first.changes.every((c) => c.lost.length === 0)).toBe(true);
  });
});

describe('the screening worker, run in process behind its client', () => {
  function connect() {
    const service = screeningService((response) => port.onmessage?.({ data: response } as MessageEvent<ScreeningResponse>));
    const port: ScreeningPort = {
      onmessage: null,
      postMessage: (request) => queueMicrotask(() => port.onmessage?.({ data: service.answer(request) } as MessageEvent<ScreeningResponse>)),
    };
    return new ScreeningClient(port);
  }

  it('re-screens against the version it just replaced without being sent it again, as if sent', async () => {
    const client = connect();
    await client.setLists(['v1'], [{ listId: 'v1', entries: previous }]);
    await client.setLists(['v2'], [{ listId: 'v2', entries: next }]);
    expect(client.keptReplaced('v1')).toBe(true);
    const progress: number[] = [];
    const kept = await client.rescreen({ listId: 'v1', entries: null }, 'v2', cases, (done) => progress.push(done));
    expect(kept).toEqual(rescreenCases(previous, next, cases));
    expect(progress).toEqual([0]);
    // Released once used: another re-screen must send the entries.
    expect(client.keptReplaced('v1')).toBe(false);
    await expect(client.rescreen({ listId: 'v1', entries: null }, 'v2', cases)).rejects.toThrow(/previous version was not sent/);
    await expect(client.rescreen({ listId: 'v1', entries: previous }, 'v2', cases)).resolves.toEqual(kept);
  });

  it('screens a case against every list in force, each hit with its list and entry', async () => {
    const client = connect();
    await client.setLists(['v2'], [{ listId: 'v2', entries: next }]);
    const hits = await client.screenCase(cases[2]!);
    expect(hits.map((h) => [h.listId, h.subjectId, h.entry.id])).toEqual([
      ['v2', 'g3', 'v2-hs'],
      ['v2', 'p3', 'v2-new'],
    ]);
  });
});
