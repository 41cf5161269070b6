import type { AttacheDb } from '../../db';
import { readHeader, withHeader } from './headedBytes';
import { searchSnapshotFormat } from './SearchIndex';
import { searchTables, type SearchTable } from './searchTypes';

/**
 * The saved search index of a workspace: the worker's index as bytes, and what it was built
 * from. Sealed with the workspace key by WebCrypto and kept in the workspace database
 * (`searchSnapshots`), so at unlock the index is loaded and caught up, not rebuilt from every
 * record (decrypting 50k records alone takes seconds).
 *
 * `stamps`: per table, the write stamp (renderer/db/recordSealing.ts `stampProperty`) up to which
 * every write is in the index; rows stamped above it are read again at load. `tombstones`: the ids
 * of deleted rows per table, so that the table's row count tells whether a row was removed outright
 * (a rejected create: renderer/features/sync/applyPage.ts `dropUnknownRecords`), which leaves no
 * stamp: count ≠ documents + tombstones → that table is read whole.
 */
export interface SearchSnapshot {
  stamps: Record<SearchTable, number>;
  tombstones: Record<SearchTable, string[]>;
  index: Uint8Array;
}

/** The saved snapshot's header; the index's bytes follow it. */
type SnapshotMeta = Omit<SearchSnapshot, 'index'> & { format: number };

const store = 'searchSnapshots';
const snapshotId = 'current';

/** Saves `snapshot`, sealed, in place of the previous one. */
export async function saveSearchSnapshot(db: AttacheDb, snapshot: SearchSnapshot): Promise<void> {
  const meta: SnapshotMeta = { format: searchSnapshotFormat, stamps: snapshot.stamps, tombstones: snapshot.tombstones };
  await db.putSealedAside(store, snapshotId, withHeader(meta, snapshot.index));
}

/**
 * The saved snapshot, or null when there is none or it cannot be used: sealed with another key,
 * altered, or of another format (the caller then builds the index from the records, and its next
 * save replaces the bad one). Never throws for a bad snapshot: a search index is rebuilt, not lost.
 */
export async function loadSearchSnapshot(db: AttacheDb): Promise<SearchSnapshot | null> {
  let bytes: Uint8Array | null;
  try {
    bytes = await db.getSealedAside(store, snapshotId);
  } catch (error) {
    console.warn('The saved search index does not open; building it from the records', error);
    return null;
  }
  if (!bytes) return null;
  const { header: meta, body: index } = readHeader<SnapshotMeta>(bytes);
  if (meta.format !== searchSnapshotFormat) return null;
  const tables = Object.values(searchTables);
  if (!tables.every((t) => typeof meta.stamps[t] === 'number' && Array.isArray(meta.tombstones[t]))) return null;
  return { stamps: meta.stamps, tombstones: meta.tombstones, index };
}
