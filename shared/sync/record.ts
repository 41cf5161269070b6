import type { SyncedTable } from '../domain';
import type { Hlc } from './hlc';

/**
 * Per-field sync metadata: `v` is the server version of the field's last change (0 while the
 * change has not been acknowledged by a server), `hlc` the clock value of that change. The merge
 * compares a change's `base` with `v`, and breaks concurrent ties with `hlc`.
 */
export type FieldMeta = Record<string, { v: number; hlc: Hlc }>;

/**
 * Sync metadata stored IN every synced row on a client. Never part of a domain record:
 * `version` is 0 until a server assigns one; `deleted` is 0|1 (not boolean) so it can be indexed.
 * A client keeps the row's per-field clocks in the row too, grouped (renderer/db/rowClocks.ts).
 */
export interface RowMeta {
  version: number;
  deleted: 0 | 1;
}

export type StoredRow<T> = T & RowMeta;

export const rowMetaKeys = ['version', 'deleted'] as const;

/** The per-field clocks of one synced row, by table and id (how a workspace file carries them). */
export interface RowClocks {
  table: SyncedTable;
  id: string;
  fields: FieldMeta;
}
