import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/domain';
import { filterContacts, sortContacts } from './contactList';

let n = 0;
const contact = (over: Partial<Contact>): Contact => ({
  id: `01890000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  familyName: '',
  givenName: '',
  nameOrder: 'familyFirst',
  title: '',
  organisation: '',
  unit: '',
  country: '',
  side: 'counterpart',
  topics: [],
  email: '',
  phone: '',
  mobile: '',
  timeZone: '',
  notes: '',
  ...over,
});

const names = (cs: Contact[]) => cs.map((c) => `${c.familyName} ${c.givenName}`.trim());

describe('the directory order', () => {
  it('sorts by family then given name in Vietnamese order: Đ after D, Ư after U, marks after the plain letter', () => {
    const cs = [
      contact({ familyName: 'Đặng', givenName: 'Văn An' }),
      contact({ familyName: 'Dương', givenName: 'Thị Hoa' }),
      contact({ familyName: 'Ưng', givenName: 'Minh' }),
      contact({ familyName: 'Uông', givenName: 'Bình' }),
      contact({ familyName: 'Nguyễn', givenName: 'Văn Cẩn' }),
      contact({ familyName: 'Nguyễn', givenName: 'Anh' }),
      contact({ familyName: 'Smith', givenName: 'John', nameOrder: 'givenFirst' }),
    ];
    expect(names(sortContacts(cs))).toEqual(['Dương Thị Hoa', 'Đặng Văn An', 'Nguyễn Anh', 'Nguyễn Văn Cẩn', 'Smith John', 'Uông Bình', 'Ưng Minh']);
  });

  it('files a contact with only a given name under it, and keeps ties in id order', () => {
    const a = contact({ familyName: 'Lê', givenName: 'Hoa' });
    const b = contact({ givenName: 'Madonna', nameOrder: 'givenFirst' });
    const c = contact({ familyName: 'Lê', givenName: 'Hoa' });
    expect(sortContacts([c, b, a]).map((x) => x.id)).toEqual([a.id, c.id, b.id]);
  });
});

describe('the directory search', () => {
  const can = contact({ familyName: 'Nguyễn', givenName: 'Văn Cẩn', organisation: 'Tổng cục Hải quan', country: 'VN', topics: ['xác minh xuất xứ'] });
  const smith = contact({ familyName: 'Smith', givenName: 'Jane', nameOrder: 'givenFirst', organisation: 'U.S. Customs and Border Protection', country: 'US', topics: ['AD/CVD'] });
  const dang = contact({ familyName: 'Đặng', givenName: 'Thu', organisation: 'Cục Kiểm tra sau thông quan', country: 'VN' });
  const all = [can, smith, dang];

  it('finds a name typed with or without marks, in any case and either order', () => {
    expect(filterContacts(all, 'nguyen van can')).toEqual([can]);
    expect(filterContacts(all, 'NGUYỄN Cẩn')).toEqual([can]);
    expect(filterContacts(all, 'dang')).toEqual([dang]);
    expect(filterContacts(all, 'jane smith')).toEqual([smith]);
  });

  it('finds by organisation, country (code or name in either language) and topic', () => {
    expect(filterContacts(all, 'hai quan')).toEqual([can]);
    expect(filterContacts(all, 'border')).toEqual([smith]);
    expect(filterContacts(all, 'viet nam')).toEqual([can, dang]);
    expect(filterContacts(all, 'hoa ky')).toEqual([smith]);
    expect(filterContacts(all, 'united states')).toEqual([smith]);
    expect(filterContacts(all, 'xuat xu')).toEqual([can]);
    expect(filterContacts(all, 'ad/cvd')).toEqual([smith]);
  });

  it('needs every word, keeps all for an empty query, and finds nothing for a stranger', () => {
    expect(filterContacts(all, 'nguyen border')).toEqual([]);
    expect(filterContacts(all, '  ')).toEqual(all);
    expect(filterContacts(all, 'tanaka')).toEqual([]);
  });
});
