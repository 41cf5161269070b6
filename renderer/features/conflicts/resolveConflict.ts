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
import { chosenValue, decisionSiblings, planResolution, resolutionSteps, type ConflictSide, type RecordFields } from './resolutionPlan';

export { chosenValue, type ConflictSide } from './resolutionPlan';

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

/** The chosen value closes the record, and no outcome it may close with was given; nothing was written. */
export class OutcomeRequiredError extends Error {
  constructor(readonly conflictId: string) {
    super(`Choosing this value of conflict ${conflictId} closes the record: an outcome is needed`);
    this.name = 'OutcomeRequiredError';
  }
}

/** What the officer decided beside the side: the outcome when the choice closes the record. */
export interface ResolutionOptions {
  outcome?: string | null;
}

/**
 * The commits that resolve `conflict` with `side`'s value, planned against `record` as it is now
 * (`null` when deleted or not here; see `planResolution`): one commit per status move the state
 * machine requires, the last one also marking the conflict, and the other conflicts of the same
 * decision (`siblings`), resolved by `actor` at `now` with the values the record ends up with.
 * Throws `RecordMissingError` (the record is deleted: resolving never resurrects),
 * `StatusTransitionError` (no legal way to the value), `RecordValidationError` or
 * `OutcomeRequiredError` when the choice cannot be applied as asked.
 */
export function resolutionCommits(
  conflict: Conflict,
  side: ConflictSide,
  record: RecordFields | null,
  siblings: readonly Conflict[],
  options: ResolutionOptions,
  actor: string,
  now: Date,
): Change[][] {
  const plan = planResolution(conflict, side, record, siblings);
  const value = chosenValue(conflict, side);
  let steps: RecordFields[] = [];
  if (plan.kind === 'unavailable') throw unavailableError(conflict, plan.reason, record);
  if (plan.kind === 'apply') {
    const outcome = plan.outcomes.length > 0 ? (options.outcome ?? null) : conflict.field === 'outcome' ? value : null;
    if (plan.outcomes.length > 0 && !plan.outcomes.includes(outcome as string)) throw new OutcomeRequiredError(conflict.id);
    steps = resolutionSteps(conflict, plan.route, value, outcome);
  }
  const commits: Change[][] = steps.map((fields) => [{ table: conflict.recordTable, id: conflict.recordId, op: 'put', fields }]);
  const after = Object.assign({}, record, ...steps) as RecordFields;
  const resolved = (c: Conflict, resolvedValue: unknown): Change => ({
    table: 'conflicts',
    id: c.id,
    op: 'put',
    fields: { status: 'resolved', resolvedValue, resolvedBy: actor, resolvedAt: now.toISOString() },
  });
  const marks = [resolved(conflict, value), ...siblings.map((s) => resolved(s, record === null ? chosenValue(s, side) : (after[s.field] ?? null)))];
  if (commits.length === 0) commits.push([]);
  commits.at(-1)!.push(...marks);
  return commits;
}

function unavailableError(conflict: Conflict, reason: 'deleted' | 'unreachable' | 'invalid', record: RecordFields | null): Error {
  if (reason === 'deleted') return new RecordMissingError(conflict.recordTable, conflict.recordId);
  if (reason === 'unreachable') {
    return new StatusTransitionError(conflict.recordTable, conflict.recordId, String(record?.status), String(chosenValue(conflict, 'client')));
  }
  return new RecordValidationError(conflict.recordTable, conflict.recordId, []);
}

/**
 * Resolves an open conflict with one `commitChanges` call, inside one transaction that also reads
 * the conflict and its record, so a resolution pulled meanwhile is never overwritten unseen.
 * Every commit of the plan (a reopening, then the chosen status…) is written in that transaction:
 * all of them or none. Throws (and writes nothing) with `ConflictNotFoundError`,
 * `ConflictAlreadyResolvedError`, `OutcomeRequiredError`, or the data layer's
 * `StatusTransitionError` / `RecordValidationError` / `RecordMissingError` when the chosen value
 * cannot be applied to the record as it is now; the conflict then stays open.
 */
export async function resolveConflict(
  db: AttacheDb,
  conflictId: string,
  side: ConflictSide,
  ctx: CommitContext,
  options: ResolutionOptions = {},
): Promise<void> {
  const first = await db.conflicts.get(conflictId);
  if (!first || first.deleted === 1) throw new ConflictNotFoundError(conflictId);
  const recordTable = db.table(first.recordTable);
  await db.transaction('rw', [db.conflicts, recordTable, db.outbox, db.changeLog, db.meta], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.deleted === 1) throw new ConflictNotFoundError(conflictId);
    if (conflict.status !== 'open') throw new ConflictAlreadyResolvedError(conflictId, conflict.resolvedBy);
    const record = (await recordTable.get(conflict.recordId)) as (RecordFields & { deleted: number }) | undefined;
    const sameRecord = await db.conflicts.where('recordId').equals(conflict.recordId).toArray();
    const siblings = decisionSiblings(conflict, sameRecord.filter((c) => c.deleted === 0));
    const now = ctx.now?.() ?? new Date();
    const live = record !== undefined && record.deleted === 0 ? record : null;
    for (const changes of resolutionCommits(conflict, side, live, siblings, options, ctx.actor, now)) {
      await commitChanges(db, changes, { ...ctx, now: () => now });
    }
  });
}

/** Why a resolution was refused, as an i18n key under `conflicts.errors` and its raw parameters. */
export type ResolutionFailure =
  | { kind: 'transition'; table: string; from: string; to: string }
  | { kind: 'validation' | 'missing' | 'alreadyResolved' | 'outcomeRequired' | 'failed' };

/** Classifies an error thrown by `resolveConflict` for the message shown beside the conflict. */
export function resolutionFailure(error: unknown): ResolutionFailure {
  if (error instanceof StatusTransitionError) return { kind: 'transition', table: error.table, from: error.from, to: error.to };
  if (error instanceof RecordValidationError) return { kind: 'validation' };
  if (error instanceof RecordMissingError) return { kind: 'missing' };
  if (error instanceof ConflictAlreadyResolvedError) return { kind: 'alreadyResolved' };
  if (error instanceof OutcomeRequiredError) return { kind: 'outcomeRequired' };
  return { kind: 'failed' };
}
