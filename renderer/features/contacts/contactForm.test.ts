import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../shared/domain';
import { contactChange, contactFormSchema, contactToFormValues, emptyContactFormValues, formValuesToContact, splitTopics } from './contactForm';

const id = '01890000-0000-7000-8000-000000000001';
const issuesOf = (values: object) => {
  const result = contactFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the contact form', () => {
  it('asks for a family or a given name, on the family name', () => {
    expect(issuesOf(emptyContactFormValues())).toEqual(['familyName: validation.required']);
    expect(issuesOf({ ...emptyContactFormValues(), givenName: 'Sukarno' })).toEqual([]);
  });

  it('says which field is wrong with the shared messages', () => {
    const values = { ...emptyContactFormValues(), familyName: 'Lê', email: 'le@', phone: 'abc', timeZone: 'Mars/Base', country: 'XX', topicsText: `AEO, ${'x'.repeat(101)}` };
    expect(issuesOf(values)).toEqual([
      'country: validation.country.unknown',
      'email: validation.email.format',
      'phone: validation.phone.format',
      'timeZone: validation.timeZone.unknown',
      'topicsText: validation.text.tooLong',
    ]);
  });

  it('turns its values into a record the shared schema accepts, and back', () => {
    const values = { ...emptyContactFormValues(), familyName: ' Nguyễn ', givenName: 'Văn Cẩn', topicsText: 'origin; AEO,\n origin ', email: 'A@B.VN', country: 'VN' };
    const contact = formValuesToContact(contactFormSchema.parse(values), id);
    expect(contact).toMatchObject({ id, familyName: 'Nguyễn', topics: ['origin', 'AEO'], email: 'a@b.vn' });
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(contactToFormValues(contact).topicsText).toBe('origin, AEO');
  });

  it('splits topics on commas, semicolons and lines, without empties or repeats', () => {
    expect(splitTopics(' a, b;;c\n a ')).toEqual(['a', 'b', 'c']);
  });

  it('saves a new contact whole and an edit as only its changed fields', () => {
    const contact = formValuesToContact(contactFormSchema.parse({ ...emptyContactFormValues(), familyName: 'Lê' }), id);
    expect(contactChange(null, contact)).toMatchObject({ table: 'contacts', id, op: 'put', fields: { familyName: 'Lê', side: 'counterpart' } });
    expect(contactChange(contact, contact)).toBeNull();
    expect(contactChange(contact, { ...contact, title: 'Director', topics: ['AEO'] })).toEqual({
      table: 'contacts', id, op: 'put', fields: { title: 'Director', topics: ['AEO'] },
    });
  });
});
