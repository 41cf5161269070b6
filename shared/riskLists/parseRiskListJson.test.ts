import { describe, expect, it } from 'vitest';
import { parseRiskListJson } from './parseRiskListJson';

const list = { name: 'Danh sách rủi ro xuất xứ', ownerAuthority: 'Tổng cục Hải quan', source: 'counterpart', edition: '2026/1' };
const company = { sourceRef: '17', subjectType: 'company', primaryName: 'Công ty TNHH Thép Việt', identifiers: [{ scheme: 'VN_MST', value: '0100233488' }] };
const json = (entries: unknown[], meta: unknown = list) => JSON.stringify({ list: meta, entries });

describe('parseRiskListJson', () => {
  it('reads entries with defaults for what they leave out', () => {
    const { entries, errors } = parseRiskListJson(json([company, { subjectType: 'goods', hsCode: '7213.10', riskLevel: 'high' }]));
    expect(errors).toEqual([]);
    expect(entries[0]).toMatchObject({ ...company, riskLevel: null, status: 'active', handlingCode: 'needToKnow', aliases: [], validFrom: null });
    expect(entries[1]).toMatchObject({ hsCode: '721310', hsLevel: 6, riskLevel: 'high', primaryName: '' });
  });

  it('reads an exported entry back, its own ids ignored', () => {
    const exported = { ...company, id: '01890000-0000-7000-8000-000000000001', listId: '01890000-0000-7000-8000-000000000002' };
    const { entries, errors } = parseRiskListJson(json([exported]));
    expect(errors).toEqual([]);
    expect(entries[0]).not.toHaveProperty('id');
  });

  it('numbers rows from the first entry (row 1) and names the field path', () => {
    const { entries, errors } = parseRiskListJson(
      json([
        company,
        { ...company, sourceRef: '18', identifiers: [{ scheme: 'VN_MST', value: '0100233489' }] },
        { subjectType: 'company', primaryName: 'B', riskLevel: 'very_high', colour: 'red' },
        { ...company, primaryName: 'Công ty khác' },
        'not an entry',
      ]),
    );
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'identifiers[0].value', '0100233489'],
      [3, 'colour', 'red'],
      [3, 'riskLevel', 'very_high'],
      [4, 'sourceRef', '17'],
      [5, null, 'not an entry'],
    ]);
    expect(errors[0]?.message).toBe('VN_MST 0100233489: the check digit does not match.');
    expect(errors[2]?.message).toMatch(/expected one of low, medium, high, veryHigh/);
    expect(errors[3]?.message).toMatch(/row 1/);
    expect(entries.map((e) => e.sourceRef)).toEqual(['17']);
  });

  it.each([
    ['not JSON', '{ "entries": [ { "subjectType": "company", } ] }', null, /not valid JSON/],
    ['no entries array', JSON.stringify({ list }), 'entries', /no "entries" array/],
    ['an array at the top', JSON.stringify([company]), 'entries', /no "entries" array/],
  ])('refuses a document that is %s on row 0', (_kind, text, column, message) => {
    const { entries, errors } = parseRiskListJson(text);
    expect(entries).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 0, column });
    expect(errors[0]?.message).toMatch(message);
  });

  it('checks the list metadata on row 0 and still reads the entries', () => {
    const { entries, errors } = parseRiskListJson(json([company], { ...list, source: 'leaked', issuedOn: '2026-13-01' }));
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [0, 'list.source', 'leaked'],
      [0, 'list.issuedOn', '2026-13-01'],
    ]);
    expect(entries).toHaveLength(1);
  });
});
