import type { Hlc } from './hlc';

/**
 * Per-field sync metadata: `v` is the server version of the field's last change (0 while the
 * change has not been acknowledged by a server), `hlc` the clock value of that change. The merge
 * compares a change's `base` with `v`, and breaks concurrent ties with `hlc`.
 */
export type FieldMeta = Record<string, { v: number; hlc: Hlc }>;

/**
 * Sync metadata stored beside every synced row. Never part of a domain record:
 * `version` is 0 until a server assigns one; `deleted` is 0|1 (not boolean) so it can be indexed.
 */
export interface RowMeta {
  version: number;
  fieldMeta: FieldMeta;
  deleted: 0 | 1;
}

export type StoredRow<T> = T & RowMeta;

export const rowMetaKeys = ['version', 'fieldMeta', 'deleted'] as const;

/** The domain record inside a stored row (a shallow copy without the sync metadata). */
export function stripRowMeta<T extends object>(row: StoredRow<T>): T {
  const { version: _version, fieldMeta: _fieldMeta, deleted: _deleted, ...record } = row;
  return record as unknown as T;
}
