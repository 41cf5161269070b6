import { describe, expect, it } from 'vitest';
import { writeContactsCsv, writeContactsVCard } from '../../../shared/contacts';
import { contactSchema, type Contact } from '../../../shared/domain';
import { contactFileKind, contactsFileName, contactsToImport, countWithoutSide, readContactsFile } from './contactExchange';

const can: Contact = {
  id: '01890000-0000-7000-8000-000000000001',
  familyName: 'Nguyễn',
  givenName: 'Văn Cẩn',
  nameOrder: 'familyFirst',
  title: 'Phó Cục trưởng',
  organisation: 'Tổng cục Hải quan',
  unit: '',
  country: 'VN',
  side: 'own',
  topics: ['xác minh xuất xứ', 'AEO'],
  email: 'can@customs.gov.vn',
  phone: '+84 24 1234 5678',
  mobile: '',
  timeZone: 'Asia/Ho_Chi_Minh',
  notes: '',
};

describe('the contacts exchange', () => {
  it('tells vCard from CSV by extension, else by the first line', () => {
    expect(contactFileKind('a.VCF', '')).toBe('vcard');
    expect(contactFileKind('a.csv', 'BEGIN:VCARD')).toBe('csv');
    expect(contactFileKind('export', '\ufeffBEGIN:VCARD\r\n')).toBe('vcard');
    expect(contactFileKind('export', 'family_name,given_name')).toBe('csv');
  });

  it('reads back what it exports, in both formats', () => {
    const { id: _id, ...draft } = can;
    expect(readContactsFile('x.vcf', writeContactsVCard([can]))).toEqual({ kind: 'vcard', contacts: [draft], problems: [] });
    expect(readContactsFile('x.csv', writeContactsCsv([can]))).toEqual({ kind: 'csv', contacts: [draft], problems: [] });
  });

  it('lists each problem with its card or row, field and value, and keeps the good contacts', () => {
    const csv = 'family_name,given_name,name_order,email\nLê,Minh,family_first,le@\nTrần,Bình,family_first,tb@customs.gov.vn\n';
    const read = readContactsFile('x.csv', csv);
    expect(read.contacts.map((c) => c.familyName)).toEqual(['Trần']);
    expect(read.problems).toMatchObject([{ place: 2, field: 'email', value: 'le@' }]);
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Jane;;;\r\nEMAIL:jane@\r\nEND:VCARD\r\n';
    expect(readContactsFile('x.vcf', vcard).problems).toMatchObject([{ place: 1, value: 'jane@' }]);
  });

  it('gives imported contacts new ids and the chosen side where the file says none', () => {
    const read = readContactsFile('x.csv', 'family_name,given_name,name_order,side\nLê,Minh,family_first,\nTrần,Bình,family_first,own\n');
    expect(countWithoutSide(read.contacts)).toBe(1);
    let n = 0;
    const ids = ['01890000-0000-7000-8000-0000000000a1', '01890000-0000-7000-8000-0000000000a2'];
    const stored = contactsToImport(read.contacts, 'counterpart', () => ids[n++]!);
    expect(stored.map((c) => [c.id, c.side])).toEqual([[ids[0], 'counterpart'], [ids[1], 'own']]);
    expect(stored.every((c) => contactSchema.safeParse(c).success)).toBe(true);
  });

  it('dates export file names', () => {
    expect(contactsFileName('vcard', new Date(2026, 0, 5))).toBe('contacts-2026-01-05.vcf');
    expect(contactsFileName('csv', new Date(2026, 11, 31))).toBe('contacts-2026-12-31.csv');
  });
});
