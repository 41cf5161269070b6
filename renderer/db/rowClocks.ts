import { groupClocks, ungroupClocks, type ClockGroup, type FieldMeta } from '../../shared/sync';

/**
 * A synced row's per-field clocks as the row carries them (`clocksProperty`): grouped by clock
 * (shared/sync/clockGroups.ts). A group without `fields` is the usual row's only group, created or
 * pulled in one change: its clock covers every field the row holds, so a row written by a first
 * download or a new record carries two values, not the names of its fields again.
 *
 * In the row, not in a store of their own (schema version 9): IndexedDB then writes one record per
 * row, not two, which was about a third of a first download's write. Kept in clear beside
 * `version` and `deleted` (recordSealing.ts): field names and clocks, no values, as before.
 */
export interface StoredClockGroup {
  v: number;
  hlc: string;
  fields?: string[];
}

export const clocksProperty = 'clocks';

/** Properties of a stored synced row that are not fields of its record. */
const rowMeta: ReadonlySet<string> = new Set(['id', 'version', 'deleted', clocksProperty]);

/** The record fields a row holds: what a group without `fields` covers. */
function heldFields(row: object): string[] {
  const values = row as Record<string, unknown>;
  const fields: string[] = [];
  // `undefined` is not held: a sealed row's fields go through JSON, which drops them.
  for (const name in values) if (Object.hasOwn(values, name) && !rowMeta.has(name) && values[name] !== undefined) fields.push(name);
  return fields;
}

/** `fieldMeta` grouped for `row`, its one group without names when it covers exactly the row's fields. */
export function packRowClocks(row: object, fieldMeta: FieldMeta): StoredClockGroup[] {
  const groups = groupClocks(fieldMeta);
  if (groups.length !== 1) return groups;
  const [{ v, hlc, fields }] = groups as [StoredClockGroup & { fields: string[] }];
  const held = heldFields(row);
  const values = row as Record<string, unknown>;
  return held.length === fields.length && fields.every((f) => Object.hasOwn(values, f) && values[f] !== undefined) ? [{ v, hlc }] : groups;
}

/** The per-field clocks of a stored row (`{}` for a row without any). */
export function clocksOf(row: object): FieldMeta {
  const groups = (row as Record<string, unknown>)[clocksProperty] as readonly StoredClockGroup[] | undefined;
  if (!groups) return {};
  return ungroupClocks(groups.map((group): ClockGroup => (group.fields ? (group as ClockGroup) : { ...group, fields: heldFields(row) })));
}

/** `row` carrying `fieldMeta` as its clocks (a copy; the row is not changed). */
export function withClocks<R extends object>(row: R, fieldMeta: FieldMeta): R & { [clocksProperty]: StoredClockGroup[] } {
  const { [clocksProperty]: _old, ...rest } = row as Record<string, unknown>;
  return { ...rest, [clocksProperty]: packRowClocks(rest, fieldMeta) } as R & { [clocksProperty]: StoredClockGroup[] };
}
