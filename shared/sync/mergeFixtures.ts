/**
 * Builders for merge tests: server rows made from the domain's sample records, hlcs on a fixed
 * time line, and a fold that applies changes one after another the way the server does.
 */
import { sampleRecords } from '../domain/sampleRecords';
import type { SyncedTable } from '../domain';
import { formatHlc, type Hlc } from './hlc';
import { mergeMutation } from './merge';
import type { HistoryEntry, MergeConflict, MergeInput, MergeOutcome, ServerRow } from './mergeTypes';
import type { FieldMeta } from './record';

/** 2026-01-01T00:00:00Z: every fixture hlc is an offset from it. */
export const t0 = 1_767_225_600_000;
export const serverNowMs = t0 + 60 * 60 * 1000;

export function hlcAt(offsetMs: number, deviceId: string, counter = 0): Hlc {
  return formatHlc({ ms: t0 + offsetMs, counter, deviceId });
}

/** A live row of `table` from its sample record; every field last written at `version` by `writer`. */
export function rowOf<T extends SyncedTable>(
  table: T,
  overrides: Record<string, unknown> = {},
  { version = 3, writer = 'dev-seed' }: { version?: number; writer?: string } = {},
): ServerRow {
  const { id, ...fields } = { ...sampleRecords[table], ...overrides } as Record<string, unknown>;
  const fieldMeta: FieldMeta = {};
  for (const field of Object.keys(fields)) fieldMeta[field] = { v: version, hlc: hlcAt(0, writer) };
  return { table, id: String(id), fields, fieldMeta, version, deleted: false };
}

/** A put on `row` from `deviceId`, based on `base` for every field unless given per field. */
export function putOn(
  row: Pick<ServerRow, 'table' | 'id'>,
  fields: Record<string, unknown>,
  { hlc, deviceId, base }: { hlc: Hlc; deviceId: string; base?: number | Record<string, number> },
): MergeInput {
  const perField =
    typeof base === 'number' ? Object.fromEntries(Object.keys(fields).map((f) => [f, base])) : base;
  return { table: row.table, id: row.id, op: 'put', fields, ...(perField ? { base: perField } : {}), hlc, deviceId };
}

export function deleteOf(row: Pick<ServerRow, 'table' | 'id'>, hlc: Hlc, deviceId: string): MergeInput {
  return { table: row.table, id: row.id, op: 'delete', hlc, deviceId };
}

/** The row a server stores after `outcome` (unchanged for `noop` and `rejected`). */
export function nextRow(row: ServerRow | null, change: MergeInput, outcome: MergeOutcome, version: number) {
  if (outcome.status !== 'applied' && outcome.status !== 'conflicted') return row;
  const { fields, fieldMeta, deleted } = outcome;
  return { table: change.table, id: change.id, fields, fieldMeta, deleted, version };
}

export interface Replay {
  row: ServerRow | null;
  outcomes: MergeOutcome[];
  history: HistoryEntry[];
  conflicts: MergeConflict[];
}

/** Applies `changes` in order like the server: each written change takes the next version. */
export function replay(start: ServerRow | null, changes: readonly MergeInput[], now = serverNowMs): Replay {
  const result: Replay = { row: start, outcomes: [], history: [], conflicts: [] };
  let version = start?.version ?? 0;
  for (const change of changes) {
    const outcome = mergeMutation(result.row, change, { serverNowMs: now, version: version + 1 });
    result.outcomes.push(outcome);
    if (outcome.status === 'applied' || outcome.status === 'conflicted') {
      version += 1;
      result.row = nextRow(result.row, change, outcome, version);
      result.history.push(...outcome.history);
    }
    if (outcome.status === 'conflicted') result.conflicts.push(...outcome.conflicts);
  }
  return result;
}
