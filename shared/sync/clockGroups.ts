import type { FieldMeta } from './record';

/**
 * Per-field clocks grouped by clock: how both the local database and the server store a row's
 * `fieldMeta`, and how a pull carries them to a client that asks (shared/sync/wire.ts
 * `groupedClocksMediaType`). A row created or pulled in one change has one `{ v, hlc }` for all its
 * fields: one group instead of an object per field, about a fifth of the bytes.
 *
 * A group without `fields` covers every field of its record (`covered`): the usual row's only
 * group, which then does not repeat the record's field names either. The contract's wire keeps
 * the per-field shape of SYNC-PROTOCOL.md.
 */
export interface ClockGroup {
  v: number;
  hlc: string;
  fields?: string[];
}

/**
 * `fieldMeta` grouped by clock, fields in order. `covered`: the names of the record's fields; when
 * one clock covers exactly those, the one group is written without them.
 */
export function groupClocks(fieldMeta: FieldMeta, covered?: readonly string[]): ClockGroup[] {
  // The usual row, created or pulled in one change: every field shares the first field's clock.
  const fields = Object.keys(fieldMeta);
  const first = fields.length > 0 ? fieldMeta[fields[0] as string] : undefined;
  if (first && fields.every((f) => fieldMeta[f]?.v === first.v && fieldMeta[f]?.hlc === first.hlc)) {
    const coversRecord = covered !== undefined && covered.length === fields.length && covered.every((f) => Object.hasOwn(fieldMeta, f));
    return [coversRecord ? { v: first.v, hlc: first.hlc } : { v: first.v, hlc: first.hlc, fields }];
  }
  const groups = new Map<string, ClockGroup & { fields: string[] }>();
  for (const [field, { v, hlc }] of Object.entries(fieldMeta)) {
    const key = `${v} ${hlc}`;
    const group = groups.get(key);
    if (group) group.fields.push(field);
    else groups.set(key, { v, hlc, fields: [field] });
  }
  return [...groups.values()];
}

/**
 * Each field its group's clock; a group without `fields` gives its clock to every name `covered`
 * returns (asked only then). The fields of a group share one clock object: clocks are never
 * changed in place, and a first download reads 100,000 rows of 20-odd fields each.
 */
export function ungroupClocks(groups: readonly ClockGroup[], covered?: () => readonly string[]): FieldMeta {
  const fieldMeta: FieldMeta = {};
  for (const { v, hlc, fields } of groups) {
    const clock = { v, hlc };
    const names = fields ?? covered?.();
    if (names === undefined) throw new TypeError('A clock group without field names needs the fields of its record');
    for (const field of names) {
      // An own property whatever the name, as JSON.parse makes it: set, `__proto__` would not be a field.
      if (field === '__proto__') Object.defineProperty(fieldMeta, field, { value: clock, enumerable: true, writable: true, configurable: true });
      else fieldMeta[field] = clock;
    }
  }
  return fieldMeta;
}
