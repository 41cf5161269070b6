import { contactSchema, type Contact } from '../domain/contact';
import type { MeetingSide } from '../domain/meeting';

/**
 * A contact as read from a vCard or CSV file, before the import gives it an id (contacts carry no
 * other stored-only field). `side` is null when the file does not say: other administrations'
 * exports never do, so the import dialog's choice applies (`toContact`). Every draft the readers
 * return has passed `contactSchema`: text trimmed and NFC, email lower-cased, country upper-cased.
 */
export type ContactDraft = Omit<Contact, 'id' | 'side'> & { side: MeetingSide | null };

/** The record the import stores for a draft: its id, and the dialog's side where the file gave none. */
export function toContact(draft: ContactDraft, given: { id: string; defaultSide: MeetingSide }): Contact {
  return { ...draft, id: given.id, side: draft.side ?? given.defaultSide };
}

/** What a file may leave out, as the schema stores it: `''` and `[]`. */
export function blankContactDraft(): ContactDraft {
  return {
    familyName: '',
    givenName: '',
    nameOrder: 'givenFirst',
    title: '',
    organisation: '',
    unit: '',
    country: '',
    side: null,
    topics: [],
    email: '',
    phone: '',
    mobile: '',
    timeZone: '',
    notes: '',
  };
}

/** One schema issue: the contact field it is about (`topics`), and its message, a `validation.*` key. */
export interface ContactIssue {
  field: keyof ContactDraft;
  index: number | null;
  message: string;
}

// Stand-ins for what the import assigns later, so the one contact schema can check everything else.
const placeholderId = '01890000-0000-7000-8000-000000000000';

/** Checks a draft with `contactSchema`; returns the normalised draft, or the issues. */
export function checkContactDraft(input: ContactDraft): { draft: ContactDraft | null; issues: ContactIssue[] } {
  const result = contactSchema.safeParse({ ...input, id: placeholderId, side: input.side ?? 'own' });
  if (result.success) {
    const { id: _id, ...rest } = result.data;
    return { draft: { ...rest, side: input.side === null ? null : rest.side }, issues: [] };
  }
  const issues = result.error.issues.map((i) => ({
    field: i.path[0] as keyof ContactDraft,
    index: typeof i.path[1] === 'number' ? i.path[1] : null,
    message: i.message,
  }));
  return { draft: null, issues };
}
