import type { AttacheDb, FormDraft } from '../db';

/** The record part of a draft's key for a record not saved yet (one new-record draft per form). */
export const newRecord = 'new';

/** A draft's key: `<form>/<record>`, e.g. `case/new`, `case/0190f0aa-…`. */
export function draftKey(form: string, record: string): string {
  return `${form}/${record}`;
}

/** The draft kept for one form and record, or null. */
export async function loadFormDraft(db: AttacheDb, form: string, record: string): Promise<FormDraft | null> {
  return (await db.formDrafts.get(draftKey(form, record))) ?? null;
}
