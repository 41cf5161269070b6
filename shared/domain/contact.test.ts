import { describe, expect, it } from 'vitest';
import { contactSchema, formatContactName } from './contact';
import { msg } from './messageKeys';
import { sampleRecords } from './sampleRecords';

const base = sampleRecords.contacts;

describe('contact (focal point)', () => {
  it('writes names in the person’s own order', () => {
    expect(formatContactName(base)).toBe('Nguyễn Văn Cẩn');
    expect(formatContactName({ familyName: 'Smith', givenName: 'Jane', nameOrder: 'givenFirst' })).toBe('Jane Smith');
    expect(formatContactName({ familyName: '', givenName: 'Sukarno', nameOrder: 'givenFirst' })).toBe('Sukarno');
  });

  it('needs at least one name part', () => {
    expect(contactSchema.safeParse({ ...base, familyName: '', givenName: ' ' }).error?.issues).toMatchObject([
      { path: ['familyName'], message: msg.required },
    ]);
  });

  it('stores names NFC even when typed decomposed', () => {
    const parsed = contactSchema.parse({ ...base, familyName: 'Nguyễn'.normalize('NFD') });
    expect(parsed.familyName).toBe('Nguyễn');
  });

  it.each([
    ['email', 'not-an-email', msg.emailFormat],
    ['phone', 'ext. twelve', msg.phoneFormat],
    ['timeZone', 'Asia/Saigon City', msg.timeZone],
    ['country', 'VNM', msg.country],
    ['nameOrder', 'lastFirst', msg.choice],
  ])('rejects %s = %j', (field, value, key) => {
    expect(contactSchema.safeParse({ ...base, [field]: value }).error?.issues).toMatchObject([{ path: [field], message: key }]);
  });
});
