import type { SyncedTable } from '../../shared/domain';
import type { ClockGroup } from '../../shared/sync/clockGroups';
import type { PullRequest, PullResponse } from '../../shared/sync/wire';
import type { Sql } from '../db/sql';
import { toNumber } from '../db/sql';
import type { DeviceIdentity } from '../services/devices';
import { ServiceError } from '../services/errors';

export const defaultPullLimit = 1000;

/**
 * How a page carries each change's clocks: per field, the contract's `fieldMeta`, or grouped as
 * stored (`clocks`, for a client that asks with `groupedClocksMediaType`, shared/sync/wire.ts).
 */
export type PullClocks = 'perField' | 'grouped';

/**
 * The page query of a grouped pull: `$1` workspace, `$2` cursor, `$3` limit. One row: the page's
 * changes as the JSON text of the answer's array without its brackets (each a change carrying its
 * stored clock groups, in version order), the version of its last change, and whether any change
 * follows it.
 *
 * The changes are written out by PostgreSQL, records and clocks spliced in as stored (`json`
 * columns: their text, never parsed), and come back as one value. Read row by row, the driver
 * decoding 5,000 rows a page and the server joining them cost twice the CPU (PGlite: 1.8 s against
 * 0.9 s for 100,000 cases), taken from the device downloading them on a small server
 * (bench/sync/initialSync.ts). The aggregate reads the page in the order the subquery gives it,
 * which is the index's (`pullPageSettings`) or a sort's: both are version order. `has_more` looks
 * for the next change in version order, so that it reads one entry of the index: asked whether
 * any exists, the planner scanned the table, all of it when none does (a device keeping up).
 */
const groupedPageQuery = `SELECT page.changes, page.last,
                (SELECT r.version FROM rows r WHERE r.workspace_id = $1 AND r.version > page.last ORDER BY r.version LIMIT 1) IS NOT NULL AS has_more
  FROM (SELECT string_agg('{"table":' || to_json(tbl)::text || ',"id":' || to_json(id)::text || ',"version":' || version::text ||
                          ',"deleted":' || deleted::text || ',"fields":' || fields::text || ',"clocks":' || field_meta::text || '}', ',') AS changes,
               max(version) AS last
          FROM (SELECT tbl, id, version, deleted, fields, field_meta FROM rows
                 WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3) ordered) page`;

/**
 * The page query of a pull in the contract's shape: its rows, `$3` one more than the limit (the
 * extra row tells `hasMore`). Their clocks are written out per field here, in JavaScript: in SQL,
 * expanding each row's groups field by field cost PGlite 70 µs a row.
 */
const perFieldPageQuery = `SELECT tbl, id, version, deleted, fields, field_meta FROM rows
  WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3`;

/** The query reading a page of each form (`$1` workspace, `$2` cursor, `$3` as each says). */
export const pullPageQuery: Record<PullClocks, string> = { grouped: groupedPageQuery, perField: perFieldPageQuery };
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
export const unsortedPullPageQuery = (clocks: PullClocks) => `${pullPageQuery[clocks]} -- planned with enable_sort off`;

/**
 * Versions after the cursor up to which the page is read without `pullPageSettings`: at most this
 * many rows can follow the cursor (each change takes a version of its own), so even the plan that
 * sorts them all stays small. It spares the pulls of devices keeping up, most of a server's
 * requests, the transaction the setting needs: three round trips to the database of six, which
 * queued behind each other on a busy server (bench/load).
 */
export const smallPullVersions = 1000;

/** A page read: its changes as JSON text (comma-separated), its last version, and whether more follow. */
interface Page {
  changes: string;
  last: number | null;
  hasMore: boolean;
}

/** A row of the contract-shaped page query: `fields` and `field_meta` as their stored JSON text. */
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
 * Records are sent as stored, never parsed (a first download moves megabytes per page).
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
  if (request.cursor > version || head.before_restore) return { changes: '', cursor: 0, hasMore: false, lastMutationId, resetRequired: true };
  const page = request.cursor === version ? null : await readPage(sql, who.workspaceId, request.cursor, version, limit, clocks);
  return {
    changes: page?.changes ?? '',
    cursor: page?.last ?? request.cursor,
    hasMore: page?.hasMore ?? false,
    lastMutationId,
  };
}

/** The page after `cursor` of a workspace at `version`, in the form asked for. */
async function readPage(sql: Sql, workspaceId: string, cursor: number, version: number, limit: number, clocks: PullClocks): Promise<Page> {
  const params = [workspaceId, cursor, clocks === 'grouped' ? limit : limit + 1];
  const read = async (run: Pick<Sql, 'query'>, text: string) => {
    if (clocks === 'perField') return perFieldPage(await run.query<PageRow>(text, params), limit);
    const [row] = await run.query<{ changes: string | null; last: unknown; has_more: boolean }>(text, params);
    return { changes: row?.changes ?? '', last: row?.changes ? toNumber(row.last) : null, hasMore: row?.has_more ?? false };
  };
  if (version - cursor <= smallPullVersions) return read(sql, pullPageQuery[clocks]);
  return sql.transaction(async (tx) => {
    await tx.query(pullPageSettings);
    return read(tx, unsortedPullPageQuery(clocks));
  });
}

/** A page in the contract's shape from up to `limit` + 1 rows: each change's clocks per field. */
function perFieldPage(rows: PageRow[], limit: number): Page {
  const page = rows.slice(0, limit);
  const changes = page.map(
    (r) =>
      `{"table":${JSON.stringify(r.tbl)},"id":${JSON.stringify(r.id)},"version":${toNumber(r.version)},` +
      `"deleted":${r.deleted},"fields":${r.fields},"fieldMeta":${fieldMetaJson(r)}}`,
  );
  const last = page.at(-1);
  return { changes: changes.join(','), last: last ? toNumber(last.version) : null, hasMore: rows.length > limit };
}

/** A row's stored clock groups written out as the wire's per-field `fieldMeta` JSON. */
function fieldMetaJson(row: PageRow): string {
  const entries: string[] = [];
  const groups = JSON.parse(row.field_meta) as ClockGroup[];
  // A group without names covers the record's fields: read only for such a row.
  for (const { v, hlc, fields } of groups) {
    const clock = `{"v":${v},"hlc":${JSON.stringify(hlc)}}`;
    for (const field of fields ?? Object.keys(JSON.parse(row.fields) as object)) entries.push(`${JSON.stringify(field)}:${clock}`);
  }
  return `{${entries.join(',')}}`;
}

/** The answer of a pull with its changes still as JSON text: `pullAnswerJson` writes it out. */
export interface PullAnswer extends Omit<PullResponse, 'changes'> {
  /** The changes (`PulledChange`) as the JSON text inside the answer's array: comma-separated. */
  changes: string;
}

/** The wire JSON of a pull answer (SYNC-PROTOCOL.md `POST /v1/sync/pull`). */
export function pullAnswerJson({ changes, ...rest }: PullAnswer): string {
  return `{"changes":[${changes}],${JSON.stringify(rest).slice(1)}`;
}
