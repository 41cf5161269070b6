import { describe, expect, it } from 'vitest';
import { attachmentSchema, deadlineSchema, goodsLineSchema, noteSchema, proofOfOriginSchema, shipmentSchema } from './caseChildren';
import { msg } from './messageKeys';
import { partySchema } from './party';
import { sampleRecords } from './sampleRecords';

type Issues = [string, string][];
const issuesOf = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): Issues =>
  r.error?.issues.map((i) => [i.path.map(String).join('.'), i.message]) ?? [];

describe('party', () => {
  const base = sampleRecords.parties;

  it('accepts a Vietnamese company with its tax code and normalises the branch form', () => {
    const parsed = partySchema.parse({ ...base, identifiers: [{ scheme: 'VN_MST', value: '0100233488001' }] });
    expect(parsed.identifiers).toEqual([{ scheme: 'VN_MST', value: '0100233488-001' }]);
  });

  it.each([
    [{ identifiers: [{ scheme: 'VN_MST', value: '0100233480' }] }, [['identifiers.0.value', msg.vnTaxCodeCheckDigit]]],
    [{ identifiers: [{ scheme: 'LEI', value: '5493001KJTIIGC8Y1R13' }] }, [['identifiers.0.value', msg.leiChecksum]]],
    [
      { identifiers: [{ scheme: 'VN_MST', value: '0100233488' }, { scheme: 'VN_MST', value: '0100 233 488' }] },
      [['identifiers', msg.listDuplicate]],
    ],
    [{ role: 'shipper' }, [['role', msg.choice]]],
    [{ kind: 'government' }, [['kind', msg.choice]]],
    [{ name: '' }, [['name', msg.required]]],
    [{ country: 'Vietnam' }, [['country', msg.country]]],
  ])('rejects %j', (patch, expected) => {
    expect(issuesOf(partySchema.safeParse({ ...base, ...patch }))).toEqual(expected);
  });
});

describe('goods line', () => {
  const base = sampleRecords.goods;
  it('strips dots from the HS code and allows it empty while unknown', () => {
    expect(goodsLineSchema.parse({ ...base, hsCode: '7213.91' }).hsCode).toBe('721391');
    expect(goodsLineSchema.parse({ ...base, hsCode: '' }).hsCode).toBe('');
  });
  it.each([
    [{ hsCode: '721' }, [['hsCode', msg.hsCodeLength]]],
    [{ quantity: -1 }, [['quantity', msg.nonNegative]]],
    [{ value: '137500' }, [['value', msg.invalidType]]],
    [{ currency: 'DOLLAR' }, [['currency', msg.currency]]],
    [{ value: 10, currency: '' }, [['currency', msg.required]]],
    [{ lineNo: 0 }, [['lineNo', msg.positive]]],
    [{ lineNo: 1.5 }, [['lineNo', msg.integer]]],
    [{ suspectedOrigin: 'ZZ' }, [['suspectedOrigin', msg.country]]],
    [{ description: '' }, [['description', msg.required]]],
  ])('rejects %j', (patch, expected) => {
    expect(issuesOf(goodsLineSchema.safeParse({ ...base, ...patch }))).toEqual(expected);
  });
  it('allows unknown quantity and value as null with no currency', () => {
    expect(goodsLineSchema.safeParse({ ...base, quantity: null, value: null, currency: '' }).success).toBe(true);
  });
});

describe('shipment', () => {
  const base = sampleRecords.shipments;
  it('normalises ports and containers', () => {
    const s = shipmentSchema.parse({ ...base, portOfLoading: 'vn hph', containers: ['csqu 305438 3'] });
    expect(s.portOfLoading).toBe('VNHPH');
    expect(s.containers).toEqual(['CSQU3054383']);
  });
  it.each([
    [{ portOfDischarge: 'LAX' }, [['portOfDischarge', msg.unLocodeFormat]]],
    [{ containers: ['CSQU3054384'] }, [['containers.0', msg.containerCheckDigit]]],
    [{ containers: ['CSQU3054383', 'CSQU3054383'] }, [['containers', msg.listDuplicate]]],
    [{ arrivalDate: '2025-11-01' }, [['arrivalDate', msg.dateOrder]]],
    [{ departureDate: '02/11/2025' }, [['departureDate', msg.dateFormat]]],
  ])('rejects %j', (patch, expected) => {
    expect(issuesOf(shipmentSchema.safeParse({ ...base, ...patch }))).toEqual(expected);
  });
});

describe('proof of origin, deadline, attachment', () => {
  it('rejects unknown certificate kinds and impossible dates', () => {
    expect(issuesOf(proofOfOriginSchema.safeParse({ ...sampleRecords.proofsOfOrigin, kind: 'formX', issueDate: '2025-02-29' }))).toEqual([
      ['kind', msg.choice],
      ['issueDate', msg.dateNotReal],
    ]);
  });
  it('requires a due date on a deadline', () => {
    expect(issuesOf(deadlineSchema.safeParse({ ...sampleRecords.deadlines, dueDate: null }))).toEqual([['dueDate', msg.invalidType]]);
  });
  it('checks attachment fingerprints and media types', () => {
    const bad = attachmentSchema.safeParse({ ...sampleRecords.attachments, sha256: 'abc', mediaType: 'pdf', size: -1 });
    expect(issuesOf(bad)).toEqual([
      ['mediaType', msg.mediaTypeFormat],
      ['size', msg.nonNegative],
      ['sha256', msg.sha256Format],
    ]);
    expect(attachmentSchema.parse({ ...sampleRecords.attachments, sha256: 'A'.repeat(64) }).sha256).toBe('a'.repeat(64));
  });
});

describe('timeline note', () => {
  const base = sampleRecords.notes;
  it('records a status change with both statuses', () => {
    const change = { ...base, kind: 'statusChange', text: '', fromStatus: 'draft', toStatus: 'open' };
    expect(noteSchema.safeParse(change).success).toBe(true);
    expect(issuesOf(noteSchema.safeParse({ ...change, fromStatus: null }))).toEqual([['toStatus', msg.noteStatusChange]]);
  });
  it('requires text on a plain note and no statuses', () => {
    expect(issuesOf(noteSchema.safeParse({ ...base, text: '  ' }))).toEqual([['text', msg.required]]);
    expect(issuesOf(noteSchema.safeParse({ ...base, toStatus: 'open' }))).toEqual([['toStatus', msg.noteStatusChange]]);
  });
});
