/**
 * The per-field conflict rule (SYNC-PROTOCOL.md "Conflict rule") for a put on a live row, before
 * any domain check. Pure: it only decides, field by field, which value the row keeps.
 */
import { isProtectedField, type SyncedTable } from '../domain';
import { writerOf } from './clamp';
import type { Hlc } from './hlc';
import { sameValue } from './sameValue';
import type { HistoryEntry, MergeConflict, ServerRow } from './mergeTypes';
import type { FieldMeta } from './record';

export interface FieldPut {
  table: SyncedTable;
  fields: Record<string, unknown>;
  base: Record<string, number> | undefined;
  /** Already clamped. */
  hlc: Hlc;
  deviceId: string;
}

export interface FieldMergeResult {
  /** The row's fields with every taken value in place (not yet validated). */
  fields: Record<string, unknown>;
  /** Fields this change writes: their meta becomes `{ v: new version, hlc }`. */
  written: string[];
  history: HistoryEntry[];
  conflicts: MergeConflict[];
}

/**
 * A change is concurrent with a field's stored value when it was based on an older version of the
 * field AND the stored value is another device's: a device always saw its own earlier writes (its
 * mutations arrive in order), so a create followed by an edit pushed before the create's version
 * came back is never a false conflict.
 */
function isConcurrent(put: FieldPut, field: string, meta: FieldMeta[string] | undefined): meta is FieldMeta[string] {
  if (!meta) return false;
  const base = put.base?.[field] ?? 0;
  return base < meta.v && writerOf(meta.hlc) !== writerOf(put.hlc);
}

/**
 * Ordinary fields: not concurrent → the change's value is taken; concurrent → the higher hlc
 * wins (the hlc ends with the writer's device id, so this is the `(hlc, deviceId)` order) and the
 * losing value goes to `history`. A value equal to the stored one is still written when the change
 * is newer, so that a later concurrent change compares against the newest write: this is what
 * makes the result independent of the order in which concurrent changes arrive.
 *
 * Protected fields: if any changed protected field of the change is concurrent, none of its
 * protected fields is taken (a status and its outcome are one decision) and each becomes a conflict.
 */
export function mergeFields(row: ServerRow, put: FieldPut): FieldMergeResult {
  const result: FieldMergeResult = { fields: { ...row.fields }, written: [], history: [], conflicts: [] };
  const names = Object.keys(put.fields).filter((f) => f !== 'id');
  const differs = (f: string) => !sameValue(put.fields[f], row.fields[f]);
  const heldBack = names.filter((f) => isProtectedField(put.table, f) && differs(f));
  const holdProtected = heldBack.some((f) => isConcurrent(put, f, row.fieldMeta[f]));

  for (const field of names) {
    const incoming = put.fields[field];
    const stored = row.fields[field];
    const meta = row.fieldMeta[field];
    if (holdProtected && heldBack.includes(field)) {
      result.conflicts.push({
        field,
        reason: 'concurrentEdit',
        serverValue: stored,
        serverHlc: meta?.hlc ?? '',
        clientValue: incoming,
        clientHlc: put.hlc,
      });
      continue;
    }
    const newer = !meta || put.hlc > meta.hlc;
    if (!isConcurrent(put, field, meta)) {
      // Nothing concurrent: take it, unless it repeats the stored value with nothing newer to say.
      if (differs(field) || newer) write(result, field, incoming);
      continue;
    }
    if (newer) {
      if (differs(field)) result.history.push(lost(field, stored, meta.hlc, writerOf(meta.hlc)));
      write(result, field, incoming);
    } else if (differs(field)) {
      result.history.push(lost(field, incoming, put.hlc, put.deviceId));
    }
  }
  return result;
}

function write(result: FieldMergeResult, field: string, value: unknown) {
  result.fields[field] = value;
  result.written.push(field);
}

function lost(field: string, value: unknown, hlc: Hlc, deviceId: string | null): HistoryEntry {
  return deviceId === null ? { field, value, hlc } : { field, value, hlc, deviceId };
}
