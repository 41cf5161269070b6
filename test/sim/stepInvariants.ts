/**
 * Invariants that must hold at EVERY step of a run, whatever the network is doing: checked after
 * each command for every client, and inside the engine's flow before each of its requests (the
 * engine is then between storage operations).
 */
import { readHead, readLastMutationId, readRows } from './serverState';
import { canonical, snapshot, type ClientSnapshot } from './clientState';
import { expectThat } from './violation';
import type { Client, World } from './world';

/**
 * No cursor ahead of applied data: every server row whose version is at or below the client's
 * stored cursor is held by the client at exactly that version (its last change is covered by
 * the cursor, so it must have been written with it), and a tombstone there is a local tombstone too.
 */
function checkCursor(client: Client, snap: ClientSnapshot, head: number, covered: Awaited<ReturnType<typeof readRows>>): void {
  expectThat(snap.cursor <= head, 'cursor never ahead of applied data', () => `client ${client.index} stored cursor ${snap.cursor} > server head ${head}`);
  for (const [key, row] of covered) {
    const local = snap.rows.get(key);
    expectThat(
      local !== undefined && local.version === row.version,
      'cursor never ahead of applied data',
      () => `client ${client.index} stored cursor ${snap.cursor} but holds ${key} at version ${String(local?.version)} (server: ${row.version})`,
    );
    expectThat(
      !row.deleted || local?.deleted === 1,
      'no resurrected deletes',
      () => `client ${client.index} shows ${key} live although it pulled its tombstone (version ${row.version})`,
    );
  }
}

/**
 * Read-your-writes: a record with unsent local changes shows them: the last pending value of each
 * field, deleted after a pending delete. The only "otherwise" the server may answer meanwhile is a
 * tombstone that the pending edit does not restore (its base predates the delete).
 */
function checkReadYourWrites(client: Client, snap: ClientSnapshot, serverDeleted: (key: string) => boolean): void {
  const byRecord = new Map<string, ClientSnapshot['outbox']>();
  for (const e of snap.outbox) byRecord.set(`${e.table}:${e.id}`, [...(byRecord.get(`${e.table}:${e.id}`) ?? []), e]);
  for (const [key, entries] of byRecord) {
    const local = snap.rows.get(key);
    expectThat(local !== undefined, 'read-your-writes', () => `client ${client.index} lost the row of its pending change to ${key}`);
    if (!local) return;
    if (entries.some((e) => e.op === 'delete')) {
      expectThat(local.deleted === 1, 'read-your-writes', () => `client ${client.index} deleted ${key} but shows it live`);
      continue;
    }
    if (local.deleted === 1) {
      expectThat(serverDeleted(key), 'read-your-writes', () => `client ${client.index} shows ${key} deleted while its edit is pending and the server holds it live`);
      continue;
    }
    const expected: Record<string, unknown> = {};
    for (const e of entries) Object.assign(expected, e.fields);
    for (const [field, value] of Object.entries(expected)) {
      expectThat(
        canonical(local.fields[field]) === canonical(value),
        'read-your-writes',
        () => `client ${client.index} committed ${key}.${field} = ${canonical(value)} (still pending) but shows ${canonical(local.fields[field])}`,
      );
    }
  }
}

/**
 * The outbox never loses a committed write and never stalls on a hole: its ids are consecutive,
 * and every id the client handed out is either still in it or in the server's mutation log.
 */
function checkOutbox(client: Client, snap: ClientSnapshot, committed: number, lastApplied: number): void {
  const ids = snap.outbox.map((e) => e.mutationId);
  expectThat(
    ids.every((id, i) => i === 0 || id === (ids[i - 1] as number) + 1),
    'outbox keeps every write',
    () => `client ${client.index} outbox ids are not consecutive: ${ids.join(',')}`,
  );
  const first = ids[0];
  const last = ids.at(-1);
  if (committed > lastApplied) {
    expectThat(
      first !== undefined && first <= lastApplied + 1 && last === committed,
      'outbox keeps every write',
      () => `client ${client.index} committed up to ${committed}, server applied ${lastApplied}, outbox holds [${ids.join(',')}]`,
    );
  } else {
    expectThat(last === undefined || last === committed, 'outbox keeps every write', () => `client ${client.index} outbox [${ids.join(',')}] beyond commits ${committed}`);
  }
}

/** Every step invariant of one client (its current process). */
export async function checkClientStep(world: World, client: Client): Promise<void> {
  const { sql } = world.server;
  const snap = await snapshot(client.process.db);
  const head = await readHead(sql, world.workspaceId);
  const all = await readRows(sql, world.workspaceId);
  const covered = new Map([...all].filter(([, r]) => r.version <= snap.cursor));
  checkCursor(client, snap, head, covered);
  checkReadYourWrites(client, snap, (key) => all.get(key)?.deleted === true);
  const lastApplied = await readLastMutationId(sql, client.deviceId);
  checkOutbox(client, snap, world.ledger.committedUpTo.get(client.index) ?? 0, lastApplied);
}

/**
 * No resurrected deletes on the server: nothing in this simulation can restore a tombstone (the
 * app refuses edits of deleted records, and an edit whose base predates a delete becomes a
 * conflict), so once the server holds a tombstone it holds it forever.
 */
export async function checkServerTombstones(world: World, seen: Set<string>): Promise<void> {
  const rows = await readRows(world.server.sql, world.workspaceId);
  for (const key of seen) {
    expectThat(rows.get(key)?.deleted === true, 'no resurrected deletes', () => `the server brought ${key} back to life: ${canonical(rows.get(key))}`);
  }
  for (const [key, row] of rows) if (row.deleted) seen.add(key);
}
