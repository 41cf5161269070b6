import type { z } from 'zod';
import { enumField, idSchema, labelList, longText, optionalText, recordObject } from './fields';
import { meetingSides } from './meeting';
import { msg } from './messageKeys';
import { formatPersonName, nameOrders } from './personName';
import { optionalEmailSchema, optionalPhoneSchema, optionalTimeZoneSchema } from './validators/contactFormats';
import { optionalCountryCodeSchema } from './validators/country';


/**
 * A focal point or other official contact. Family and given names are kept apart so letters can
 * address "Mr Cẩn" or "Ms Smith" correctly; at least one of them is required.
 */
export const contactFieldsSchema = recordObject({
  id: idSchema,
  familyName: optionalText(100),
  givenName: optionalText(100),
  nameOrder: enumField(nameOrders),
  /** Job title, e.g. "Deputy Director General". */
  title: optionalText(200),
  organisation: optionalText(300),
  unit: optionalText(300),
  country: optionalCountryCodeSchema,
  side: enumField(meetingSides),
  /** Topics this person is the focal point for, e.g. "origin verification", "FECDEP". */
  topics: labelList(100),
  email: optionalEmailSchema,
  phone: optionalPhoneSchema,
  mobile: optionalPhoneSchema,
  timeZone: optionalTimeZoneSchema,
  notes: longText(20_000),
});
export const contactSchema = contactFieldsSchema.superRefine((c, ctx) => {
  if (c.familyName === '' && c.givenName === '') {
    ctx.addIssue({ code: 'custom', path: ['familyName'], message: msg.required });
  }
});
export type Contact = z.infer<typeof contactFieldsSchema>;

/** Full name in the person's own order: "Nguyễn Văn Cẩn", "John Smith". */
export function formatContactName(c: Pick<Contact, 'familyName' | 'givenName' | 'nameOrder'>): string {
  return formatPersonName(c);
}
