/**
 * Inputs and outcomes of the one merge function (`mergeMutation`) that the server uses to apply
 * pushes and the client uses to reason about its pending changes (SYNC-PROTOCOL.md "Conflict rule").
 */
import type { SyncedTable } from '../domain';
import type { Hlc } from './hlc';
import type { FieldMeta } from './record';

/**
 * The authoritative copy of one record as the server holds it. `fields` are the domain fields
 * WITHOUT `id` (the id is `id`); `fieldMeta` has one entry per field; `version` is the version of
 * the row's last change; a tombstone (`deleted: true`) keeps its last field values.
 */
export interface ServerRow {
  table: SyncedTable;
  id: string;
  fields: Record<string, unknown>;
  fieldMeta: FieldMeta;
  version: number;
  deleted: boolean;
}

/**
 * One pushed change. `put`: `fields` are the changed fields only, `base` maps each of them to the
 * `v` it was based on (absent for a new record). `delete`: neither. `hlc` is the change's clock value
 * (its embedded device id is the writer of the values); `deviceId` is the authenticated pushing device.
 */
export interface MergeInput extends PendingMutation {
  deviceId: string;
}

/**
 * `serverNowMs`: the server's wall clock (the merge never reads a clock itself). `version`: the
 * workspace version this change will get if it is written; it is stamped into `fieldMeta[f].v` of
 * every changed field. A `noop` or `rejected` outcome uses no version.
 */
export interface MergeContext {
  serverNowMs: number;
  version: number;
  /**
   * For a change to a request's question (`requestQuestions`): whether a request it belongs to,
   * or would move to, has been sent. The questions the server holds are then part of a legal
   * document (`checkFrozenQuestion`). The caller looks the request up; absent means not sent.
   */
  requestSent?: boolean;
}

/** A value that lost to a newer concurrent value of the same ordinary field: kept in history. */
export interface HistoryEntry {
  field: string;
  value: unknown;
  hlc: Hlc;
  /** The device that wrote the value: the pushing device, or the one embedded in the stored hlc. */
  deviceId?: string;
}

/**
 * A protected field the server did not change because of a concurrent change (`concurrentEdit`), or
 * any field of an edit whose base predates the record's deletion (`editAfterDelete`). The server
 * keeps `serverValue`; users resolve the conflict with an ordinary change.
 */
export interface MergeConflict {
  field: string;
  reason: 'concurrentEdit' | 'editAfterDelete';
  serverValue: unknown;
  serverHlc: Hlc;
  clientValue: unknown;
  clientHlc: Hlc;
}

/**
 * Why a change was refused. `forbidden_table`: a client wrote to a server-authored table
 * (`fieldHistory` at all; `conflicts` other than updating an existing conflict's resolution fields).
 */
export type MergeRejectCode = 'invalid_transition' | 'record_frozen' | 'validation_failed' | 'not_found' | 'forbidden_table';

/** Present on any outcome when the change's hlc was more than 24 h ahead of the server clock. */
interface ClampNote {
  clampedHlc?: Hlc;
}

/**
 * The row after the merge. `fields`/`fieldMeta` are complete (not a diff): what the server stores.
 * `changedFields` lists the fields whose value this change wrote; each gets meta `{ v: ctx.version,
 * hlc }`. A written value may equal the old one when the change is newer than the stored value: it
 * is restamped so later concurrent changes compare against the newest write. A delete writes no
 * value but stamps every field. An `applied` outcome with no `changedFields` and no change of
 * `deleted` leaves the row as it was: every value of the change lost and is only in `history`.
 */
interface MergedRow extends ClampNote {
  fields: Record<string, unknown>;
  fieldMeta: FieldMeta;
  deleted: boolean;
  changedFields: string[];
  history: HistoryEntry[];
}

export type MergeOutcome =
  | ({ status: 'applied' } & MergedRow)
  | ({ status: 'conflicted'; conflicts: MergeConflict[] } & MergedRow)
  | ({ status: 'rejected'; code: MergeRejectCode; message: string; details?: unknown } & ClampNote)
  | ({ status: 'noop' } & ClampNote);

/** A local change not yet acknowledged by the server, in outbox order (the push mutation shape). */
export interface PendingMutation {
  table: SyncedTable;
  id: string;
  op: 'put' | 'delete';
  fields?: Record<string, unknown>;
  base?: Record<string, number>;
  hlc: Hlc;
}
