/**
 * Invariants checked once a run has been healed and synced to quiescence (issue 3 "Proof"): every
 * client equals the server, tombstones included; every acknowledged mutation is in the server's
 * state or recorded as a conflict or in history; nothing is duplicated; no delete is undone.
 */
import { snapshot, canonical, syncedTablesIn } from './clientState';
import { readHead, readLastMutationId, readLosses, readRows, type RecordedLoss, type ServerRowState } from './serverState';
import { expectThat, Violation } from './violation';
import type { Acked } from './ledger';
import type { World } from './world';

const serverAuthored = new Set(['conflicts', 'fieldHistory']);

/** Every client holds exactly the server's rows (fields, version, deleted) and field clocks. */
async function checkConvergence(world: World, rows: Map<string, ServerRowState>, head: number): Promise<void> {
  for (const client of world.clients) {
    const snap = await snapshot(client.process.db);
    const tag = `client ${client.index}`;
    expectThat(snap.outbox.length === 0, 'quiescence', () => `${tag} still has ${snap.outbox.length} unsent changes`);
    expectThat(snap.repairs.length === 0, 'quiescence', () => `${tag} still has records to repair: ${canonical(snap.repairs)}`);
    expectThat(snap.cursor === head, 'quiescence', () => `${tag} cursor ${snap.cursor}, server head ${head}`);
    const tables = new Set(syncedTablesIn(client.process.db));
    for (const [key, row] of rows) {
      if (!tables.has(row.table)) throw new Violation('convergence', `${tag} has no table for the server's ${key}`);
      const local = snap.rows.get(key);
      const meta = snap.fieldMeta.get(key);
      const same =
        local !== undefined &&
        local.version === row.version &&
        local.deleted === (row.deleted ? 1 : 0) &&
        canonical(local.fields) === canonical(row.fields) &&
        canonical(meta) === canonical(row.fieldMeta);
      expectThat(same, 'convergence', () =>
        `${tag} differs from the server on ${key}:\n  client ${canonical({ ...local, fieldMeta: meta })}\n  server ${canonical(row)}`,
      );
    }
    for (const key of snap.rows.keys()) {
      expectThat(rows.has(key), 'convergence', () => `${tag} holds ${key}, which the server does not have`);
    }
  }
}

/** Every mutation id each client handed out reached the server's log. */
async function checkNothingUnsent(world: World): Promise<void> {
  for (const client of world.clients) {
    const committed = world.ledger.committedUpTo.get(client.index) ?? 0;
    const applied = await readLastMutationId(world.server.sql, client.deviceId);
    expectThat(applied === committed, 'outbox keeps every write', () => `client ${client.index} committed ${committed} mutations, the server logged ${applied}`);
  }
}

function recorded(losses: RecordedLoss[], table: string, id: string, field: string, value: unknown): boolean {
  const v = canonical(value);
  return losses.some((l) => l.table === table && l.recordId === id && l.field === field && canonical(l.value) === v);
}

/**
 * An acknowledged put: each of its fields either holds its value, or was overwritten by a later
 * change (the field's `v` is newer than the mutation), or its value was recorded as a conflict or
 * in history. An acknowledged delete: the record is a tombstone (nothing here can restore one).
 */
function checkAcked(acked: Acked, rows: Map<string, ServerRowState>, losses: RecordedLoss[]): void {
  const { mutation, result } = acked;
  const key = `${mutation.table}:${mutation.id}`;
  const row = rows.get(key);
  const tag = `${acked.deviceId.slice(0, 8)}:${mutation.mutationId} (${mutation.op} ${key}, answered ${canonical(result)})`;
  expectThat(row !== undefined, 'acknowledged mutations are kept', () => `${tag}: the server has no such record`);
  if (!row) return;
  if (mutation.op === 'delete') {
    expectThat(row.deleted, 'no resurrected deletes', () => `${tag}: the record is live again`);
    return;
  }
  const when = result.version ?? acked.headAfter;
  for (const [field, value] of Object.entries(mutation.fields ?? {})) {
    if (field === 'id') continue;
    const v = row.fieldMeta[field]?.v ?? 0;
    if (v > when) continue;
    const kept = canonical(row.fields[field]) === canonical(value) || recorded(losses, mutation.table, mutation.id, field, value);
    expectThat(kept, 'acknowledged mutations are kept', () =>
      `${tag}: ${field} = ${canonical(value)} is neither on the server (${canonical(row.fields[field])}, v${v}) nor in conflicts or history`,
    );
  }
}

const countBy = <T>(items: T[], key: (item: T) => string | null): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

/**
 * No record exists twice or without a creator, and no mutation was merged twice: a merged put
 * records at most one conflict or history entry per field, so per record and field there are at
 * most as many conflicts (of a device) as that device's acknowledged `conflicted` puts of the
 * field, and at most as many history entries as acknowledged puts of the field. (Entries are
 * counted, not keyed by hlc: clamping gives a fast device's changes one and the same hlc.)
 */
function checkNoDuplicates(world: World, rows: Map<string, ServerRowState>, losses: RecordedLoss[]): void {
  for (const [key, row] of rows) {
    if (serverAuthored.has(row.table)) continue;
    expectThat(world.ledger.created.has(key), 'no duplicates', () => `the server holds ${key}, which no client created`);
  }
  const puts = [...world.ledger.answered.values()].flatMap((a) =>
    Object.keys(a.mutation.fields ?? {}).map((field) => ({ a, field })),
  );
  const field = (table: string, id: string, f: string) => `${table}:${id}.${f}`;
  const mayConflict = countBy(puts, ({ a, field: f }) =>
    a.result.status === 'conflicted' ? `${field(a.mutation.table, a.mutation.id, f)}|${a.deviceId}` : null,
  );
  const mayLose = countBy(puts, ({ a, field: f }) => field(a.mutation.table, a.mutation.id, f));
  for (const source of ['rows', 'log'] as const) {
    const mine = losses.filter((l) => l.source === source);
    const conflicts = countBy(mine, (l) => (l.kind === 'conflict' ? `${field(l.table, l.recordId, l.field)}|${l.deviceId}` : null));
    for (const [k, n] of conflicts) {
      expectThat(n <= (mayConflict.get(k) ?? 0), 'no duplicates', () => `${n} conflicts on ${k}, from ${mayConflict.get(k) ?? 0} conflicted put(s)`);
    }
    const history = countBy(mine, (l) => (l.kind === 'history' ? field(l.table, l.recordId, l.field) : null));
    for (const [k, n] of history) {
      expectThat(n <= (mayLose.get(k) ?? 0), 'no duplicates', () => `${n} history entries of ${k}, from ${mayLose.get(k) ?? 0} acknowledged put(s)`);
    }
  }
  world.ledger.versionsHandedOut();
}

/**
 * A resolved conflict states ONE officer's decision: its value, resolver and time come from the
 * same resolution commit, even when two officers resolved it concurrently (never a mix of both).
 */
function checkResolutions(world: World, rows: Map<string, ServerRowState>): void {
  for (const row of rows.values()) {
    if (row.table !== 'conflicts' || row.fields.status !== 'resolved') continue;
    const { resolvedValue, resolvedBy, resolvedAt } = row.fields;
    const made = world.ledger.resolutions.get(row.id) ?? [];
    const one = made.some((r) => canonical(r.value) === canonical(resolvedValue) && r.by === resolvedBy && r.at === resolvedAt);
    expectThat(one, 'resolutions are whole', () =>
      `conflict ${row.id} reads resolvedValue ${canonical(resolvedValue)} by ${String(resolvedBy)} at ${String(resolvedAt)}; the resolutions made were ${canonical(made)}`,
    );
  }
}

/** Unexpected refusals: the simulation only makes valid changes, so these mean a merge bug. */
function checkRejections(world: World): void {
  const { rejected } = world.ledger.stats;
  for (const code of ['validation_failed', 'not_found', 'forbidden_table']) {
    expectThat(!rejected[code], 'valid changes are not refused', () => `${rejected[code]} mutation(s) rejected with ${code}`);
  }
}

/** Checks everything; returns how many conflicts and history entries the server recorded (for the report). */
export async function checkFinal(world: World): Promise<{ conflicts: number; history: number }> {
  const { sql } = world.server;
  const head = await readHead(sql, world.workspaceId);
  const rows = await readRows(sql, world.workspaceId);
  const losses = await readLosses(sql, world.workspaceId, rows);
  await checkNothingUnsent(world);
  for (const acked of world.ledger.answered.values()) checkAcked(acked, rows, losses);
  checkNoDuplicates(world, rows, losses);
  checkRejections(world);
  checkResolutions(world, rows);
  await checkConvergence(world, rows, head);
  return {
    conflicts: losses.filter((l) => l.kind === 'conflict').length,
    history: losses.filter((l) => l.kind === 'history').length,
  };
}
