import {
  outcomesWhenClosed,
  recordSchemas,
  statusMachines,
  statusRoute,
  type Conflict,
  type StatusMachine,
} from '../../../shared/domain';
import { sameValue } from '../../../shared/sync/sameValue';

/** Which of a conflict's two values stands: the one the server kept, or the one it did not apply. */
export type ConflictSide = 'server' | 'client';

/** A record's fields as stored (extra properties such as `version` are ignored). */
export type RecordFields = Record<string, unknown>;

/** The chosen value of a conflict (`null` stands for an absent value: the wire has no undefined). */
export function chosenValue(conflict: Pick<Conflict, 'serverValue' | 'clientValue'>, side: ConflictSide): unknown {
  return (side === 'server' ? conflict.serverValue : conflict.clientValue) ?? null;
}

/**
 * What choosing one side of a conflict takes, decided against the record as it is now:
 * - `keep`: the value is already in force (or the record stays deleted): only the conflict changes;
 * - `apply`: the record is written in `steps`, one legal status move each (`route`, current status
 *   first; empty when no status moves). `outcomes` is non-empty when a step closes the record and
 *   the officer must pick its outcome (only those that leave the record valid are listed);
 *   `clearedOutcome` is the outcome a reopening clears;
 * - `unavailable`: the value cannot be applied: the record is deleted, the status machine has no
 *   way there (`unreachable`, e.g. back to draft), or the record would be invalid.
 */
export type ResolutionPlan =
  | { kind: 'keep' }
  | {
      kind: 'apply';
      route: string[];
      outcomes: string[];
      suggestedOutcome: string | null;
      clearedOutcome: string | null;
    }
  | { kind: 'unavailable'; reason: 'deleted' | 'unreachable' | 'invalid' };

const machines = statusMachines as Partial<Record<string, { machine: StatusMachine<string> }>>;
const closingOutcomes = outcomesWhenClosed as Partial<Record<string, readonly string[]>>;

/**
 * Other open conflicts raised by the same change of the same record (a status and its outcome
 * are one decision, shared/sync/mergeFields.ts): they are settled by the same choice.
 */
export function decisionSiblings(conflict: Conflict, all: readonly Conflict[]): Conflict[] {
  if (conflict.reason !== 'concurrentEdit') return [];
  return all.filter(
    (c) =>
      c.id !== conflict.id &&
      c.status === 'open' &&
      c.reason === 'concurrentEdit' &&
      c.recordTable === conflict.recordTable &&
      c.recordId === conflict.recordId &&
      c.clientHlc === conflict.clientHlc,
  );
}

/**
 * Plans choosing `side` of `conflict` for `record` (`null` when it is deleted or not on this
 * device). A status no single move reaches is reached by the shortest chain of legal moves (a
 * closed case is reopened first); closing asks for an outcome, suggesting the same side's value
 * of an outcome conflict raised by the same change (`siblings`); leaving `closed` clears it.
 */
export function planResolution(
  conflict: Conflict,
  side: ConflictSide,
  stored: object | null,
  siblings: readonly Conflict[] = [],
): ResolutionPlan {
  const value = chosenValue(conflict, side);
  const record = stored as RecordFields | null;
  if (record === null || conflict.reason === 'editAfterDelete') {
    return side === 'server' ? { kind: 'keep' } : { kind: 'unavailable', reason: 'deleted' };
  }
  if (sameValue(record[conflict.field] ?? null, value)) return { kind: 'keep' };
  const route = routeFor(conflict, record, value);
  if (route === null) return { kind: 'unavailable', reason: 'unreachable' };

  const table = conflict.recordTable;
  const asksOutcome = conflict.field !== 'outcome' && route.at(-1) === 'closed' && closingOutcomes[table] !== undefined;
  const candidates = asksOutcome ? closingOutcomes[table]! : [conflict.field === 'outcome' ? value : null];
  const valid = candidates.filter((outcome) => appliesCleanly(conflict, record, resolutionSteps(conflict, route, value, outcome)));
  if (valid.length === 0) return { kind: 'unavailable', reason: 'invalid' };
  const sibling = siblings.find((s) => s.field === 'outcome');
  const suggestion = sibling ? chosenValue(sibling, side) : null;
  return {
    kind: 'apply',
    route,
    outcomes: asksOutcome ? (valid as string[]) : [],
    suggestedOutcome: asksOutcome && valid.includes(suggestion as string) ? (suggestion as string) : null,
    clearedOutcome: route[0] === 'closed' && typeof record.outcome === 'string' ? record.outcome : null,
  };
}

/** The statuses the record passes through, or `[]` when the choice moves no status. */
function routeFor(conflict: Conflict, record: RecordFields, value: unknown): string[] | null {
  const machine = machines[conflict.recordTable]?.machine;
  if (!machine) return [];
  const status = String(record.status);
  // Never through `closed` on the way elsewhere: that would close the record with an outcome no one chose.
  if (conflict.field === 'status') return statusRoute(machine, status, String(value), ['closed']);
  if (conflict.field !== 'outcome' || closingOutcomes[conflict.recordTable] === undefined) return [];
  // An outcome exists only while closed: setting one closes the record, clearing it reopens it.
  if (value !== null) return status === 'closed' ? [] : statusRoute(machine, status, 'closed');
  if (status !== 'closed') return [];
  const reopened = machine.closed?.[0];
  return reopened ? ['closed', reopened] : null;
}

/**
 * The record's fields each commit writes, in order: one per status move (with the outcome set
 * when closing and cleared otherwise), or the chosen `value` alone when no status moves.
 */
export function resolutionSteps(conflict: Conflict, route: readonly string[], value: unknown, outcome: unknown): RecordFields[] {
  if (route.length < 2) return [{ [conflict.field]: value }];
  const hasOutcome = closingOutcomes[conflict.recordTable] !== undefined;
  return route.slice(1).map((to) => (hasOutcome ? { status: to, outcome: to === 'closed' ? outcome : null } : { status: to }));
}

/** The record after each step passes its schema (the status moves are legal by construction). */
function appliesCleanly(conflict: Conflict, record: RecordFields, steps: RecordFields[]): boolean {
  const schema = recordSchemas[conflict.recordTable];
  let current = { ...record };
  for (const step of steps) {
    current = { ...current, ...step };
    if (!schema.safeParse({ ...current, id: conflict.recordId }).success) return false;
  }
  return true;
}
