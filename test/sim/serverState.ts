/**
 * Read-only views of the server's authoritative state, straight from its SQL (the oracle the
 * clients are compared with). Conflicts and losing values are read from wherever the server keeps
 * them: the `conflicts`/`history` log tables, or the synced `conflicts`/`fieldHistory` rows.
 */
import { fieldMetaOf, type ClockGroup, type FieldMeta } from '../../shared/sync';
import type { Sql } from '../../server/db/sql';

export interface ServerRowState {
  table: string;
  id: string;
  fields: Record<string, unknown>;
  fieldMeta: FieldMeta;
  version: number;
  deleted: boolean;
}

/** A value the server did not keep but recorded: a conflict's client value or a history entry. */
export interface RecordedLoss {
  kind: 'conflict' | 'history';
  /** Where the server keeps it: synced rows or its log tables (each is checked on its own). */
  source: 'rows' | 'log';
  table: string;
  recordId: string;
  field: string;
  value: unknown;
  /** The hlc of the recorded value (the client's for a conflict, as clamped by the server). */
  hlc: string;
  /** The device that wrote the value (the pushing device for a conflict). */
  deviceId: string;
}

const recordTables = new Set(['conflicts', 'fieldHistory']);

export async function readHead(sql: Sql, workspaceId: string): Promise<number> {
  const [ws] = await sql.query<{ version: unknown }>('SELECT version FROM workspaces WHERE id = $1', [workspaceId]);
  return Number(ws?.version ?? 0);
}

export async function readLastMutationId(sql: Sql, deviceId: string): Promise<number> {
  const [d] = await sql.query<{ last_mutation_id: unknown }>('SELECT last_mutation_id FROM devices WHERE id = $1', [deviceId]);
  return Number(d?.last_mutation_id ?? 0);
}

/** Every row of the workspace (tombstones included), by `table:id`. */
export async function readRows(sql: Sql, workspaceId: string, maxVersion = Number.MAX_SAFE_INTEGER): Promise<Map<string, ServerRowState>> {
  const rows = await sql.query<{ tbl: string; id: string; fields: Record<string, unknown>; field_meta: ClockGroup[]; version: unknown; deleted: boolean }>(
    'SELECT tbl, id, fields::jsonb AS fields, field_meta::jsonb AS field_meta, version, deleted FROM rows WHERE workspace_id = $1 AND version <= $2 ORDER BY version',
    [workspaceId, maxVersion],
  );
  const map = new Map<string, ServerRowState>();
  for (const r of rows) {
    map.set(`${r.tbl}:${r.id}`, { table: r.tbl, id: r.id, fields: r.fields, fieldMeta: fieldMetaOf({ clocks: r.field_meta, fields: r.fields }), version: Number(r.version), deleted: r.deleted });
  }
  return map;
}

async function tableExists(sql: Sql, name: string): Promise<boolean> {
  const [row] = await sql.query<{ n: unknown }>(
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()",
    [name],
  );
  return Number(row?.n ?? 0) > 0;
}

/** Conflicts and history of the workspace, in whichever form the server stores them. */
export async function readLosses(sql: Sql, workspaceId: string, rows: Map<string, ServerRowState>): Promise<RecordedLoss[]> {
  const losses: RecordedLoss[] = [];
  for (const row of rows.values()) {
    if (!recordTables.has(row.table)) continue;
    const f = row.fields;
    const conflict = row.table === 'conflicts';
    losses.push({
      kind: conflict ? 'conflict' : 'history',
      source: 'rows',
      table: String(f.recordTable),
      recordId: String(f.recordId),
      field: String(f.field),
      value: conflict ? f.clientValue : f.value,
      hlc: String(conflict ? f.clientHlc : f.hlc),
      deviceId: String(conflict ? f.clientDeviceId : f.deviceId),
    });
  }
  for (const kind of ['conflicts', 'history'] as const) {
    if (!(await tableExists(sql, kind))) continue;
    const logged = await sql.query<{ tbl: string; record_id: string; field: string; detail: Record<string, unknown> }>(
      `SELECT tbl, record_id, field, detail FROM ${kind} WHERE workspace_id = $1 ORDER BY id`,
      [workspaceId],
    );
    for (const l of logged) {
      const conflict = kind === 'conflicts';
      losses.push({
        kind: conflict ? 'conflict' : 'history',
        source: 'log',
        table: l.tbl,
        recordId: l.record_id,
        field: l.field,
        value: conflict ? l.detail.clientValue : l.detail.value,
        hlc: String(conflict ? l.detail.clientHlc : l.detail.hlc),
        deviceId: String(conflict ? l.detail.clientDeviceId : l.detail.deviceId),
      });
    }
  }
  return losses;
}
