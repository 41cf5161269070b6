/**
 * Turns what a merge reports (conflicts of protected fields, losing values of ordinary fields)
 * into rows of the server-authored synced tables `conflicts` and `fieldHistory`, so every device
 * pulls them like any record (issue 3; `shared/domain/syncRecords.ts` defines the records).
 *
 * Rows are built valid by construction (they are never validated inside the push transaction: a
 * throw there would fail the whole batch and stall the device): absent values become `null`, an
 * unknown clock or writer becomes `unknownHlc` / `unknownDevice`.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Conflict, FieldHistoryEntry, JsonValue, RecordTable, SyncedTable } from '../../shared/domain';
import { writerOf } from '../../shared/sync/clamp';
import { formatHlc, isHlc, type Hlc } from '../../shared/sync/hlc';
import type { HistoryEntry, MergeConflict, ServerRow } from '../../shared/sync/mergeTypes';
import type { FieldMeta } from '../../shared/sync/record';
import type { SqlTx } from '../db/sql';

/** The device id in the hlcs the server stamps on the rows it authors. */
export const serverDeviceId = 'server';
/** Writer of a value whose clock the server does not have (a field written before it kept one). */
export const unknownDevice = 'unknown';
const unknownHlc = formatHlc({ ms: 0, counter: 0, deviceId: unknownDevice });

/** What the push knows when the merge reports a conflict or a lost value. */
export interface MergeReport {
  /** The table of the record the push changed (a client cannot write to server-authored tables). */
  table: SyncedTable;
  recordId: string;
  /** The authenticated pushing device. */
  clientDeviceId: string;
}

/** Server-authored rows waiting for the member names of the devices they mention. */
export interface AuthoredRow {
  row: ServerRow;
  /** Fields to fill with the member name of a device id, once names are looked up. */
  authors: { field: string; deviceId: string }[];
}

/**
 * Collects the server-authored rows of one push. Each row gets the version the caller hands it
 * (its own, next workspace version) and a fieldMeta stamped with a server hlc at `nowMs` (counter =
 * position in the batch, so no two stamps are equal). Authors are filled once names are known.
 */
export class ServerAuthoredRows {
  readonly rows: AuthoredRow[] = [];
  private counter = 0;

  constructor(private readonly nowMs: number) {}

  addConflict(version: number, report: MergeReport, c: MergeConflict): void {
    const serverHlc = knownHlc(c.serverHlc);
    const serverDevice = writerOf(serverHlc) ?? unknownDevice;
    const fields: Omit<Conflict, 'id'> = {
      recordTable: report.table as RecordTable,
      recordId: report.recordId,
      field: c.field,
      reason: c.reason,
      serverValue: jsonOf(c.serverValue),
      serverHlc,
      serverDeviceId: serverDevice,
      serverAuthor: '',
      clientValue: jsonOf(c.clientValue),
      clientHlc: c.clientHlc,
      clientDeviceId: report.clientDeviceId,
      clientAuthor: '',
      createdAt: this.nowIso(),
      status: 'open',
      resolvedValue: null,
      resolvedBy: '',
      resolvedAt: null,
    };
    this.push(version, 'conflicts', fields, [
      { field: 'serverAuthor', deviceId: serverDevice },
      { field: 'clientAuthor', deviceId: report.clientDeviceId },
    ]);
  }

  addHistory(version: number, report: MergeReport, h: HistoryEntry): void {
    const hlc = knownHlc(h.hlc);
    const deviceId = h.deviceId ?? writerOf(hlc) ?? unknownDevice;
    const fields: Omit<FieldHistoryEntry, 'id'> = {
      recordTable: report.table as FieldHistoryEntry['recordTable'],
      recordId: report.recordId,
      field: h.field,
      value: jsonOf(h.value),
      hlc,
      deviceId,
      author: '',
      replacedAt: this.nowIso(),
    };
    this.push(version, 'fieldHistory', fields, [{ field: 'author', deviceId }]);
  }

  /** Device ids whose member names the rows need. */
  deviceIds(): string[] {
    return [...new Set(this.rows.flatMap((r) => r.authors.map((a) => a.deviceId)))];
  }

  /** Fills every author field; a device the workspace does not know keeps `''`. */
  fillAuthors(names: ReadonlyMap<string, string>): ServerRow[] {
    for (const { row, authors } of this.rows) {
      for (const { field, deviceId } of authors) row.fields[field] = (names.get(deviceId) ?? '').slice(0, 200);
    }
    return this.rows.map((r) => r.row);
  }

  private push(version: number, table: 'conflicts' | 'fieldHistory', fields: Record<string, unknown>, authors: AuthoredRow['authors']) {
    const hlc = formatHlc({ ms: this.nowMs, counter: this.counter++, deviceId: serverDeviceId });
    const fieldMeta: FieldMeta = {};
    for (const field of Object.keys(fields)) fieldMeta[field] = { v: version, hlc };
    this.rows.push({ row: { table, id: uuidv7({ msecs: this.nowMs }), fields, fieldMeta, version, deleted: false }, authors });
  }

  private nowIso(): string {
    return new Date(this.nowMs).toISOString();
  }
}

/** Member names of `deviceIds` within `workspaceId` (revoked devices included: they still wrote). */
export async function memberNamesOfDevices(tx: SqlTx, workspaceId: string, deviceIds: string[]): Promise<Map<string, string>> {
  if (deviceIds.length === 0) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    `SELECT d.id, m.name FROM devices d JOIN members m ON m.id = d.member_id
      WHERE d.workspace_id = $1 AND d.id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [workspaceId, JSON.stringify(deviceIds)],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

function knownHlc(hlc: Hlc): Hlc {
  return isHlc(hlc) ? hlc : unknownHlc;
}

/** A value as JSON keeps it (it arrived as JSON); `undefined` (a field the record never had) is `null`. */
function jsonOf(value: unknown): JsonValue {
  return value === undefined ? null : (value as JsonValue);
}
