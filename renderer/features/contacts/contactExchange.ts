import { readContactsCsv, readContactsVCard, toContact, type ContactDraft } from '../../../shared/contacts';
import type { Contact, MeetingSide } from '../../../shared/domain';

export type ContactFileKind = 'vcard' | 'csv';

/** One problem of an imported file: the card (vCard, from 1) or spreadsheet row (CSV, header = 1) it is in. */
export interface ContactFileProblem {
  place: number;
  field: string | null;
  value: string;
  message: string;
}

export interface ReadContactsFile {
  kind: ContactFileKind;
  contacts: ContactDraft[];
  problems: ContactFileProblem[];
}

/** vCard by its extension (`.vcf`, `.vcard`) or, whatever the name, a `BEGIN:VCARD` first line; CSV otherwise. */
export function contactFileKind(fileName: string, text: string): ContactFileKind {
  if (/\.(vcf|vcard)$/i.test(fileName)) return 'vcard';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return /^\ufeff?\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv';
}

/** Reads a chosen file with the shared readers: the contacts that passed, and every problem found. */
export function readContactsFile(fileName: string, text: string): ReadContactsFile {
  const kind = contactFileKind(fileName, text);
  if (kind === 'vcard') {
    const { contacts, errors } = readContactsVCard(text);
    return { kind, contacts, problems: errors.map((e) => ({ place: e.card, field: e.field, value: e.value, message: e.message })) };
  }
  const { contacts, errors } = readContactsCsv(text);
  return { kind, contacts, problems: errors.map((e) => ({ place: e.row, field: e.column, value: e.value, message: e.message })) };
}

/** How many read contacts the file left without a side (the import dialog's choice applies to them). */
export function countWithoutSide(drafts: readonly ContactDraft[]): number {
  return drafts.filter((d) => d.side === null).length;
}

/** The records an import stores: a new id each, and `defaultSide` where the file said none. */
export function contactsToImport(drafts: readonly ContactDraft[], defaultSide: MeetingSide, newId: () => string): Contact[] {
  return drafts.map((d) => toContact(d, { id: newId(), defaultSide }));
}

/** `contacts-2026-01-05.vcf` / `.csv`: dated so successive exports do not overwrite each other. */
export function contactsFileName(kind: ContactFileKind, today: Date): string {
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `contacts-${day}.${kind === 'vcard' ? 'vcf' : 'csv'}`;
}
