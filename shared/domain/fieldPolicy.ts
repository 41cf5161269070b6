import type { SyncedTable } from './tables';

/**
 * Fields whose concurrent edits must not be merged silently by last-writer-wins: a status or
 * outcome records a decision with legal weight, so sync treats a concurrent change to one of
 * these as a conflict for a person to resolve (SYNC-PROTOCOL.md). Every other field merges per field.
 */
export const fieldPolicy: { readonly [T in SyncedTable]?: { readonly protected: readonly string[] } } = {
  cases: { protected: ['status', 'outcome'] },
  verificationRequests: { protected: ['status', 'outcome'] },
  actionItems: { protected: ['status'] },
};

/** True when `field` of `table` is protected (see `fieldPolicy`). */
export function isProtectedField(table: SyncedTable, field: string): boolean {
  return fieldPolicy[table]?.protected.includes(field) ?? false;
}
