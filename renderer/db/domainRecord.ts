import { clocksProperty } from './rowClocks';

const syncFields = ['version', clocksProperty, 'deleted'] as const;

/** The domain record of a stored row: sync metadata is the data layer's business, not the UI's. */
export function toRecord<T extends object>(row: T): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of syncFields) delete copy[key];
  return copy as T;
}

/** The live (not deleted) rows as domain records. */
export function liveRecords<T extends object>(rows: readonly (T & { deleted: number })[]): T[] {
  return rows.filter((r) => r.deleted === 0).map((r) => toRecord(r) as T);
}
