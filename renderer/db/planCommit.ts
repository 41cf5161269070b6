import {
  actionItemStatusMachine,
  canTransition,
  caseStatusMachine,
  recordSchemas,
  requestStatusMachine,
  type SyncedTable,
} from '../../shared/domain';
import type { FieldMeta, Hlc, HlcClock, StoredRow } from '../../shared/sync';
import { RecordMissingError, RecordValidationError, ServerAuthoredWriteError, StatusTransitionError } from './errors';
import { checkServerAuthored } from '../../shared/sync/mergeChecks';
import { withFieldGroups } from '../../shared/domain';
import { sameValue } from '../../shared/sync/sameValue';
import { toRecord } from './domainRecord';
import { withClocks } from './rowClocks';
import type { ChangeLogEntry, OutboxEntry } from './types';

/**
 * One change of a synced record. `put` of a new id needs a complete valid record in `fields`;
 * `put` of an existing id merges `fields` over the stored record. `delete` leaves a tombstone.
 */
export type Change =
  | { table: SyncedTable; id: string; op: 'put'; fields: Record<string, unknown> }
  | { table: SyncedTable; id: string; op: 'delete' };

/** A change that writes fields (as opposed to a tombstone). */
export type PutChange = Extract<Change, { op: 'put' }>;

export interface CommitContext {
  actor: string;
  deviceId: string;
  now?: () => Date;
}

type Row = StoredRow<Record<string, unknown>>;

/** A stored synced row with its per-field clocks, ungrouped (`{}` when it has none). */
export interface StoredRecord {
  row: Row;
  clocks: FieldMeta;
}

/** What a commit reads first: per table, per id, the stored row and its clocks (undefined when absent). */
export type StoredRecords = Map<SyncedTable, Map<string, StoredRecord | undefined>>;

/**
 * What a commit writes: final rows per table, each carrying its clocks, outbox entries (mutation
 * ids not yet assigned) and audit.
 */
export interface CommitPlan {
  rows: Map<SyncedTable, Map<string, Row>>;
  outbox: Omit<OutboxEntry, 'mutationId'>[];
  changeLog: ChangeLogEntry[];
}

const statusMachines: Partial<Record<SyncedTable, Record<string, readonly string[]>>> = {
  cases: caseStatusMachine,
  verificationRequests: requestStatusMachine,
  actionItems: actionItemStatusMachine,
};

/**
 * Computes everything a commit writes, from the rows currently stored, without touching the
 * database. Throws a typed error at the first invalid change, so a caller that writes only after
 * this returns writes nothing on failure. Changes to the same id compose in order.
 */
export function planCommit(
  changes: readonly Change[],
  stored: StoredRecords,
  clock: HlcClock,
  ctx: CommitContext,
  at: Date,
): CommitPlan {
  const planner = new Planner(stored, clock, ctx, at.toISOString());
  for (const change of changes) planner.apply(change);
  return planner.plan;
}

class Planner {
  readonly plan: CommitPlan = { rows: new Map(), outbox: [], changeLog: [] };
  /** The clocks of the rows planned so far, ungrouped, for later changes of the same record. */
  private readonly plannedClocks = new Map<string, FieldMeta>();

  constructor(
    private readonly stored: StoredRecords,
    private readonly clock: HlcClock,
    private readonly ctx: CommitContext,
    private readonly atIso: string,
  ) {}

  apply(change: Change): void {
    const existing = this.current(change.table, change.id);
    // The same rule the server's merge applies, so the device never queues a write it would refuse.
    const fields = change.op === 'put' ? change.fields : {};
    if (checkServerAuthored(change.table, change.id, change.op, fields, existing ? { deleted: existing.row.deleted === 1 } : null)) {
      throw new ServerAuthoredWriteError(change.table, change.id);
    }
    if (existing?.row.deleted === 1) throw new RecordMissingError(change.table, change.id);
    if (change.op === 'delete') {
      if (!existing) throw new RecordMissingError(change.table, change.id);
      const hlc = this.clock.tick();
      this.write(change, { ...existing.row, deleted: 1 }, existing.clocks, { op: 'delete', hlc }, 'delete', {});
      return;
    }
    const record = validRecord(change, existing?.row, this.atIso);
    if (existing) this.update(change, existing, record);
    else this.create(change, record);
  }

  /** The record as planned so far in this commit, else as stored. */
  private current(table: SyncedTable, id: string): StoredRecord | undefined {
    const row = this.plan.rows.get(table)?.get(id);
    if (row) return { row, clocks: this.plannedClocks.get(`${table}/${id}`)! };
    return this.stored.get(table)?.get(id);
  }

  private create(change: Change, record: Record<string, unknown>): void {
    const hlc = this.clock.tick();
    const fieldMeta: FieldMeta = {};
    const fields: Record<string, unknown> = {};
    const diff: ChangeLogEntry['changes'] = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'id') continue;
      fieldMeta[key] = { v: 0, hlc };
      fields[key] = value;
      diff[key] = { old: null, new: value };
    }
    const row = { ...record, version: 0, deleted: 0 } as Row;
    this.write(change, row, fieldMeta, { op: 'put', fields, hlc }, 'create', diff);
  }

  private update(change: Change, existing: StoredRecord, record: Record<string, unknown>): void {
    const { row: stored, clocks } = existing;
    const edited = Object.keys(record).filter((k) => k !== 'id' && !sameValue(record[k], stored[k]));
    if (edited.length === 0 || (edited.length === 1 && edited[0] === 'updatedAt')) return;
    // Fields that travel together (a conflict's resolution) are all sent, even the unchanged ones.
    const changed = withFieldGroups(change.table, edited);
    const hlc: Hlc = this.clock.tick();
    const fieldMeta: FieldMeta = { ...clocks };
    const fields: Record<string, unknown> = {};
    const base: Record<string, number> = {};
    const diff: ChangeLogEntry['changes'] = {};
    for (const key of changed) {
      // A local edit keeps the server version it was based on: a second unsent edit of the same
      // field is still based on that version, so the server does not see a false conflict.
      const v = clocks[key]?.v ?? 0;
      fieldMeta[key] = { v, hlc };
      fields[key] = record[key];
      base[key] = v;
      diff[key] = { old: stored[key] ?? null, new: record[key] };
    }
    const row = { ...record, version: stored.version, deleted: 0 } as Row;
    this.write(change, row, fieldMeta, { op: 'put', fields, base, hlc }, 'update', diff);
  }

  private write(
    change: Change,
    row: Row,
    clocks: FieldMeta,
    mutation: Pick<OutboxEntry, 'op' | 'fields' | 'base' | 'hlc'>,
    op: ChangeLogEntry['op'],
    changes: ChangeLogEntry['changes'],
  ): void {
    let rows = this.plan.rows.get(change.table);
    if (!rows) this.plan.rows.set(change.table, (rows = new Map()));
    rows.set(change.id, withClocks(row, clocks));
    this.plannedClocks.set(`${change.table}/${change.id}`, clocks);
    this.plan.outbox.push({ table: change.table, id: change.id, ...mutation, createdAt: this.atIso });
    const { actor, deviceId } = this.ctx;
    this.plan.changeLog.push({ at: this.atIso, actor, deviceId, table: change.table, recordId: change.id, op, changes });
  }
}

const timestamped = new Map<SyncedTable, boolean>();
function hasTimestamps(table: SyncedTable): boolean {
  let known = timestamped.get(table);
  if (known === undefined) {
    const shape = recordSchemas[table].shape as Record<string, unknown>;
    known = 'updatedAt' in shape && 'createdAt' in shape;
    timestamped.set(table, known);
  }
  return known;
}

function validRecord(change: PutChange, existing: Row | undefined, atIso: string) {
  const base = existing ? toRecord(existing) : {};
  const merged: Record<string, unknown> = { ...base, ...change.fields, id: change.id };
  if (hasTimestamps(change.table)) {
    // Records with timestamps (cases, requests, meetings…): a new one may omit createdAt, and
    // updatedAt is always now (an edit changing nothing else is dropped, so it never bumps alone).
    merged.createdAt ??= atIso;
    merged.updatedAt = atIso;
  }
  const result = recordSchemas[change.table].safeParse(merged);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new RecordValidationError(change.table, change.id, issues);
  }
  const record = result.data as Record<string, unknown>;
  const machine = statusMachines[change.table];
  if (existing && machine && 'status' in record && record.status !== existing.status) {
    const from = String(existing.status);
    const to = String(record.status);
    if (!canTransition(machine, from, to)) throw new StatusTransitionError(change.table, change.id, from, to);
  }
  return record;
}
