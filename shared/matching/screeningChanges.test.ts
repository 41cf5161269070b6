import { describe, expect, it } from 'vitest';
import type { RiskEntry } from '../domain/riskEntry';
import { makeGoodsLine, makeParty } from '../../test/fixtures/makeCase';
import { makeRiskEntry } from '../../test/fixtures/makeRiskEntry';
import { buildScreeningIndex, compareCaseScreenings, screenCase, type CaseHit } from './index';

/** One list in two versions: every entry gets a new id, the source's reference stays. */
const version = (v: string, entries: [ref: string, over: Partial<RiskEntry>][]) => entries.map(([ref, over]) => makeRiskEntry(`${v}-${ref}`, { sourceRef: ref, ...over }));
const steel: Partial<RiskEntry> = { primaryName: 'Công ty TNHH Thép Trường Sơn' };
const minhPhat: Partial<RiskEntry> = { primaryName: 'Công ty TNHH Minh Phát' };
const plywood: Partial<RiskEntry> = { subjectType: 'goods', hsCode: '4412', hsLevel: 4 };
const v1 = version('v1', [['R1', steel], ['R2', plywood]]);
const v2 = version('v2', [['R1', { ...steel, riskLevel: 'veryHigh' }], ['R3', minhPhat]]);
const keyOf = new Map([...v1, ...v2].map((e) => [e.id, `ref|${e.sourceRef}`]));
const matchKeyOf = (entryId: string) => keyOf.get(entryId)!;

describe('compareCaseScreenings', () => {
  const parties = { steel: makeParty('a', { name: 'Truong Son Steel Co., Ltd', identifiers: [] }), minhPhat: makeParty('b', { name: 'Minh Phat Co., Ltd', identifiers: [] }) };
  const goods = makeGoodsLine('a', { hsCode: '441231' });
  const cases = { a: { parties: [parties.steel], goods: [goods] }, b: { parties: [parties.minhPhat], goods: [] }, c: { parties: [], goods: [] } };
  const screenAll = (entries: RiskEntry[]) => {
    const index = buildScreeningIndex(entries);
    return new Map(Object.entries(cases).map(([id, c]) => [id, screenCase(index, c)]));
  };

  it('reports what each case gained and lost under a new version, an entry that only changed its id being the same', () => {
    const before = screenAll(v1);
    const after = screenAll(v2);
    expect(before.get('a')!.map((h) => h.entryId).sort()).toEqual(['v1-R1', 'v1-R2']);
    expect(compareCaseScreenings(before, after, matchKeyOf)).toEqual([
      { caseId: 'a', gained: [], lost: [expect.objectContaining({ subjectTable: 'goods', subjectId: goods.id, entryId: 'v1-R2' })] },
      { caseId: 'b', gained: [expect.objectContaining({ subjectTable: 'parties', subjectId: parties.minhPhat.id, entryId: 'v2-R3' })], lost: [] },
    ]);
  });

  const hit = (subjectId: string, entryId: string, score = 1): CaseHit => ({ subjectTable: 'parties', subjectId, entryId, score, reasons: [] });

  it('leaves out a case whose hits only changed score, and orders cases by id', () => {
    const before = new Map([['z', [hit('p', 'v1-R2')]], ['m', [hit('p', 'v1-R1', 0.9)]]]);
    const after = new Map([['m', [hit('p', 'v2-R1', 0.95)]], ['z', []]]);
    expect(compareCaseScreenings(before, after, matchKeyOf).map((c) => c.caseId)).toEqual(['z']);
    expect(compareCaseScreenings(new Map([['z', []], ['m', [hit('q', 'v1-R1')]]]), new Map(), matchKeyOf).map((c) => c.caseId)).toEqual(['m']);
  });

  it('tells hits on different records apart, and counts an entry listed twice under one key', () => {
    const moved = compareCaseScreenings(new Map([['a', [hit('p', 'v1-R1')]]]), new Map([['a', [hit('q', 'v2-R1')]]]), matchKeyOf);
    expect(moved).toEqual([{ caseId: 'a', gained: [hit('q', 'v2-R1')], lost: [hit('p', 'v1-R1')] }]);
    const twice = compareCaseScreenings(new Map([['a', [hit('p', 'v1-R1'), hit('p', 'v1-R1')]]]), new Map([['a', [hit('p', 'v2-R1')]]]), matchKeyOf);
    expect(twice).toEqual([{ caseId: 'a', gained: [], lost: [hit('p', 'v1-R1')] }]);
  });
});
