/**
 * `mergeMutation`: the one pure function that decides what a pushed change does to a record
 * (SYNC-PROTOCOL.md "Conflict rule"). The server applies pushes with it; the client uses the same
 * rules, so both sides agree by construction. No clock, no I/O: the server passes its time and the
 * version the change would get in `ctx`.
 */
import { clampHlc } from './clamp';
import type { Hlc } from './hlc';
import {
  checkFieldNames,
  checkFrozen,
  checkFrozenDelete,
  checkFrozenQuestion,
  checkServerAuthored,
  checkTransition,
  validateRecord,
  type Rejection,
} from './mergeChecks';
import { mergeFields } from './mergeFields';
import type { MergeContext, MergeInput, MergeOutcome, ServerRow } from './mergeTypes';
import type { FieldMeta } from './record';

type Change = MergeInput & { hlc: Hlc /* clamped */ };

/**
 * Merges one change into the current row (`null` when the server has never seen the id).
 *
 * - `put` of a new id needs a complete valid record and no `base` (else `not_found`).
 * - `put` of a live row: per field, `base == v` applies; `base < v` is a concurrent edit, see
 *   `mergeFields` (ordinary: higher hlc wins, loser to `history`; protected: `conflicted`, the
 *   server keeps its value). A status change must be a legal move from the current status
 *   (`invalid_transition`), a sent request's content cannot change (`record_frozen`; nor can the
 *   questions of it the server holds be reworded, restored or deleted, `ctx.requestSent`), and the
 *   merged record must pass its schema (`validation_failed`). A rejection changes nothing.
 * - `put` of a tombstone: restores it only if every field's base is at least the field's `v`
 *   (the writer saw the delete); otherwise its base predates the delete and every field becomes an
 *   `editAfterDelete` conflict: the record neither comes back nor silently swallows the edit.
 * - `delete`: tombstones the row (values kept, every field stamped with this version); deleting a
 *   tombstone is a `noop`, an unknown id `not_found`, a sent request `record_frozen` (it is
 *   withdrawn by a status change, never deleted).
 * - Server-authored tables: a client may only put the resolution fields of an existing live
 *   conflict; any other write to `conflicts` or `fieldHistory` is `forbidden_table`.
 * - `noop`: the row would not change and there is nothing to record (e.g. the same change twice).
 * - An hlc more than 24 h ahead of `ctx.serverNowMs` is clamped first (`clampHlc`); the outcome
 *   then carries `clampedHlc`, which is also the hlc stamped into `fieldMeta`.
 */
export function mergeMutation(current: ServerRow | null, mutation: MergeInput, ctx: MergeContext): MergeOutcome {
  let hlc: Hlc;
  try {
    hlc = clampHlc(mutation.hlc, ctx.serverNowMs);
  } catch {
    const issues = [{ path: 'hlc', message: 'sync.hlc.format' }];
    return rejected({ code: 'validation_failed', message: 'Malformed hlc', details: { issues } });
  }
  const outcome = decide(current, { ...mutation, hlc }, ctx);
  return hlc === mutation.hlc ? outcome : { ...outcome, clampedHlc: hlc };
}

function decide(current: ServerRow | null, change: Change, ctx: MergeContext): MergeOutcome {
  const fields = change.fields ?? {};
  const forbidden = checkServerAuthored(change.table, change.id, change.op, fields, current);
  if (forbidden) return rejected(forbidden);
  if (change.op === 'delete') return mergeDelete(current, change, ctx);
  const misnamed = checkFieldNames(change.table, change.id, fields);
  if (misnamed) return rejected(misnamed);
  if (!current) return create(change, fields, ctx);
  if (current.deleted && !restoresTombstone(current, change)) return editAfterDelete(current, change, fields);
  return mergePut(current, change, fields, ctx);
}

function create(change: Change, fields: Record<string, unknown>, ctx: MergeContext): MergeOutcome {
  if (Object.keys(change.base ?? {}).length > 0) {
    return rejected({ code: 'not_found', message: `No ${change.table} record ${change.id} to edit` });
  }
  const valid = validateRecord(change.table, change.id, fields);
  if (!valid.ok) return rejected(valid.rejection);
  // One clock object for all the fields a change writes: clocks are never changed in place
  // (clockGroups.ts), and a list import creates a thousand records of 20-odd fields a push.
  const clock = { v: ctx.version, hlc: change.hlc };
  const changedFields = Object.keys(valid.fields);
  const fieldMeta: FieldMeta = {};
  for (const field of changedFields) fieldMeta[field] = clock;
  return { status: 'applied', fields: valid.fields, fieldMeta, deleted: false, changedFields, history: [] };
}

function mergePut(current: ServerRow, change: Change, fields: Record<string, unknown>, ctx: MergeContext): MergeOutcome {
  const restoring = current.deleted;
  const merged = mergeFields(current, { ...change, fields, base: change.base });
  const refused =
    checkTransition(change.table, current.fields.status, merged.fields.status) ??
    checkFrozen(change.table, change.id, current.fields, merged.fields) ??
    checkFrozenQuestion(change.table, ctx.requestSent, restoring ? 'restore' : { before: current.fields, after: merged.fields });
  if (refused) return rejected(refused);
  const { written, history, conflicts } = merged;
  if (written.length === 0 && history.length === 0 && conflicts.length === 0 && !restoring) return { status: 'noop' };

  const next = { ...current.fields };
  const fieldMeta = { ...current.fieldMeta };
  if (written.length > 0 || restoring) {
    // Only a record that changes is validated: a change that lost everywhere leaves the row as it was.
    const valid = validateRecord(change.table, change.id, merged.fields);
    if (!valid.ok) return rejected(valid.rejection);
    const clock = { v: ctx.version, hlc: change.hlc };
    for (const field of written) {
      next[field] = valid.fields[field];
      fieldMeta[field] = clock;
    }
  }
  const row = { fields: next, fieldMeta, deleted: false, changedFields: written, history };
  return conflicts.length > 0 ? { status: 'conflicted', ...row, conflicts } : { status: 'applied', ...row };
}

/**
 * A put on a tombstone restores it only when its writer saw the delete: every changed field has a
 * base at least the field's `v` (which the delete stamped). Shared with `rebasePending`.
 */
export function restoresTombstone(
  tombstone: Pick<ServerRow, 'fieldMeta' | 'version'>,
  change: { fields?: Record<string, unknown>; base?: Record<string, number> },
): boolean {
  const names = Object.keys(change.fields ?? {}).filter((f) => f !== 'id');
  return (
    names.length > 0 &&
    names.every((f) => (change.base?.[f] ?? -1) >= (tombstone.fieldMeta[f]?.v ?? tombstone.version))
  );
}

function editAfterDelete(current: ServerRow, change: Change, fields: Record<string, unknown>): MergeOutcome {
  const conflicts = Object.keys(fields)
    .filter((f) => f !== 'id')
    .map((field) => ({
      field,
      reason: 'editAfterDelete' as const,
      serverValue: current.fields[field],
      serverHlc: current.fieldMeta[field]?.hlc ?? '',
      clientValue: fields[field],
      clientHlc: change.hlc,
    }));
  if (conflicts.length === 0) return { status: 'noop' };
  const row = { fields: current.fields, fieldMeta: current.fieldMeta, deleted: true, changedFields: [], history: [] };
  return { status: 'conflicted', ...row, conflicts };
}

function mergeDelete(current: ServerRow | null, change: Change, ctx: MergeContext): MergeOutcome {
  if (!current) return rejected({ code: 'not_found', message: `No ${change.table} record ${change.id} to delete` });
  if (current.deleted) return { status: 'noop' };
  const frozen = checkFrozenDelete(change.table, current.fields) ?? checkFrozenQuestion(change.table, ctx.requestSent, 'delete');
  if (frozen) return rejected(frozen);
  // Every field is stamped with the delete, so a later edit based on an older `v` is recognisably
  // an edit that predates the delete, and a deliberate restore (base = this version) is not.
  const fieldMeta: FieldMeta = {};
  for (const field of new Set([...Object.keys(current.fields), ...Object.keys(current.fieldMeta)])) {
    if (field !== 'id') fieldMeta[field] = { v: ctx.version, hlc: change.hlc };
  }
  return { status: 'applied', fields: current.fields, fieldMeta, deleted: true, changedFields: [], history: [] };
}

function rejected(r: Rejection): MergeOutcome {
  return { status: 'rejected', ...r };
}
