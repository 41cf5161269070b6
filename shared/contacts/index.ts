/**
 * Public entry of the contacts exchange: pure functions between the focal-point directory and the
 * files attachés trade with other administrations and colleagues, vCard (Outlook, Apple Contacts,
 * Google, Android) and CSV (Excel in any locale). Readers return checked drafts and errors, never throw.
 */
export { toContact, type ContactDraft } from './contactDraft';
export { contactCsvColumns, type ContactCsvColumn } from './contactCsvColumns';
export { readContactsCsv } from './readContactsCsv';
export { readContactsVCard, type VCardError } from './readContactsVCard';
export { writeContactsCsv } from './writeContactsCsv';
export { writeContactsVCard } from './writeContactsVCard';
