import type { Conflict } from '../../../shared/domain';
import {
  commitChanges,
  RecordMissingError,
  RecordValidationError,
  StatusTransitionError,
  type AttacheDb,
  type Change,
  type CommitContext,
} from '../../db';

/** Which of a conflict's two values stands: the one the server kept, or the one it did not apply. */
export type ConflictSide = 'server' | 'client';

/** The conflict was resolved meanwhile (here or, after a pull, on another device); nothing was written. */
export class ConflictAlreadyResolvedError extends Error {
  constructor(
    readonly conflictId: string,
    readonly resolvedBy: string,
  ) {
    super(`Conflict ${conflictId} is already resolved by ${resolvedBy || 'someone'}`);
    this.name = 'ConflictAlreadyResolvedError';
  }
}

/** The conflict is not (or no longer) on this device; nothing was written. */
export class ConflictNotFoundError extends Error {
  constructor(readonly conflictId: string) {
    super(`No conflict ${conflictId}`);
    this.name = 'ConflictNotFoundError';
  }
}

/** The chosen value of a conflict (`null` stands for an absent value: the wire has no undefined). */
export function chosenValue(conflict: Pick<Conflict, 'serverValue' | 'clientValue'>, side: ConflictSide): unknown {
  return (side === 'server' ? conflict.serverValue : conflict.clientValue) ?? null;
}

/**
 * The changes that resolve `conflict` with `side`'s value: the record's field set to it (an
 * ordinary edit, so it is based on the field's current version and checked by the state machine)
 * and the conflict marked resolved by `actor` at `now`. When the record is deleted (or not on this
 * device, or the conflict is an edit after a delete), keeping the server's value means leaving it
 * deleted, so only the conflict changes;
 * applying the other value is refused with `RecordMissingError`, since resolving never resurrects.
 */
export function resolutionChanges(
  conflict: Conflict,
  side: ConflictSide,
  recordLive: boolean,
  actor: string,
  now: Date,
): Change[] {
  const value = chosenValue(conflict, side);
  const changes: Change[] = [];
  // An edit that lost to a delete never writes the record, even if this device has not pulled the
  // tombstone yet: the write would only raise the same conflict again.
  if (recordLive && conflict.reason !== 'editAfterDelete') {
    changes.push({ table: conflict.recordTable, id: conflict.recordId, op: 'put', fields: { [conflict.field]: value } });
  } else if (side === 'client') {
    throw new RecordMissingError(conflict.recordTable, conflict.recordId);
  }
  changes.push({
    table: 'conflicts',
    id: conflict.id,
    op: 'put',
    fields: { status: 'resolved', resolvedValue: value, resolvedBy: actor, resolvedAt: now.toISOString() },
  });
  return changes;
}

/**
 * Resolves an open conflict with one `commitChanges` call, inside one transaction that also reads
 * the conflict and its record, so a resolution pulled meanwhile is never overwritten unseen.
 * Throws (and writes nothing) with `ConflictNotFoundError`, `ConflictAlreadyResolvedError`, or the
 * data layer's `StatusTransitionError` / `RecordValidationError` / `RecordMissingError` when the
 * chosen value cannot be applied to the record as it is now; the conflict then stays open.
 */
export async function resolveConflict(
  db: AttacheDb,
  conflictId: string,
  side: ConflictSide,
  ctx: CommitContext,
): Promise<void> {
  const first = await db.conflicts.get(conflictId);
  if (!first || first.deleted === 1) throw new ConflictNotFoundError(conflictId);
  const recordTable = db.table(first.recordTable);
  await db.transaction('rw', [db.conflicts, recordTable, db.fieldMeta, db.outbox, db.changeLog, db.meta], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.deleted === 1) throw new ConflictNotFoundError(conflictId);
    if (conflict.status !== 'open') throw new ConflictAlreadyResolvedError(conflictId, conflict.resolvedBy);
    const record = (await recordTable.get(conflict.recordId)) as { deleted: number } | undefined;
    const now = ctx.now?.() ?? new Date();
    const changes = resolutionChanges(conflict, side, record !== undefined && record.deleted === 0, ctx.actor, now);
    await commitChanges(db, changes, { ...ctx, now: () => now });
  });
}

/** Why a resolution was refused, as an i18n key under `conflicts.errors` and its raw parameters. */
export type ResolutionFailure =
  | { kind: 'transition'; table: string; from: string; to: string }
  | { kind: 'validation' | 'missing' | 'alreadyResolved' | 'failed' };

/** Classifies an error thrown by `resolveConflict` for the message shown beside the conflict. */
export function resolutionFailure(error: unknown): ResolutionFailure {
  if (error instanceof StatusTransitionError) return { kind: 'transition', table: error.table, from: error.from, to: error.to };
  if (error instanceof RecordValidationError) return { kind: 'validation' };
  if (error instanceof RecordMissingError) return { kind: 'missing' };
  if (error instanceof ConflictAlreadyResolvedError) return { kind: 'alreadyResolved' };
  return { kind: 'failed' };
}
