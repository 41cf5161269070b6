import type { RiskList } from '../../../../shared/domain';
import { commitChanges, type AttacheDb, type CommitContext } from '../../../db';

/** A list version ready to store: the list record and its entries' pack (`shared/riskLists/riskListPack.ts`). */
export interface RiskListVersion {
  list: Omit<RiskList, 'createdAt' | 'updatedAt'>;
  pack: { sha256: string; bytes: Uint8Array<ArrayBuffer> };
}

/** Raised when the officer cancelled before the version was written: nothing was. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
}

/**
 * Stores a new list version whole or not at all: ONE transaction writes the pack's bytes (sealed
 * at rest like every attached file), queues their upload and commits the list record (synced,
 * audited). A version's entries are never rows: a list is replaced, not edited, so its entries
 * live in the one immutable pack, which stores and travels as one blob (measured in
 * bench/riskListBench.ts against 100k rows). A cancelled or failed import leaves nothing, here or
 * elsewhere: other devices learn of the list from its record, which the sync pushes only after
 * the pack is uploaded (`uploadBlobs` runs before the outbox), and they show it once they hold
 * the whole pack.
 */
export async function saveRiskListVersion(db: AttacheDb, version: RiskListVersion, ctx: CommitContext): Promise<void> {
  const { sha256, bytes } = version.pack;
  const queuedAt = (ctx.now?.() ?? new Date()).toISOString();
  await db.transaction('rw', db.tables, async () => {
    await db.blobs.put({ sha256, size: bytes.length, bytes });
    await db.blobUploads.put({ sha256, queuedAt });
    await commitChanges(db, [{ table: 'riskLists', id: version.list.id, op: 'put', fields: version.list }], ctx);
  });
}
