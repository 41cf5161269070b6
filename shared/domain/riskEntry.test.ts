import { describe, expect, it } from 'vitest';
import { msg } from './messageKeys';
import { riskEntrySchema } from './riskEntry';
import { riskListSchema } from './riskList';
import { sampleId, sampleRecords } from './sampleRecords';

const base = sampleRecords.riskEntries;
const issues = (input: unknown) =>
  riskEntrySchema.safeParse(input).error?.issues.map((i) => [i.path.map(String).join('.'), i.message]) ?? [];

describe('risk entry', () => {
  it('accepts a goods entry at heading level with dots typed', () => {
    const goods = { ...base, subjectType: 'goods', primaryName: '', hsCode: '72.13', hsLevel: 4 };
    expect(issues(goods)).toEqual([]);
    expect(riskEntrySchema.parse(goods).hsCode).toBe('7213');
  });

  it.each([
    [{ subjectType: 'goods', hsCode: '', hsLevel: null, goodsDescription: '' }, [['hsCode', msg.riskEntrySubject]]],
    [{ subjectType: 'company', primaryName: '' }, [['primaryName', msg.riskEntrySubject]]],
    [{ hsLevel: 6 }, [['hsLevel', msg.hsLevelMismatch]]],
    [{ hsLevel: 5 }, [['hsLevel', msg.choice]]],
    [{ validFrom: '2026-02-01', validTo: '2026-01-01' }, [['validTo', msg.dateOrder]]],
    [{ riskCategories: ['transshipment', 'transshipment'] }, [['riskCategories', msg.listDuplicate]]],
    [{ riskCategories: ['fraud'] }, [['riskCategories.0', msg.choice]]],
    [{ riskLevel: 'critical' }, [['riskLevel', msg.choice]]],
    [{ handlingCode: 'secret' }, [['handlingCode', msg.choice]]],
    [{ transitCountries: ['MY', ''] }, [['transitCountries.1', msg.required]]],
    [{ linkedOrders: ['A570'] }, [['linkedOrders.0', msg.adCvdOrderFormat]]],
    [{ identifiers: [{ scheme: 'CN_USCC', value: '91350100M000100Y44' }] }, [['identifiers.0.value', msg.cnUsccChecksum]]],
    [{ addresses: [{ address: '', country: '' }] }, [['addresses.0.address', msg.required]]],
    [{ addresses: [{ address: '', country: 'XX' }] }, [['addresses.0.country', msg.country]]],
  ])('rejects %j', (patch, expected) => expect(issues({ ...base, ...patch })).toEqual(expected));

  it('knows a subject by its country alone when the list gives no street address', () => {
    const parsed = riskEntrySchema.parse({ ...base, addresses: [{ address: ' ', country: 'vn' }] });
    expect(parsed.addresses).toEqual([{ address: '', country: 'VN' }]);
  });
});

describe('risk list', () => {
  it('links a new version to the one it replaces', () => {
    const next = { ...sampleRecords.riskLists, id: sampleId(42), edition: '2026/2', previousListId: sampleRecords.riskLists.id };
    expect(riskListSchema.safeParse(next).success).toBe(true);
  });
  it('knows where a list came from', () => {
    expect(riskListSchema.safeParse({ ...sampleRecords.riskLists, source: 'leaked' }).error?.issues[0]?.message).toBe(msg.choice);
  });
});
