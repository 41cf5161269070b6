import { describe, expect, it } from 'vitest';
import { makeRiskEntry } from '../../test/fixtures/makeRiskEntry';
import type { RiskEntry } from '../domain/riskEntry';
import { diffRiskLists, riskEntryMatchKey, type RiskListDiff } from './diffRiskLists';

let serial = 0;
/** An entry of some version: each gets its own id, as every imported version does. */
const entry = (over: Partial<RiskEntry>) => makeRiskEntry(`e${++serial}`, { listId: 'v', ...over });
const goods = (hsCode: string, over: Partial<RiskEntry> = {}) => entry({ subjectType: 'goods', hsCode, hsLevel: hsCode.length as RiskEntry['hsLevel'], ...over });
const names = (entries: readonly RiskEntry[]) => entries.map((e) => e.primaryName || e.hsCode);
const summary = (d: RiskListDiff) => ({
  added: names(d.added),
  removed: names(d.removed),
  changed: d.changed.map((c) => [c.before.primaryName || c.before.hsCode, c.fields.map((f) => f.field)]),
  unchanged: d.unchanged,
});

describe('diffRiskLists: which entries are the same entry', () => {
  it('pairs by sourceRef, whatever the name became', () => {
    const d = diffRiskLists([entry({ sourceRef: '17', primaryName: 'Công ty A', riskLevel: 'high' })], [entry({ sourceRef: '17', primaryName: 'Công ty A mới', riskLevel: 'veryHigh' })]);
    expect(summary(d)).toEqual({ added: [], removed: [], changed: [['Công ty A', ['primaryName', 'riskLevel']]], unchanged: 0 });
    expect(d.changed[0]?.fields[1]).toEqual({ field: 'riskLevel', before: 'high', after: 'veryHigh' });
  });

  it('keeps two references apart even under one name', () => {
    const d = diffRiskLists([entry({ sourceRef: '17', primaryName: 'Công ty A' })], [entry({ sourceRef: '18', primaryName: 'Công ty A' })]);
    expect(summary(d)).toMatchObject({ added: ['Công ty A'], removed: ['Công ty A'], unchanged: 0 });
  });

  it('pairs by folded name and subject type where one side has no reference', () => {
    const before = [entry({ sourceRef: '17', primaryName: 'CÔNG TY TNHH Thép Việt' }), entry({ primaryName: 'Nguyễn Văn Đức', subjectType: 'person' })];
    const after = [entry({ primaryName: 'Công ty TNHH  thép việt.' }), entry({ sourceRef: '9', primaryName: 'nguyen van duc', subjectType: 'person' })];
    expect(summary(diffRiskLists(before, after)).changed).toEqual([
      ['Nguyễn Văn Đức', ['sourceRef', 'primaryName']],
      ['CÔNG TY TNHH Thép Việt', ['sourceRef', 'primaryName']],
    ]);
  });

  it('does not pair one name across subject types', () => {
    const d = diffRiskLists([entry({ primaryName: 'Minh Phát' })], [entry({ primaryName: 'Minh Phát', subjectType: 'person' })]);
    expect(summary(d)).toMatchObject({ added: ['Minh Phát'], removed: ['Minh Phát'] });
  });

  it('pairs goods without a name by HS code, so a new code is a new entry', () => {
    const d = diffRiskLists([goods('7213', { riskLevel: 'low' }), goods('721310')], [goods('7213', { riskLevel: 'high' }), goods('72131000')]);
    expect(summary(d)).toEqual({ added: ['72131000'], removed: ['721310'], changed: [['7213', ['riskLevel']]], unchanged: 0 });
  });

  it('pairs a key that one version repeats in list order, and reports the rest', () => {
    const d = diffRiskLists(
      [entry({ primaryName: 'Công ty A', reason: 'first' }), entry({ primaryName: 'Công ty A', reason: 'second' }), entry({ sourceRef: '5', reason: 'x', primaryName: 'B' }), entry({ sourceRef: '5', reason: 'y', primaryName: 'B' })],
      [entry({ primaryName: 'Công ty A', reason: 'first' }), entry({ sourceRef: '5', reason: 'y', primaryName: 'B' })],
    );
    expect(d.changed.map((c) => [c.before.reason, c.after.reason])).toEqual([['x', 'y']]);
    expect(d.removed.map((e) => e.reason)).toEqual(['y', 'second']);
    expect(d.added).toEqual([]);
    expect(d.unchanged).toBe(1);
  });

  it('lets an unreferenced entry take the earlier of the referenced and unreferenced candidates', () => {
    const d = diffRiskLists([entry({ sourceRef: '1', primaryName: 'A', reason: 'one' }), entry({ primaryName: 'A', reason: 'two' })], [entry({ primaryName: 'A', reason: 'two' }), entry({ sourceRef: '2', primaryName: 'A' })]);
    expect(d.changed.map((c) => [c.before.reason, c.after.reason])).toEqual([
      ['two', ''],
      ['one', 'two'],
    ]);
  });
});

describe('diffRiskLists: what counts as a change', () => {
  const full = {
    sourceRef: '1',
    primaryName: 'Công ty A',
    aliases: [
      { name: 'A Co', nameLatin: '' },
      { name: 'A Company', nameLatin: 'A Company' },
    ],
    identifiers: [
      { scheme: 'VN_MST' as const, value: '0100233488' },
      { scheme: 'LEI' as const, value: '5493001KJTIIGC8Y1R12' },
    ],
    addresses: [{ address: 'Hà Nội', country: 'VN' }],
    riskCategories: ['originFraud' as const, 'transshipment' as const],
    transitCountries: ['MY', 'TH'],
    validFrom: '2026-01-01',
  };

  it('compares lists by value and set-like ones in any order; ids never count', () => {
    const reordered = entry({
      ...full,
      listId: 'another version',
      aliases: [{ nameLatin: 'A Company', name: 'A Company' }, { ...full.aliases[0]! }],
      identifiers: [...full.identifiers].reverse().map((id) => ({ ...id })),
      addresses: [{ country: 'VN', address: 'Hà Nội' }],
      riskCategories: ['transshipment', 'originFraud'],
    });
    expect(diffRiskLists([entry(full)], [reordered])).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('sees a changed alias, identifier, address, route or date', () => {
    const d = diffRiskLists(
      [entry(full)],
      [
        entry({
          ...full,
          aliases: [full.aliases[0]!, { name: 'A Company', nameLatin: '' }],
          identifiers: [full.identifiers[0]!],
          addresses: [{ address: 'Hà Nội', country: 'CN' }],
          transitCountries: ['TH', 'MY'],
          validFrom: null,
        }),
      ],
    );
    expect(d.changed[0]?.fields.map((f) => f.field)).toEqual(['aliases', 'identifiers', 'addresses', 'transitCountries', 'validFrom']);
    expect(d.changed[0]?.fields.at(-1)).toEqual({ field: 'validFrom', before: '2026-01-01', after: null });
  });
});

describe('diffRiskLists: order', () => {
  it('sorts by sourceRef (numbers in order), then name, then HS code; entries without a reference last', () => {
    const d = diffRiskLists([], [goods('7213'), entry({ primaryName: 'Đức Anh' }), entry({ sourceRef: 'R-10', primaryName: 'B' }), goods('0302'), entry({ sourceRef: 'R-2', primaryName: 'C' }), entry({ primaryName: 'Bình An' })]);
    expect(names(d.added)).toEqual(['C', 'B', '0302', '7213', 'Bình An', 'Đức Anh']);
  });
});

describe('diffRiskLists over 20 000 entries', () => {
  it('finds every removal, change and addition, in any list order', () => {
    // Every other entry has a reference; every 11th loses it in the next version (paired by name).
    const version = (i: number, over: Partial<RiskEntry> = {}) =>
      entry({ sourceRef: i % 2 === 0 ? `R-${i}` : '', primaryName: `Công ty TNHH Thương mại số ${i}`, riskLevel: 'high', ...over });
    const isRemoved = (i: number) => i % 5 === 3;
    const changedFieldsOf = (i: number) => [...(i % 11 === 0 && i % 2 === 0 ? ['sourceRef'] : []), ...(i % 7 === 0 ? ['riskLevel'] : [])];
    const previous = Array.from({ length: 20_000 }, (_, i) => version(i));
    const next: RiskEntry[] = [];
    for (let i = 0; i < 20_000; i++) {
      if (!isRemoved(i)) next.push(version(i, { ...(i % 7 === 0 && { riskLevel: 'veryHigh' }), ...(i % 11 === 0 && { sourceRef: '' }) }));
    }
    for (let i = 20_000; i < 21_000; i++) next.push(version(i));
    next.reverse();

    const d = diffRiskLists(previous, next);
    const numberOf = (e: RiskEntry) => Number(/\d+$/.exec(e.primaryName)![0]);
    const ascending = (ns: number[]) => ns.sort((a, b) => a - b);
    const kept = Array.from({ length: 20_000 }, (_, i) => i).filter((i) => !isRemoved(i));
    const expectedChanges = kept.filter((i) => changedFieldsOf(i).length > 0);
    expect(ascending(d.removed.map(numberOf))).toEqual(Array.from({ length: 4000 }, (_, k) => k * 5 + 3));
    expect(ascending(d.added.map(numberOf))).toEqual(Array.from({ length: 1000 }, (_, k) => 20_000 + k));
    expect(d.changed.every((c) => numberOf(c.before) === numberOf(c.after))).toBe(true);
    expect(new Map(d.changed.map((c) => [numberOf(c.after), c.fields.map((f) => f.field)]))).toEqual(new Map(expectedChanges.map((i) => [i, changedFieldsOf(i)])));
    expect(d.unchanged).toBe(kept.length - expectedChanges.length);
  });
});

describe('riskEntryMatchKey', () => {
  it('is the reference when there is one, else the folded name with the subject type, else the HS code', () => {
    expect(riskEntryMatchKey(entry({ sourceRef: '17', primaryName: 'Công ty A' }))).toBe('ref:17');
    expect(riskEntryMatchKey(entry({ primaryName: 'CÔNG TY TNHH Thép Đại Việt' }))).toBe(riskEntryMatchKey(entry({ primaryName: 'Cong ty TNHH thep dai viet.' })));
    expect(riskEntryMatchKey(entry({ primaryName: 'Minh Phát' }))).not.toBe(riskEntryMatchKey(entry({ primaryName: 'Minh Phát', subjectType: 'person' })));
    expect(riskEntryMatchKey(goods('721310'))).toBe('hs:goods:721310');
  });

  it('stays short enough to store for the longest goods description', () => {
    expect(riskEntryMatchKey(entry({ subjectType: 'goods', goodsDescription: 'Thép cán phẳng '.repeat(130) })).length).toBeLessThanOrEqual(500);
  });
});
