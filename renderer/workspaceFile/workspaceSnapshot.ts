import { z } from 'zod';
import { syncedTables, type SyncedTable } from '../../shared/domain';
import type { RowClocks, StoredRow } from '../../shared/sync';
import type { ChangeLogEntry, HsCodeRow, OutboxEntry, ViewLogEntry } from '../db/types';

export type SnapshotRow = StoredRow<Record<string, unknown> & { id: string }>;

/**
 * Where a workspace file's records come from: the enrolled workspace (its id and name; never the
 * server address or the device token) or `local` for a device that never connected.
 */
export interface WorkspaceOrigin {
  workspaceId: string;
  workspaceName: string | null;
}

/**
 * Everything a workspace file carries, as a device holds it: every synced table's rows
 * (tombstones included) with their per-field clocks, the changes not yet sent (the outbox, so a
 * device that imports them can send them once it connects to the same workspace), the audit
 * trail (changes and openings), the imported HS nomenclature, and the attached files' bytes
 * (listed here, carried beside: `snapshotPayload.ts`). Not carried: the enrollment (server,
 * token, device id), the sync cursor, form drafts and the search index.
 */
export interface WorkspaceSnapshot {
  /** The database version that wrote it (`latestSchemaVersion`): a newer one is refused. */
  schemaVersion: number;
  exportedAt: string;
  origin: WorkspaceOrigin;
  rows: Partial<Record<SyncedTable, SnapshotRow[]>>;
  /** Each row's per-field clocks, beside the rows (as the database kept them before version 9, so files read both ways). */
  clocks: RowClocks[];
  outbox: OutboxEntry[];
  changeLog: ChangeLogEntry[];
  viewLog: ViewLogEntry[];
  hsCodes: HsCodeRow[];
  /** The files whose bytes follow the records, in order. */
  blobs: { sha256: string; size: number }[];
  /** Files the server had not received yet from the exporting device. */
  blobUploads: string[];
}

/** A file with these bytes attached, by hash. */
export interface SnapshotBlob {
  sha256: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const row = z.looseObject({ id: z.string().min(1), version: z.number().int().min(0), deleted: z.union([z.literal(0), z.literal(1)]) });
const anyObject = z.looseObject({});

/**
 * The shape a snapshot must have before anything is written: the envelope already proved who
 * wrote it, so this guards against a bug or a hand-edited file, not an attacker; each record's own
 * schema was checked on the device that wrote it.
 */
export const workspaceSnapshotSchema = z.object({
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  origin: z.object({ workspaceId: z.string().min(1), workspaceName: z.string().nullable() }),
  rows: z.partialRecord(z.enum(syncedTables), z.array(row)),
  clocks: z.array(z.looseObject({ table: z.enum(syncedTables), id: z.string(), fields: z.record(z.string(), z.object({ v: z.number(), hlc: z.string() })) })),
  outbox: z.array(z.looseObject({ mutationId: z.number().int().min(1), table: z.enum(syncedTables), id: z.string(), op: z.enum(['put', 'delete']), hlc: z.string(), createdAt: z.string() })),
  changeLog: z.array(anyObject),
  viewLog: z.array(z.looseObject({ id: z.string() })),
  hsCodes: z.array(z.looseObject({ code: z.string() })),
  blobs: z.array(z.object({ sha256: hash, size: z.number().int().min(0) })),
  blobUploads: z.array(hash),
});
