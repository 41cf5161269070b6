import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment } from '../../shared/domain';
import type { StoredRow } from '../../shared/sync';
import { toRecord, type AttacheDb } from '../db';

/** The record of a stored row, without the sync metadata (version, clocks, tombstone). */
const toAttachment = (row: StoredRow<Attachment>): Attachment => toRecord(row);

/** A case's attachments (removed ones left out), in the order they were attached; undefined while loading. */
export function useCaseAttachments(db: AttacheDb, caseId: string): Attachment[] | undefined {
  return useLiveQuery(
    async () => (await db.attachments.where('caseId').equals(caseId).toArray()).filter((a) => a.deleted === 0).map(toAttachment),
    [db, caseId],
  );
}
