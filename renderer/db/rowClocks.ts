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
export type StoredClockGroup = ClockGroup;

export const clocksProperty = 'clocks';

/** Properties of a stored synced row that are not fields of its record. */
const rowMetaNames = ['id', 'version', 'deleted', clocksProperty] as const;
const rowMeta: ReadonlySet<string> = new Set(rowMetaNames);

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
  return groupClocks(fieldMeta, heldFields(row));
}

/** The per-field clocks of a stored row (`{}` for a row without any). */
export function clocksOf(row: object): FieldMeta {
  const groups = (row as Record<string, unknown>)[clocksProperty] as readonly StoredClockGroup[] | undefined;
  return groups ? ungroupClocks(groups, () => heldFields(row)) : {};
}

/**
 * The clocks a row built from a pulled change's `fields` carries: the change's groups as they
 * came. A group without names covers the change's fields, and so the row's, unless a field's name
 * is one of the row's own properties (`id`, `version`, `deleted`, `clocks`), which the row does not
 * hold as a field: then the groups are written out and packed again.
 */
export function rowClocksOf(row: object, fields: object, groups: StoredClockGroup[]): StoredClockGroup[] {
  const unnamed = groups.some((g) => g.fields === undefined);
  if (!unnamed || !rowMetaNames.some((name) => Object.hasOwn(fields, name))) return groups;
  return packRowClocks(row, ungroupClocks(groups, () => Object.keys(fields)));
}

/** `row` carrying `fieldMeta` as its clocks (a copy; the row is not changed). */
export function withClocks<R extends object>(row: R, fieldMeta: FieldMeta): R & { [clocksProperty]: StoredClockGroup[] } {
  const { [clocksProperty]: _old, ...rest } = row as Record<string, unknown>;
  return { ...rest, [clocksProperty]: packRowClocks(rest, fieldMeta) } as R & { [clocksProperty]: StoredClockGroup[] };
}
