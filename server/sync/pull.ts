import type { SyncedTable } from '../../shared/domain';
import type { ClockGroup } from '../../shared/sync/clockGroups';
import type { PullRequest, PullResponse } from '../../shared/sync/wire';
import type { Sql } from '../db/sql';
import { toNumber } from '../db/sql';
import type { DeviceIdentity } from '../services/devices';
import { ServiceError } from '../services/errors';

export const defaultPullLimit = 1000;

/** The page query: `$1` workspace, `$2` cursor, `$3` limit + 1 (one extra row tells `hasMore`). */
export const pullPageQuery = `SELECT tbl, id, version, deleted, fields, field_meta FROM rows
  WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3`;
export const maxPullLimit = 5000;

/**
 * Set in the page's transaction: the page comes in the index's order, never from a sort. With
 * statistics that undercount a workspace (PGlite never analyses; PostgreSQL's autovacuum lags
 * behind a large import) the planner read EVERY change after the cursor through a bitmap scan and
 * sorted them on disk, for each page of a first download: 130-260 ms a page of 5,000 instead of
 * 5 ms, and most of the server's time in bench/sync/initialSync.ts.
 */
export const pullPageSettings = 'SET LOCAL enable_sort = off';

/**
 * `pullPageQuery` as run after `pullPageSettings`. A text of its own: PostgreSQL keeps the plan of
 * a statement prepared on a connection (server/db/pgSql.ts) whatever the settings it is later run
 * under, so sharing the text could reuse a plan made with sorting on.
 */
export const unsortedPullPageQuery = `${pullPageQuery} -- planned with enable_sort off`;

/**
 * Versions after the cursor up to which the page is read without `pullPageSettings`: at most this
 * many rows can follow the cursor (each change takes a version of its own), so even the plan that
 * sorts them all stays small. It spares the pulls of devices keeping up, most of a server's
 * requests, the transaction the setting needs: three round trips to the database of six, which
 * queued behind each other on a busy server (bench/load).
 */
export const smallPullVersions = 1000;

/**
 * How a page carries each change's clocks: per field, the contract's `fieldMeta`, or grouped as
 * stored (`clocks`, for a client that asks with `groupedClocksMediaType`, shared/sync/wire.ts).
 */
export type PullClocks = 'perField' | 'grouped';

/** A row of `pullPageQuery`: `fields` and `field_meta` as their stored JSON text. */
interface PageRow {
  tbl: SyncedTable;
  id: string;
  version: unknown;
  deleted: boolean;
  fields: string;
  field_meta: string;
}

/**
 * One page of changes after `cursor` (SYNC-PROTOCOL.md pull): rows of the caller's workspace with
 * `version > cursor`, in version order, at most `limit`. Reads go through the
 * `(workspace_id, version)` index, so the cost follows the changes since the cursor, not the size
 * of the workspace. The returned `cursor` is the version of the last row sent (or the request's
 * cursor when nothing is new): never a version whose rows the client has not received.
 * A cursor beyond the workspace's version (a client of a reset server), or one from the stretch of
 * history a restore from a backup lost (server/backup/restoreBackup.ts), answers `resetRequired`.
 * Records are sent as stored, never parsed here (a first download moves megabytes per page); only
 * their small clock groups are read to write the per-field `fieldMeta` of the wire.
 */
export async function pullChanges(sql: Sql, who: DeviceIdentity, request: PullRequest, clocks: PullClocks = 'perField'): Promise<PullAnswer> {
  if (request.deviceId !== who.deviceId) throw new ServiceError('forbidden', 'deviceId is not the authenticated device');
  const limit = Math.min(request.limit ?? defaultPullLimit, maxPullLimit);
  // Head and page need no transaction between them: each statement would see a snapshot of its
  // own inside one too, and the head is read first on purpose. A lastMutationId older than the
  // rows only makes the client re-push (answered `duplicate`); a newer one could let it drop an
  // outbox entry too early.
  const [head] = await sql.query<{ version: unknown; last_mutation_id: unknown; before_restore: boolean }>(
    `SELECT w.version, d.last_mutation_id,
            EXISTS (SELECT 1 FROM workspace_restores r
                     WHERE r.workspace_id = w.id AND $3 > r.restored_version AND $3 <= r.resumed_version) AS before_restore
       FROM workspaces w JOIN devices d ON d.workspace_id = w.id
      WHERE w.id = $1 AND d.id = $2`,
    [who.workspaceId, who.deviceId, request.cursor],
  );
  if (!head) throw new ServiceError('unauthenticated', 'Unknown device');
  const lastMutationId = toNumber(head.last_mutation_id);
  const version = toNumber(head.version);
  const rows = request.cursor > version || head.before_restore ? null : await readPage(sql, who.workspaceId, request.cursor, version, limit);
  if (rows === null) return { changes: [], cursor: 0, hasMore: false, lastMutationId, resetRequired: true };
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  // `fields` and the grouped clocks are stored JSON text (server/db/sql.ts), spliced in unparsed.
  const clocksJson = clocks === 'grouped' ? (r: PageRow) => `"clocks":${r.field_meta}` : (r: PageRow) => `"fieldMeta":${fieldMetaJson(r.field_meta)}`;
  return {
    changes: page.map(
      (r) =>
        `{"table":${JSON.stringify(r.tbl)},"id":${JSON.stringify(r.id)},"version":${toNumber(r.version)},` +
        `"deleted":${r.deleted},"fields":${r.fields},${clocksJson(r)}}`,
    ),
    cursor: last ? toNumber(last.version) : request.cursor,
    hasMore: rows.length > limit,
    lastMutationId,
  };
}

/** The page after `cursor` of a workspace at `version`: up to `limit` rows, and one more if there are. */
async function readPage(sql: Sql, workspaceId: string, cursor: number, version: number, limit: number): Promise<PageRow[]> {
  if (cursor === version) return [];
  const params = [workspaceId, cursor, limit + 1];
  if (version - cursor <= smallPullVersions) return sql.query<PageRow>(pullPageQuery, params);
  return sql.transaction(async (tx) => {
    await tx.query(pullPageSettings);
    return tx.query<PageRow>(unsortedPullPageQuery, params);
  });
}

/** A row's stored clock groups written out as the wire's per-field `fieldMeta` JSON. */
function fieldMetaJson(storedGroups: string): string {
  const entries: string[] = [];
  for (const { v, hlc, fields } of JSON.parse(storedGroups) as ClockGroup[]) {
    const clock = `{"v":${v},"hlc":${JSON.stringify(hlc)}}`;
    for (const field of fields) entries.push(`${JSON.stringify(field)}:${clock}`);
  }
  return `{${entries.join(',')}}`;
}

/** The answer of a pull with its changes still as JSON text: `pullAnswerJson` writes it out. */
export interface PullAnswer extends Omit<PullResponse, 'changes'> {
  /** Each change (`PulledChange`) as JSON text. */
  changes: string[];
}

/** The wire JSON of a pull answer (SYNC-PROTOCOL.md `POST /v1/sync/pull`). */
export function pullAnswerJson({ changes, ...rest }: PullAnswer): string {
  return `{"changes":[${changes.join(',')}],${JSON.stringify(rest).slice(1)}`;
}
