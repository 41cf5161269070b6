import { describe, expect, it } from 'vitest';
import { makeCase } from '../../../test/fixtures/makeCase';
import { linkedFrom, resolveLinkedCases, searchLinkCandidates, toLinkedCaseSummary } from './linkedCases';

const hoaBinh = toLinkedCaseSummary(makeCase({ reference: '2026-K7QX-0001', title: 'Gỗ dán Hoà Bình' }));
const honey = toLinkedCaseSummary(makeCase({ reference: '2026-K7QX-0002', title: 'Honey via Đà Nẵng' }));
const steel = toLinkedCaseSummary(makeCase({ reference: '2026-M3PD-0003', title: 'Steel wire', archivedAt: '2026-02-01T00:00:00.000Z' }));
const all = [hoaBinh, honey, steel];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('searchLinkCandidates', () => {
  const none = { selfId: 'self', linkedIds: [] };

  it('finds cases by title, accent- and case-blind, every word required', () => {
    expect(ids(searchLinkCandidates(all, 'hoa BINH', none))).toEqual([hoaBinh.id]);
    expect(ids(searchLinkCandidates(all, 'da nang', none))).toEqual([honey.id]);
    expect(ids(searchLinkCandidates(all, 'dán Bình', none))).toEqual([hoaBinh.id]);
    expect(searchLinkCandidates(all, 'honey steel', none)).toEqual([]);
  });

  it('finds cases by reference, newest reference first', () => {
    expect(ids(searchLinkCandidates(all, 'k7qx', none))).toEqual([honey.id, hoaBinh.id]);
    expect(ids(searchLinkCandidates(all, '', none))).toEqual([steel.id, honey.id, hoaBinh.id]);
  });

  it('never offers the case itself nor a case already linked', () => {
    expect(ids(searchLinkCandidates(all, '', { selfId: honey.id, linkedIds: [steel.id] }))).toEqual([hoaBinh.id]);
  });

  it('returns at most `limit` candidates', () => {
    expect(searchLinkCandidates(all, '', none, 2)).toHaveLength(2);
  });
});

describe('linkedFrom', () => {
  it('lists the cases linking to a case, by reference, never the case itself', () => {
    const target = toLinkedCaseSummary(makeCase({ reference: '2026-K7QX-0009' }));
    const later = toLinkedCaseSummary(makeCase({ reference: '2026-Z9ZZ-0001', linkedCaseIds: [target.id] }));
    const earlier = toLinkedCaseSummary(makeCase({ reference: '2026-A2AA-0001', linkedCaseIds: [hoaBinh.id, target.id] }));
    const selfLinked = { ...target, linkedCaseIds: [target.id] };
    expect(ids(linkedFrom([later, hoaBinh, selfLinked, earlier], target.id))).toEqual([earlier.id, later.id]);
    expect(linkedFrom(all, target.id)).toEqual([]);
  });
});

describe('resolveLinkedCases', () => {
  it('keeps the linked order and marks ids with no live case as missing', () => {
    const byId = new Map(all.map((c) => [c.id, c]));
    expect(resolveLinkedCases([steel.id, 'gone', hoaBinh.id], byId)).toEqual([
      { missing: false, summary: steel },
      { missing: true, id: 'gone' },
      { missing: false, summary: hoaBinh },
    ]);
  });
});
