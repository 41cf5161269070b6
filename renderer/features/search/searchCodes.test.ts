import { describe, expect, it } from 'vitest';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { SearchIndex, type SearchLimits } from './SearchIndex';
import { containerTexts, documentNumberTexts, dottedHsCode, hsCodeTexts } from './searchCodes';
import { toSearchDocument } from './searchDocuments';
import { searchTypes, type SearchTable } from './searchTypes';

describe('search texts of codes and document numbers', () => {
  it('adds a number without its punctuation, and the runs of a number written as one word', () => {
    expect(documentNumberTexts('B-2026-VN-0047812')).toEqual(['B-2026-VN-0047812', 'B2026VN0047812']);
    expect(documentNumberTexts('HLCUSGN2609123')).toEqual(['HLCUSGN2609123', 'HLCUSGN 2609123']);
    expect(documentNumberTexts('0100109106')).toEqual(['0100109106']);
    // Runs too short to be told apart are left out.
    expect(documentNumberTexts('2026-K7QX-0042')).toEqual(['2026-K7QX-0042', '2026K7QX0042']);
    expect(documentNumberTexts('')).toEqual([]);
  });

  it('adds a container by owner code and serial, and as printed', () => {
    expect(containerTexts('MSKU1234565')).toEqual(['MSKU1234565', 'MSKU 1234565', 'MSKU 123456 5']);
  });

  it('adds an HS code with its heading and subheading, and writes it with dots', () => {
    expect(hsCodeTexts('76042910')).toEqual(['7604 760429 76042910']);
    expect(hsCodeTexts('7604')).toEqual(['7604']);
    expect(hsCodeTexts('')).toEqual([]);
    expect(dottedHsCode('76042910')).toBe('7604.29.10');
    expect(dottedHsCode('7604291000')).toBe('7604.29.10.00');
    expect(dottedHsCode('7604')).toBe('7604');
  });
});

describe('search finds a case by what it holds', () => {
  const caseId = sampleId(900);
  const rows: { [T in SearchTable]?: object } = {
    cases: { ...sampleRecords.cases, id: caseId, reference: '2026-K7QX-0101', title: 'Aluminium profiles via Đình Vũ', adCvdOrders: ['A-570-967'] },
    goods: { ...sampleRecords.goods, id: sampleId(901), caseId, hsCode: '76042910', description: 'Aluminium alloy profiles' },
    shipments: { ...sampleRecords.shipments, id: sampleId(902), caseId, billOfLading: 'HLCUSGN2609123', containers: ['MSKU1234565'] },
    proofsOfOrigin: { ...sampleRecords.proofsOfOrigin, id: sampleId(903), caseId, number: 'B-2026-VN-0047812', issuingBody: 'VCCI' },
    parties: { ...sampleRecords.parties, id: sampleId(904), caseId, identifiers: [{ scheme: 'VN_MST', value: '0100109106-001' }] },
  };
  const index = new SearchIndex();
  index.upsert(Object.entries(rows).map(([table, row]) => toSearchDocument(table as SearchTable, { ...row, version: 1, deleted: 0 } as never)!));
  const everyType: SearchLimits = Object.fromEntries(searchTypes.map((t) => [t, 10]));
  /** `[type of the result, the case it opens]` of every hit. */
  const found = (query: string) => index.search(query, everyType).groups.flatMap((g) => g.hits.map((h) => [h.type, h.caseId]));

  it.each(['7604', '760429', '7604.29', '7604.29.10', '76042910', '7604 29', '76'])('finds the goods line of HS 7604.29.10 by %s, in its case', (query) => {
    expect(found(query)).toEqual([['goodsLine', caseId]]);
  });

  it('does not find an HS code by digits it does not start with', () => {
    expect(found('042910')).toEqual([]);
    expect(found('7605')).toEqual([]);
  });

  it.each(['B-2026-VN-0047812', 'B2026VN0047812', 'b-2026-vn-0047812', '0047812', 'VCCI', 'vcci b-2026'])('finds the proof of origin by %s', (query) => {
    expect(found(query)).toEqual([['proofOfOrigin', caseId]]);
  });

  it.each(['HLCUSGN2609123', 'hlcusgn', '2609123', 'MSKU1234565', 'MSKU 123456 5', '1234565'])('finds the shipment by %s', (query) => {
    expect(found(query)).toEqual([['shipment', caseId]]);
  });

  it('finds an AD/CVD order and a tax code with or without their dashes', () => {
    expect(found('A570967')).toEqual([['case', caseId]]);
    expect(found('A-570-967')).toEqual([['case', caseId]]);
    expect(found('0100109106001')).toEqual([['party', caseId]]);
  });

  it('shows the HS code as written, and the number and issuing body of a proof', () => {
    const [goods] = index.search('7604', everyType).groups[0]!.hits;
    expect(goods).toMatchObject({ title: 'Aluminium alloy profiles', detail: '7604.29.10', caseReference: '2026-K7QX-0101' });
    const [proof] = index.search('vcci', everyType).groups[0]!.hits;
    expect(proof).toMatchObject({ title: 'B-2026-VN-0047812', detail: 'VCCI · VN' });
  });
});
