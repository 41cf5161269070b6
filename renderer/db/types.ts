import type { EntityTable } from 'dexie';
import type { RecordOf, RecordTable, SyncedTable } from '../../shared/domain';
import type { PushMutation, StoredRow } from '../../shared/sync';
import type { StoredClockGroup } from './rowClocks';

/**
 * A stored synced row: domain record + `version`/`deleted`, and its per-field clocks grouped
 * (`clocks`, renderer/db/rowClocks.ts; absent on a row that has none). Feature code reads records
 * through `toRecord`, which drops all three.
 */
export type LocalRow<T> = StoredRow<T> & { clocks?: StoredClockGroup[] };

/** A synced table, keyed by the record's UUIDv7 `id`. */
export type SyncedEntityTable<T extends SyncedTable> = EntityTable<LocalRow<RecordOf<T>>, 'id'>;

/** One synced record by table and id. */
export type SyncedRecordKey = [SyncedTable, string];

/**
 * A local change waiting to be pushed, exactly the push mutation sent on the wire plus when it was
 * made. `mutationId` counts up from 1 per device database without gaps; an entry leaves the outbox
 * only when a server answer covers it.
 */
export type OutboxEntry = PushMutation & { createdAt: string };

export type ChangeLogOp = 'create' | 'update' | 'delete';

/**
 * Audit of who changed what on this device: one entry per changed record, written in the same
 * transaction as the change. `changes` holds old and new values of the fields that changed
 * (`old` is null for a new record; empty for a delete, whose tombstone keeps the last values).
 */
export interface ChangeLogEntry {
  seq?: number;
  at: string;
  actor: string;
  deviceId: string;
  table: SyncedTable;
  recordId: string;
  op: ChangeLogOp;
  changes: Record<string, { old: unknown; new: unknown }>;
}

/**
 * Audit of who opened which record on this device (a case or request page), one entry per
 * opening, and of who exported one to a file (`action: 'export'`). `id` (UUIDv7) is also the
 * event's id on the server (`POST /v1/audit-events`), so a retried send never counts it twice.
 * `sent` is 0 until the server has answered for it, then 1 (numbers, because IndexedDB cannot
 * index booleans); `rejected` keeps the server's reason when it refused the event (`not_found`:
 * it does not hold that record).
 */
export interface ViewLogEntry {
  id: string;
  at: string;
  actor: string;
  deviceId: string;
  table: RecordTable;
  recordId: string;
  /** What was done with the record: absent for an opening, `export` when it was written to a file. */
  action?: 'export';
  sent: 0 | 1;
  rejected?: string;
}

/**
 * The bytes of an attached file, keyed by their SHA-256 (lower-case hex), as an attachment record
 * names them: one copy however many records attach the same file. Sealed at rest like every
 * record (renderer/db/recordSealing.ts seals the bytes as they are, without JSON).
 */
export interface StoredBlob {
  sha256: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A blob the server does not have yet: uploaded before the outbox is pushed, then removed. */
export interface BlobUpload {
  sha256: string;
  queuedAt: string;
}

/**
 * Bytes sealed with WebCrypto before they are written (megabytes at once, which the synchronous
 * cipher inside a transaction would hold the page for): the search index snapshot.
 */
export interface SealedAside {
  key: string;
  sealed: Uint8Array<ArrayBuffer>;
}

/**
 * What an officer typed in a form and has not saved (issue 11), kept on this device only and
 * sealed whole like every record (only `key` is in clear). One per form and record: `key` is
 * `<form>/<record>`, where `record` is the edited record's id or `new`. Written as the officer
 * types, deleted when the form is saved or the draft discarded.
 */
export interface FormDraft {
  key: string;
  /** The form's values as react-hook-form holds them (plain JSON). */
  values: unknown;
  /** The record as it was when the form opened (what a save compares with), if the form has one. */
  base?: unknown;
  /** For a new record: the id it was given when the form opened, which child rows point at. */
  newRecordId?: string;
  /** The field that had focus, by its form name, and the caret in it. */
  focus?: { name: string; caret?: number } | null;
  /** When the draft was last written (ISO 8601). */
  savedAt: string;
}

/** Local key/value settings of one workspace database (device id, counters, last HLC). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** One line of an imported commodity nomenclature (HS, AHTN, HTSUS), keyed by its digits. */
export interface HsCodeRow {
  code: string;
  description: string;
  /** The code one level up (`''` for a chapter). */
  parent: string;
  /** Number of digits: 2, 4, 6, 8 or 10. */
  level: number;
  /** HS section in Roman numerals, or `''` when the file has none. */
  section: string;
}
