/**
 * Officers' local edits, each through the one write path (`commitChanges`): create a case, edit
 * its ordinary fields, move its status, add and edit child rows, delete (tombstone) records,
 * resolve conflicts.
 */
import type { CaseStatus, SyncedTable } from '../../shared/domain';
import type { Change } from '../../renderer/db/commitChanges';
import { RecordValidationError, StatusTransitionError } from '../../renderer/db/errors';
import { clientOf, SimCommand } from './command';
import { caseEditFields, deadlineEditFields, newCaseChange, newChildChange, statusMove } from './records';
import type { Client, World } from './world';

/** Live local rows of `table` on `client`, by id (a stable order for picking). */
async function liveRows(client: Client, table: 'cases' | 'notes' | 'deadlines'): Promise<Record<string, unknown>[]> {
  const rows = (await client.process.db.table(table).toArray()) as Record<string, unknown>[];
  return rows.filter((r) => r.deleted === 0).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

async function pickLive(client: Client, table: 'cases' | 'notes' | 'deadlines', which: number) {
  const rows = await liveRows(client, table);
  return rows.length > 0 ? rows[which % rows.length] : undefined;
}

export class CreateCase extends SimCommand {
  constructor(readonly c: number, readonly pick: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const id = world.newRecordId();
    const atIso = new Date(world.clientNow(client)).toISOString();
    await world.commit(client, [newCaseChange(id, this.pick, atIso)], [{ table: 'cases', id }]);
  }
  toString() {
    return `CreateCase(c${this.c}, ${this.pick})`;
  }
}

export class EditCase extends SimCommand {
  constructor(readonly c: number, readonly which: number, readonly mask: number, readonly pick: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const row = await pickLive(client, 'cases', this.which);
    if (row) await world.commit(client, [{ table: 'cases', id: String(row.id), op: 'put', fields: caseEditFields(this.mask, this.pick) }]);
  }
  toString() {
    return `EditCase(c${this.c}, #${this.which}, mask ${this.mask}, ${this.pick})`;
  }
}

export class MoveStatus extends SimCommand {
  constructor(readonly c: number, readonly which: number, readonly choice: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const row = await pickLive(client, 'cases', this.which);
    if (!row) return;
    const fields = statusMove(row.status as CaseStatus, this.choice);
    await world.commit(client, [{ table: 'cases', id: String(row.id), op: 'put', fields }]);
  }
  toString() {
    return `MoveStatus(c${this.c}, #${this.which}, ${this.choice})`;
  }
}

export class AddChild extends SimCommand {
  constructor(readonly c: number, readonly which: number, readonly kind: 'notes' | 'deadlines', readonly pick: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const parent = await pickLive(client, 'cases', this.which);
    if (!parent) return;
    const id = world.newRecordId();
    const atIso = new Date(world.clientNow(client)).toISOString();
    await world.commit(client, [newChildChange(this.kind, id, String(parent.id), this.pick, atIso)], [{ table: this.kind, id }]);
  }
  toString() {
    return `AddChild(c${this.c}, #${this.which}, ${this.kind}, ${this.pick})`;
  }
}

export class EditDeadline extends SimCommand {
  constructor(readonly c: number, readonly which: number, readonly pick: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const row = await pickLive(client, 'deadlines', this.which);
    if (!row) return;
    const atIso = new Date(world.clientNow(client)).toISOString();
    await world.commit(client, [{ table: 'deadlines', id: String(row.id), op: 'put', fields: deadlineEditFields(this.pick, atIso) }]);
  }
  toString() {
    return `EditDeadline(c${this.c}, #${this.which}, ${this.pick})`;
  }
}

export class DeleteRecord extends SimCommand {
  constructor(readonly c: number, readonly table: 'cases' | 'notes' | 'deadlines', readonly which: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const row = await pickLive(client, this.table, this.which);
    const change: Change | undefined = row && { table: this.table, id: String(row.id), op: 'delete' };
    if (change) await world.commit(client, [change]);
  }
  toString() {
    return `Delete(c${this.c}, ${this.table} #${this.which})`;
  }
}

/** The record change that applies a conflict's chosen value, when the record can take it. */
function applyChosen(record: Record<string, unknown> | undefined, field: string, value: unknown): Record<string, unknown> | null {
  if (!record || record.deleted !== 0) return null;
  if (field === 'status') return { status: value, outcome: value === 'closed' ? (record.outcome ?? 'confirmed') : null };
  if (field === 'outcome') return record.status === 'closed' && value !== null ? { outcome: value } : null;
  return { [field]: value };
}

/**
 * An officer resolves an open conflict, as the conflicts screen does: ONE commit that puts the
 * chosen value (the client's or the server's) on the record and marks the conflict resolved. When
 * the record cannot take the value (deleted, or the state machine refuses the move now), only the
 * resolution is committed.
 */
export class ResolveConflict extends SimCommand {
  constructor(
    readonly c: number,
    readonly which: number,
    readonly takeClient: boolean,
    /** Only conflicts about this field (directed scenarios); any when absent. */
    readonly field?: string,
  ) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    const { db } = client.process;
    const open = ((await db.table('conflicts').toArray()) as Record<string, unknown>[])
      .filter((r) => r.deleted === 0 && r.status === 'open' && (this.field === undefined || r.field === this.field))
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    const conflict = open[this.which % Math.max(open.length, 1)];
    if (!conflict) return;
    const value = this.takeClient ? conflict.clientValue : conflict.serverValue;
    const chosen = { value, by: `Officer ${client.index}`, at: new Date(world.clientNow(client)).toISOString() };
    const resolution: Change = {
      table: 'conflicts',
      id: String(conflict.id),
      op: 'put',
      fields: { status: 'resolved', resolvedValue: chosen.value, resolvedBy: chosen.by, resolvedAt: chosen.at },
    };
    world.ledger.recordResolution(String(conflict.id), chosen);
    const table = String(conflict.recordTable) as SyncedTable;
    const record = (await db.table(table).get(String(conflict.recordId))) as Record<string, unknown> | undefined;
    const fields = applyChosen(record, String(conflict.field), value);
    if (!fields) return world.commit(client, [resolution]);
    try {
      await world.commit(client, [{ table, id: String(conflict.recordId), op: 'put', fields }, resolution]);
    } catch (error) {
      if (!(error instanceof StatusTransitionError || error instanceof RecordValidationError)) throw error;
      await world.commit(client, [resolution]);
    }
  }
  toString() {
    const about = this.field === undefined ? '' : ` of ${this.field}`;
    return `ResolveConflict(c${this.c}, #${this.which}${about}, take ${this.takeClient ? 'client' : 'server'} value)`;
  }
}
