import type { RiskEntry, RiskList } from '../../../../shared/domain';
import type { ReadAttachmentBytes } from '../../../attachments';
import type { AttacheDb } from '../../../db';
import { startRiskListWorker } from '../import/riskListWorkerClient';

/** Why a version's entries cannot be shown: not on this device and not obtainable (yet). */
export class EntriesUnavailableError extends Error {
  override name = 'EntriesUnavailableError';
}

/**
 * Entries by list id. A version is immutable, so once read its entries never change: the screens
 * and the screening share one read per version per page (the page, and this cache, end at lock).
 */
const cache = new Map<string, Promise<RiskEntry[]>>();

async function readPack(db: AttacheDb, list: RiskList, readBytes: ReadAttachmentBytes): Promise<RiskEntry[]> {
  const bytes = await readBytes(db, list.entriesSha256);
  if (!bytes) throw new EntriesUnavailableError(`The entries of "${list.name}" are not on this device and there is no server to fetch them from.`);
  const worker = startRiskListWorker();
  try {
    return await worker.unpack(bytes, list.id, list.entryCount);
  } finally {
    worker.cancel();
  }
}

/**
 * The entries of a list version: unpacked (in a worker, checked) from its pack, fetched from the
 * sync server when this device does not hold it yet; or, for a list whose entries were synced
 * as rows, those rows. Rejects when they cannot be had; a later call tries again.
 */
export function readListEntries(db: AttacheDb, list: RiskList, readBytes: ReadAttachmentBytes): Promise<RiskEntry[]> {
  const held = cache.get(list.id);
  if (held) return held;
  const reading =
    list.entriesSha256 === ''
      ? db.riskEntries.where('listId').equals(list.id).filter((e) => e.deleted === 0).toArray()
      : readPack(db, list, readBytes);
  cache.set(list.id, reading);
  reading.catch(() => cache.delete(list.id));
  return reading;
}
