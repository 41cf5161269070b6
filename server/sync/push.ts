import { isAdminTable } from '../../shared/domain';
import { mergeMutation } from '../../shared/sync/merge';
import type { MergeOutcome, ServerRow } from '../../shared/sync/mergeTypes';
import type { PushMutation, PushRequest, PushResponse, PushResult } from '../../shared/sync/wire';
import type { Sql, SqlTx } from '../db/sql';
import { toNumber } from '../db/sql';
import { recordAudit } from '../services/audit';
import type { DeviceIdentity } from '../services/devices';
import { ServiceError } from '../services/errors';
import { loadQuestionRequests, questionOfSentRequest } from './questionRequests';
import { loadRows, rowKey, saveRows } from './rowStore';
import { memberNamesOfDevices, ServerAuthoredRows } from './serverAuthored';

/** What a push did: the answer for the device, and the workspace version after it (for the poke). */
export interface PushOutcome {
  response: PushResponse;
  /** The new workspace version when the push applied at least one change, else null. */
  advancedTo: number | null;
}

/**
 * Applies one push batch (SYNC-PROTOCOL.md "Wire contract", push) in ONE transaction:
 * - the workspace row is locked (`FOR UPDATE`) first, so versions are handed out in commit order
 *   and a pull can never skip a change;
 * - mutation ids must continue the device's sequence without a hole (ids ≤ the last applied one
 *   are duplicates answered with their stored outcome); otherwise `mutation_gap` and nothing is
 *   written;
 * - every change goes through the shared `mergeMutation`, and each change that alters a row takes
 *   the next workspace version;
 * - each conflict and each losing value the merge reports becomes a row of the server-authored
 *   synced table `conflicts` / `fieldHistory` with a version of its own (after its record's), so
 *   every device pulls it like any record;
 * - rows, conflicts, history, the mutation log and the device's `last_mutation_id` are written
 *   together, or not at all.
 */
export async function applyPush(sql: Sql, who: DeviceIdentity, request: PushRequest, nowMs: number): Promise<PushOutcome> {
  if (request.deviceId !== who.deviceId) throw new ServiceError('forbidden', 'deviceId is not the authenticated device');
  if (who.role === 'viewer') throw new ServiceError('forbidden', 'A viewer cannot change records');
  assertConsecutive(request.mutations);

  return sql.transaction(async (tx) => {
    // Both rows locked by one statement, the workspace's first (the order of the FROM list).
    const [head] = await tx.query<{ version: unknown; last_mutation_id: unknown; revoked_at: unknown }>(
      `SELECT w.version, d.last_mutation_id, d.revoked_at
         FROM workspaces w JOIN devices d ON d.workspace_id = w.id
        WHERE w.id = $1 AND d.id = $2
          FOR UPDATE`,
      [who.workspaceId, who.deviceId],
    );
    if (!head) throw new ServiceError('unauthenticated', 'Unknown device');
    // Revoked between authentication and the lock: the revocation wins.
    if (head.revoked_at !== null) throw new ServiceError('device_revoked', 'This device has been revoked');
    const startVersion = toNumber(head.version);
    const lastApplied = toNumber(head.last_mutation_id);
    const first = request.mutations[0] as PushMutation;
    if (first.mutationId > lastApplied + 1) {
      throw new ServiceError('mutation_gap', `Expected mutation ${lastApplied + 1}, got ${first.mutationId}`, {
        expected: lastApplied + 1,
        received: first.mutationId,
      });
    }
    const duplicates = request.mutations.filter((m) => m.mutationId <= lastApplied);
    const fresh = request.mutations.filter((m) => m.mutationId > lastApplied);
    const results = await answerDuplicates(tx, who.deviceId, duplicates);
    const applied = await applyFresh(tx, who, fresh, startVersion, nowMs);
    results.push(...applied.results);

    const lastMutationId = Math.max(lastApplied, fresh.at(-1)?.mutationId ?? 0);
    if (fresh.length > 0) await logFresh(tx, who, (fresh[0] as PushMutation).mutationId, applied.results, lastMutationId, applied.version);
    return {
      response: { lastMutationId, results },
      advancedTo: applied.version !== startVersion ? applied.version : null,
    };
  });
}

/**
 * The fresh mutations' answers as one row of the mutation log (their ids are consecutive, from
 * `firstMutationId` to `lastMutationId`), the device's last mutation id and the workspace version
 * (when it moved), in ONE statement (data-modifying CTEs, which see one snapshot and touch
 * different tables): a push of a few changes, the common one, otherwise waited for three round
 * trips to the database here. The rows stay a statement of their own (`saveRows`): folded in as
 * well, a batch of 1,000 cost PostgreSQL about 15% more CPU.
 */
async function logFresh(
  tx: SqlTx,
  who: DeviceIdentity,
  firstMutationId: number,
  outcomes: PushResult[],
  lastMutationId: number,
  version: number,
): Promise<void> {
  await tx.query(
    `WITH logged AS (
            INSERT INTO mutation_log (device_id, first_mutation_id, last_mutation_id, workspace_id, outcomes)
            VALUES ($2, $3, $4, $1, $6)),
          device AS (UPDATE devices SET last_mutation_id = $4 WHERE id = $2)
     UPDATE workspaces SET version = $5 WHERE id = $1 AND version <> $5`,
    [who.workspaceId, who.deviceId, firstMutationId, lastMutationId, version, JSON.stringify(outcomes)],
  );
}

/** Ids inside one batch must count up by one; the first is checked against the device's log later. */
function assertConsecutive(mutations: PushMutation[]): void {
  for (let i = 1; i < mutations.length; i++) {
    const expected = (mutations[i - 1] as PushMutation).mutationId + 1;
    const received = (mutations[i] as PushMutation).mutationId;
    if (received !== expected) {
      throw new ServiceError('mutation_gap', `Mutation ids must be consecutive: expected ${expected}, got ${received}`, {
        expected,
        received,
      });
    }
  }
}

/** A replayed mutation gets `duplicate` and the version/code/message of its first answer. */
async function answerDuplicates(tx: SqlTx, deviceId: string, duplicates: PushMutation[]): Promise<PushResult[]> {
  if (duplicates.length === 0) return [];
  const ids = duplicates.map((m) => m.mutationId);
  // The pushes that logged any of these ids: from the one holding the lowest id upwards.
  const pushes = await tx.query<{ first_mutation_id: unknown; outcomes: string }>(
    'SELECT first_mutation_id, outcomes FROM mutation_log WHERE device_id = $1 AND last_mutation_id >= $2 AND first_mutation_id <= $3',
    [deviceId, Math.min(...ids), Math.max(...ids)],
  );
  const byId = new Map<number, PushResult>();
  for (const push of pushes) {
    const first = toNumber(push.first_mutation_id);
    (JSON.parse(push.outcomes) as PushResult[]).forEach((outcome, i) => byId.set(first + i, outcome));
  }
  return duplicates.map((m) => {
    const original = byId.get(m.mutationId);
    const result: PushResult = { mutationId: m.mutationId, status: 'duplicate' };
    if (original?.version !== undefined) result.version = original.version;
    if (original?.code !== undefined) result.code = original.code;
    if (original?.message !== undefined) result.message = original.message;
    return result;
  });
}

async function applyFresh(
  tx: SqlTx,
  who: DeviceIdentity,
  mutations: PushMutation[],
  startVersion: number,
  nowMs: number,
): Promise<{ results: PushResult[]; version: number }> {
  const current = await loadRows(tx, who.workspaceId, mutations);
  await loadQuestionRequests(tx, who.workspaceId, mutations, current);
  // Every row read so far is one the server holds; the loop below adds the batch's new ones.
  const stored = new Set(current.keys());
  const changed = new Map<string, ServerRow>();
  const authored = new ServerAuthoredRows(nowMs);
  const clamps: { mutationId: number; hlc: string; clampedHlc: string }[] = [];
  const results: PushResult[] = [];
  let version = startVersion;

  for (const m of mutations) {
    const key = rowKey(m.table, m.id);
    const row = current.get(key) ?? null;
    // Text PostgreSQL cannot hold (NUL, unpaired surrogates) and hostile nesting never get here:
    // the wire schema refuses the whole request (shared/sync/wireText.ts).
    const outcome: MergeOutcome =
      isAdminTable(m.table) && who.role !== 'admin'
        ? { status: 'rejected', code: 'forbidden_table', message: `Only a workspace administrator changes ${m.table}` }
        : mergeMutation(
            row,
            { table: m.table, id: m.id, op: m.op, fields: m.fields, base: m.base, hlc: m.hlc, deviceId: who.deviceId },
            { serverNowMs: nowMs, version: version + 1, requestSent: questionOfSentRequest(m, row, current) },
          );
    if (outcome.clampedHlc !== undefined) clamps.push({ mutationId: m.mutationId, hlc: m.hlc, clampedHlc: outcome.clampedHlc });
    if (outcome.status === 'rejected') {
      results.push({ mutationId: m.mutationId, status: 'rejected', code: outcome.code, message: outcome.message });
      continue;
    }
    if (outcome.status === 'noop') {
      results.push({ mutationId: m.mutationId, status: 'applied' });
      continue;
    }
    const writes = row === null || outcome.changedFields.length > 0 || outcome.deleted !== row.deleted;
    if (writes) version += 1;
    if (writes) {
      const next: ServerRow = {
        table: m.table,
        id: m.id,
        fields: outcome.fields,
        fieldMeta: outcome.fieldMeta,
        version,
        deleted: outcome.deleted,
      };
      current.set(key, next);
      changed.set(key, next);
    }
    const result: PushResult = { mutationId: m.mutationId, status: outcome.status };
    if (writes) result.version = version;
    const report = { table: m.table, recordId: m.id, clientDeviceId: who.deviceId };
    for (const h of outcome.history) authored.addHistory((version += 1), report, h);
    if (outcome.status === 'conflicted') {
      for (const c of outcome.conflicts) authored.addConflict((version += 1), report, c);
      result.code = 'conflict';
      result.message = `Kept the server's value of: ${outcome.conflicts.map((c) => c.field).join(', ')}`;
    }
    results.push(result);
  }

  const names = await memberNamesOfDevices(tx, who.workspaceId, authored.deviceIds());
  await saveRows(tx, who.workspaceId, [...changed.values(), ...authored.fillAuthors(names)], stored);
  if (clamps.length > 0) {
    await recordAudit(tx, {
      workspaceId: who.workspaceId,
      actor: `device:${who.deviceId}`,
      action: 'hlc.clamp',
      details: { clamps },
    });
  }
  return { results, version };
}
