import { describe, expect, it } from 'vitest';
import { caseFieldsSchema, caseSchema, checkCaseInvariants } from './case';
import { msg } from './messageKeys';
import { sampleId, sampleRecords } from './sampleRecords';

const base = sampleRecords.cases;
const issues = (input: unknown) =>
  caseSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('case schema', () => {
  it('normalises what officers type: NFC text, trimmed, upper-case codes', () => {
    const parsed = caseSchema.parse({
      ...base,
      title: '  Thép cuộn '.normalize('NFD'),
      partnerCountry: 'us',
      reference: '2026-k7qx-0042',
      adCvdOrders: ['a 570 967'],
    });
    expect(parsed.title).toBe('Thép cuộn');
    expect(parsed.title).toBe(parsed.title.normalize('NFC'));
    expect(parsed.partnerCountry).toBe('US');
    expect(parsed.reference).toBe('2026-K7QX-0042');
    expect(parsed.adCvdOrders).toEqual(['A-570-967']);
  });

  it.each([
    ['title', '   ', msg.required],
    ['title', 'x'.repeat(301), msg.tooLong],
    ['type', 'smuggling', msg.choice],
    ['status', 'archived', msg.choice],
    ['priority', '', msg.required],
    ['partnerCountry', 'XX', msg.country],
    ['partnerCountry', 'VNM', msg.country],
    ['direction', undefined, msg.required],
    ['confidentiality', 'secret', msg.choice],
    ['openedOn', '2026-02-30', msg.dateNotReal],
    ['openedOn', '', msg.dateFormat],
    ['createdAt', '2026-01-05', msg.dateTimeFormat],
    ['archivedAt', 'yesterday', msg.dateTimeFormat],
    ['reference', '42', msg.caseReferenceFormat],
    ['summary', 42, msg.invalidType],
    ['tags', ['steel', 'steel'], msg.listDuplicate],
    ['linkedCaseIds', ['not-a-uuid'], msg.id],
  ])('rejects %s = %j with %s', (field, value, key) => {
    const path = Array.isArray(value) && field === 'linkedCaseIds' ? `${field}.0` : field;
    expect(issues({ ...base, [field]: value })).toEqual([[path, key]]);
  });

  it('rejects AD/CVD orders in the wrong form, naming the bad entry', () => {
    expect(issues({ ...base, adCvdOrders: ['A-570-967', '570-967'] })).toEqual([['adCvdOrders.1', msg.adCvdOrderFormat]]);
  });

  it('requires an outcome to close and refuses one before', () => {
    expect(issues({ ...base, status: 'closed', outcome: null })).toEqual([['outcome', msg.caseOutcomeRequired]]);
    expect(issues({ ...base, status: 'open', outcome: 'confirmed' })).toEqual([['outcome', msg.caseOutcomeOnlyWhenClosed]]);
    expect(issues({ ...base, status: 'closed', outcome: 'partiallyConfirmed' })).toEqual([]);
  });

  it('refuses a link from a case to itself', () => {
    expect(checkCaseInvariants({ ...base, linkedCaseIds: [base.id] })).toEqual([
      { path: ['linkedCaseIds'], message: msg.caseSelfLink },
    ]);
    expect(issues({ ...base, linkedCaseIds: [sampleId(99)] })).toEqual([]);
  });

  it('drops sync metadata and unknown fields instead of storing them as domain data', () => {
    const parsed = caseSchema.parse({ ...base, version: 3, deleted: 0, fieldMeta: {} });
    expect(parsed).not.toHaveProperty('version');
    expect(parsed).not.toHaveProperty('deleted');
  });

  it('offers a plain field schema that forms can pick from', () => {
    const titleOnly = caseFieldsSchema.pick({ title: true });
    expect(titleOnly.safeParse({ title: '' }).error?.issues[0]?.message).toBe(msg.required);
  });
});
