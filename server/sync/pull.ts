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
 * Each change's clocks as JSON text, from the stored groups (`field_meta`, JSON text): as stored,
 * or written out per field, each field its group's `{ v, hlc }` (a group without names: each
 * field of the record, shared/sync/clockGroups.ts).
 */
const clocksJson: Record<PullClocks, string> = {
  grouped: `'"clocks":' || field_meta::text`,
  perField: `'"fieldMeta":' || COALESCE((
      SELECT json_object_agg(f.name, json_build_object('v', g.value -> 'v', 'hlc', g.value -> 'hlc'))::text
        FROM json_array_elements(field_meta) g,
             LATERAL (SELECT json_array_elements_text(g.value -> 'fields')
                      UNION ALL
                      SELECT json_object_keys(fields) WHERE g.value -> 'fields' IS NULL) AS f(name)), '{}')`,
};

/**
 * The page query: `$1` workspace, `$2` cursor, `$3` limit. One row: the page's changes as the
 * JSON text of the answer's array without its brackets (each a `PulledChange`, in version order),
 * the version of its last change, and whether any change follows it.
 *
 * The changes are written out by PostgreSQL, records spliced in as stored (`fields` is `json`: its
 * text, never parsed), and come back as one value. Read row by row, as they were, the driver
 * decoding 5,000 rows a page and the server joining them cost twice the CPU (PGlite: 1.8 s against
 * 0.9 s for 100,000 cases), taken from the device downloading them on a small server
 * (bench/sync/initialSync.ts). The aggregate reads the page in the order the subquery gives it,
 * which is the index's (`pullPageSettings`) or a sort's: both are version order. `has_more` looks
 * for the next change in version order, so that it reads one entry of the index: asked whether
 * any exists, the planner scanned the table, all of it when none does (a device keeping up).
 */
export function pullPageQuery(clocks: PullClocks): string {
  return `SELECT page.changes, page.last,
                (SELECT r.version FROM rows r WHERE r.workspace_id = $1 AND r.version > page.last ORDER BY r.version LIMIT 1) IS NOT NULL AS has_more
  FROM (SELECT string_agg('{"table":' || to_json(tbl)::text || ',"id":' || to_json(id)::text || ',"version":' || version::text ||
                          ',"deleted":' || deleted::text || ',"fields":' || fields::text || ',' || ${clocksJson[clocks]} || '}', ',') AS changes,
               max(version) AS last
          FROM (SELECT tbl, id, version, deleted, fields, field_meta FROM rows
                 WHERE workspace_id = $1 AND version > $2 ORDER BY version LIMIT $3) ordered) page`;
}
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
export const unsortedPullPageQuery = (clocks: PullClocks) => `${pullPageQuery(clocks)} -- planned with enable_sort off`;

/**
 * Versions after the cursor up to which the page is read without `pullPageSettings`: at most this
 * many rows can follow the cursor (each change takes a version of its own), so even the plan that
 * sorts them all stays small. It spares the pulls of devices keeping up, most of a server's
 * requests, the transaction the setting needs: three round trips to the database of six, which
 * queued behind each other on a busy server (bench/load).
 */
export const smallPullVersions = 1000;

/** The one row of `pullPageQuery`; `changes` and `last` are null for a page without changes. */
interface PageRow {
  changes: string | null;
  last: unknown;
  has_more: boolean;
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
  const page = await readPage(sql, who.workspaceId, request.cursor, version, limit, clocks);
  return {
    changes: page?.changes ?? '',
    cursor: page?.changes ? toNumber(page.last) : request.cursor,
    hasMore: page?.has_more ?? false,
    lastMutationId,
  };
}

/** The page after `cursor` of a workspace at `version` (none when the cursor is there already). */
async function readPage(sql: Sql, workspaceId: string, cursor: number, version: number, limit: number, clocks: PullClocks): Promise<PageRow | undefined> {
  if (cursor === version) return undefined;
  const params = [workspaceId, cursor, limit];
  if (version - cursor <= smallPullVersions) return (await sql.query<PageRow>(pullPageQuery(clocks), params))[0];
  return sql.transaction(async (tx) => {
    await tx.query(pullPageSettings);
    return (await tx.query<PageRow>(unsortedPullPageQuery(clocks), params))[0];
  });
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
