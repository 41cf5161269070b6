import { describe, expect, it } from 'vitest';
import { readContactsCsv } from './readContactsCsv';
import { sampleDrafts } from './sampleContacts';
import { writeContactsCsv } from './writeContactsCsv';

describe('contacts CSV', () => {
  it('writes a BOM, the documented header and reads back the same contacts', () => {
    const text = writeContactsCsv(sampleDrafts);
    expect(text.startsWith('\ufefffamily_name,given_name,name_order,title,')).toBe(true);
    expect(text).toContain(',family_first,');
    expect(readContactsCsv(text)).toEqual({ contacts: sampleDrafts, errors: [] });
  });

  it('reads semicolon (vi-VN Excel) and tab files, columns in any order and any left out', () => {
    const semicolon = 'Email;Given_Name;family_name;topics;side;name_order\r\nA@B.VN;Văn Cẩn;Nguyễn;origin | AEO ;Own;Family First\r\n';
    expect(readContactsCsv(semicolon)).toEqual({
      contacts: [expect.objectContaining({ familyName: 'Nguyễn', givenName: 'Văn Cẩn', nameOrder: 'familyFirst', email: 'a@b.vn', topics: ['origin', 'AEO'], side: 'own' })],
      errors: [],
    });
    // With both names, the order cannot be guessed: "Nguyễn Văn Cẩn" and "John Smith" need opposite ones.
    expect(readContactsCsv('family_name;given_name\nNguyễn;Văn Cẩn').errors).toMatchObject([{ row: 2, column: 'name_order', value: '' }]);
    const tab = 'given_name\tname_order\tnotes\nSukarno\t\t"a, b; c\nd"\n';
    expect(readContactsCsv(tab).contacts).toEqual([expect.objectContaining({ givenName: 'Sukarno', nameOrder: 'givenFirst', side: null, notes: 'a, b; c\nd' })]);
  });

  it('reports bad rows with their spreadsheet row and column, and reads the rest', () => {
    const text = [
      'family_name,given_name,name_order,country,email,fax',
      'Smith,Jane,given_first,US,jane@cbp.gov,1',
      'Doe,John,given_first,USA,john@,2',
      '',
      ',,,,,',
      'Lê,Minh,family_first,VN,le@customs.gov.vn,3,extra',
      'Trần,Bình,family_first,vn,tb@customs.gov.vn,',
    ].join('\n');
    const { contacts, errors } = readContactsCsv(text);
    expect(contacts.map((c) => `${c.familyName} ${c.country}`)).toEqual(['Smith US', 'Trần VN']);
    expect(errors.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 1, column: 'fax', value: 'fax' },
      { row: 3, column: 'country', value: 'USA' },
      { row: 3, column: 'email', value: 'john@' },
      { row: 6, column: null, value: 'extra' },
    ]);
    expect(errors[0]?.message).toContain('Unknown column "fax"');
  });

  it('says a file without header has none', () => {
    expect(readContactsCsv('').errors).toMatchObject([{ row: 1, column: null }]);
  });
});
