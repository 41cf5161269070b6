import type { Attachment, Case, Note } from '../../../shared/domain';
import type { AttacheDb } from '../../db';
import { caseChildTables, type CaseBundle } from './caseForm';
import { loadCaseBundle, toRecord } from './useCaseBundle';

/** Names the file's kind and layout, so a reader (or a later version of Attaché) knows what it holds. */
export const caseExportFormat = 'attache.case-export';
export const caseExportFormatVersion = 1;

/** Another case, as a link names it. */
export interface CaseLinkRef {
  id: string;
  reference: string;
  title: string;
}

/** An attached file as the export lists it: what it is and its SHA-256, never its bytes. */
export type ExportedAttachment = Pick<Attachment, 'id' | 'fileName' | 'mediaType' | 'size' | 'sha256' | 'description'>;

/**
 * A case exported whole: the record and every child record as stored (domain fields, no sync
 * metadata), the cases it links to and those linking to it, and its attachments listed.
 */
export interface CaseExport extends Omit<CaseBundle, 'case'> {
  format: typeof caseExportFormat;
  formatVersion: typeof caseExportFormatVersion;
  exportedAt: string;
  exportedBy: string;
  case: Case;
  notes: Note[];
  links: { linksTo: CaseLinkRef[]; linkedFrom: CaseLinkRef[] };
  attachments: ExportedAttachment[];
}

type LiveRow<T> = T & { deleted: number };

/**
 * Reads everything the export holds in one read transaction, so it is one consistent picture of
 * the case; `null` when the case is missing or deleted. Linked cases no longer on this device are
 * listed by id alone (`reference` and `title` empty) rather than dropped.
 */
export async function loadCaseExport(db: AttacheDb, caseId: string, by: { exportedBy: string; now: Date }): Promise<CaseExport | null> {
  // Only the stores it reads: a read transaction over every table (the search snapshot, the
  // drafts, the audit trail) is wider than the picture needs and holds them all while it runs.
  const stores = [db.cases, db.notes, db.attachments, ...caseChildTables.map((t) => db.table(t))];
  return db.transaction('r', stores, async () => {
    const bundle = await loadCaseBundle(db, caseId);
    if (!bundle) return null;
    const [notes, attachments, cases] = await Promise.all([
      db.notes.where('caseId').equals(caseId).toArray() as Promise<LiveRow<Note>[]>,
      db.attachments.where('caseId').equals(caseId).toArray() as Promise<LiveRow<Attachment>[]>,
      // Titles are sealed, so "linked from" is found in memory: an export is a rare, deliberate act.
      db.cases.toArray() as Promise<LiveRow<Case>[]>,
    ]);
    const live = <T>(rows: LiveRow<T>[]): T[] => rows.filter((r) => r.deleted === 0).map((r) => toRecord(r) as T);
    const liveCases = new Map(live(cases).map((c) => [c.id, c]));
    const ref = (id: string): CaseLinkRef => {
      const c = liveCases.get(id);
      return { id, reference: c?.reference ?? '', title: c?.title ?? '' };
    };
    const linkedFrom = [...liveCases.values()].filter((c) => c.id !== caseId && c.linkedCaseIds.includes(caseId));
    return {
      format: caseExportFormat,
      formatVersion: caseExportFormatVersion,
      exportedAt: by.now.toISOString(),
      exportedBy: by.exportedBy,
      ...bundle,
      notes: live(notes).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
      links: {
        linksTo: bundle.case.linkedCaseIds.map(ref),
        linkedFrom: linkedFrom.map((c) => ref(c.id)).sort((a, b) => a.reference.localeCompare(b.reference)),
      },
      attachments: live(attachments)
        .map(({ id, fileName, mediaType, size, sha256, description }) => ({ id, fileName, mediaType, size, sha256, description }))
        .sort((a, b) => a.fileName.localeCompare(b.fileName)),
    };
  });
}

/** The file's name: the case's reference (`2026-K7QX-0042.json`), safe in any file system. */
export function caseExportFileName(reference: string): string {
  return `${reference.replace(/[^A-Za-z0-9-]/g, '_') || 'case'}.json`;
}

/** The export as a JSON document, indented so it also reads as text. */
export function caseExportJson(data: CaseExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
