import { describe, expect, it } from 'vitest';
import { parseRiskListCsv } from './parseRiskListCsv';

// The OpenSanctions "simple CSV" (targets.simple.csv) header and three realistic rows.
const header = 'id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change';
const sample = [
  header,
  'NK-abc123,Company,Shenzhen Ruida Trading Co. Ltd.,深圳瑞达贸易有限公司;Ruida Trading,,cn,"Room 5, Futian, Shenzhen",5493001KJTIIGC8Y1R12;REG-778899,"US OFAC SDN - Iran; UK HMT",,,,us_ofac_sdn,2024-03-01T10:00:00,2026-11-30T10:00:00,2025-06-01T10:00:00',
  'Q12345,Person,Nguyễn Văn A,Nguyen Van A,1970-01-01,suhh;vn,,,EU FSF,,,,eu_fsf,2023-01-01T00:00:00,2026-11-30T00:00:00,2024-01-01T00:00:00',
  'NK-ship1,Vessel,MSM DON,,,kp,,IMO9144213,UN SC,,,,un_sc_sanctions,2022-01-01T00:00:00,2026-11-30T00:00:00,2022-01-01T00:00:00',
  'NK-org2,Organization,Korea Mining Development Trading Corporation,KOMID,,kp,,,UN SC,,,,un_sc_sanctions,2022-01-01T00:00:00,2026-11-30T00:00:00,2022-01-01T00:00:00',
  'NK-abc123,LegalEntity,Duplicate of the first,,,,,,,,,,x,2024-01-01T00:00:00,2026-01-01T00:00:00,2024-01-01T00:00:00',
].join('\n');

describe('OpenSanctions simple CSV', () => {
  const { entries, errors } = parseRiskListCsv(sample);

  it('is recognised by its header, and reads companies, organisations and persons', () => {
    expect(entries.map((e) => [e.sourceRef, e.subjectType])).toEqual([
      ['NK-abc123', 'company'],
      ['Q12345', 'person'],
      ['NK-org2', 'company'],
    ]);
  });

  it('skips vessels without an error, and reports a repeated id on its row', () => {
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([[6, 'id', 'NK-abc123']]);
    expect(errors[0]?.message).toMatch(/row 2/);
  });

  it('maps names, aliases, identifiers, country and sanctions, as a public sanctions entry', () => {
    expect(entries[0]).toMatchObject({
      primaryName: 'Shenzhen Ruida Trading Co. Ltd.',
      aliases: [
        { name: '深圳瑞达贸易有限公司', nameLatin: '' },
        { name: 'Ruida Trading', nameLatin: '' },
      ],
      identifiers: [
        { scheme: 'LEI', value: '5493001KJTIIGC8Y1R12' },
        { scheme: 'OTHER', value: 'REG-778899' },
      ],
      addresses: [{ address: 'Room 5, Futian, Shenzhen', country: 'CN' }],
      reason: 'US OFAC SDN - Iran; UK HMT',
      riskCategories: ['sanctions'],
      riskLevel: null,
      status: 'active',
      handlingCode: 'shareable',
    });
  });

  it('passes over a former state and keeps the first real country, without an address', () => {
    expect(entries[1]).toMatchObject({ primaryName: 'Nguyễn Văn A', aliases: [{ name: 'Nguyen Van A', nameLatin: '' }], addresses: [{ address: '', country: 'VN' }] });
  });

  it('reports a row the schema refuses on the OpenSanctions column', () => {
    const { errors: bad } = parseRiskListCsv(`${header}\nX1,Company,,,,,,,,,,,d,,,\n`);
    expect(bad.map((e) => [e.row, e.column])).toEqual([[2, 'name']]);
  });
});
