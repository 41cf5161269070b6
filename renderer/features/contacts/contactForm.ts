// The contact form's values and their mapping to the record: topics are typed as one
// comma-separated text; every other field is the shared schema's own.
import { z } from 'zod';
import { contactFieldsSchema, msg, type Contact } from '../../../shared/domain';
import type { Change } from '../../db';

const { id: _id, topics, ...fields } = contactFieldsSchema.shape;

/** Splits the topics box on commas, semicolons and new lines, trimmed, without empties or repeats. */
export function splitTopics(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== ''))];
}

/** The form's schema: the record's fields, topics as text, and "a family or given name" on the family name. */
export const contactFormSchema = z
  .object({
    ...fields,
    topicsText: z.string().superRefine((text, ctx) => {
      const result = topics.safeParse(splitTopics(text));
      if (!result.success) ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? msg.required });
    }),
  })
  .superRefine((v, ctx) => {
    if (v.familyName === '' && v.givenName === '') ctx.addIssue({ code: 'custom', path: ['familyName'], message: msg.required });
  });

export type ContactFormValues = z.input<typeof contactFormSchema>;
export type ContactFormOutput = z.output<typeof contactFormSchema>;

/** An empty form: a counterpart, Vietnamese name order unless the attaché says otherwise. */
export function emptyContactFormValues(): ContactFormValues {
  return {
    familyName: '',
    givenName: '',
    nameOrder: 'familyFirst',
    title: '',
    organisation: '',
    unit: '',
    country: '',
    side: 'counterpart',
    topicsText: '',
    email: '',
    phone: '',
    mobile: '',
    timeZone: '',
    notes: '',
  };
}

export function contactToFormValues(c: Contact): ContactFormValues {
  const { id: _ignored, topics: list, ...rest } = c;
  return { ...rest, topicsText: list.join(', ') };
}

export function formValuesToContact(values: ContactFormOutput, id: string): Contact {
  const { topicsText, ...rest } = values;
  return { ...rest, id, topics: splitTopics(topicsText) };
}

/**
 * The change that saves the form: a new contact whole; an edit only the fields the attaché
 * changed since the form opened (`before`), so an edit synced meanwhile to another field is kept.
 * Null when nothing changed.
 */
export function contactChange(before: Contact | null, after: Contact): Change | null {
  const { id, ...fields } = after;
  if (!before) return { table: 'contacts', id, op: 'put', fields };
  const changed = Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof Contact])),
  );
  return Object.keys(changed).length === 0 ? null : { table: 'contacts', id, op: 'put', fields: changed };
}

/** The change that stores a whole contact (a new one, an imported one). */
export function putContact(contact: Contact): Change {
  return contactChange(null, contact)!;
}
