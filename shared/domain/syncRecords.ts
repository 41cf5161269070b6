/**
 * Records the server writes when it merges a push, synced to every device like any other record
 * so each member sees the same conflicts and the same losing values (SYNC-PROTOCOL.md, issue 3):
 * - a `Conflict` for a concurrent change of a protected field (a status or outcome), left open
 *   until a person chooses the value; resolving it is an ordinary client change of its
 *   `conflictResolutionFields` together with the record's field;
 * - a `FieldHistoryEntry` for the losing value of an ordinary field, so nothing typed is lost.
 * Values are the JSON values of the record's field (any type, `null` included).
 */
import { z } from 'zod';
import { enumField, idSchema, optionalText, recordObject, requiredText } from './fields';
import { msg, typeError } from './messageKeys';
import { recordTables, type SyncedTable } from './tableNames';
import { isoDateTimeSchema, nullableIsoDateTimeSchema } from './validators/isoDate';

/** Same shape as `shared/sync/hlc.ts` (`<15-digit ms>-<5 base-36 counter>-<deviceId>`); domain cannot import sync. */
const hlcPattern = /^\d{15}-[0-9a-z]{5}-.+$/;
const hlcField = z
  .string({ error: typeError })
  .regex(hlcPattern, msg.hlcFormat);

/** Any value JSON can carry: what a record field holds on the wire. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function isJsonValue(v: unknown): v is JsonValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonValue);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every(isJsonValue);
  return false;
}

/** A field's value as it travelled on the wire: any JSON value, `null` included, never absent. */
const jsonValue = z.custom<JsonValue>(isJsonValue, { error: typeError });

export const conflictReasons = ['concurrentEdit', 'editAfterDelete'] as const;
export type ConflictReason = (typeof conflictReasons)[number];
export const conflictStatuses = ['open', 'resolved'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

/** The only fields of a conflict a client may write (to resolve it); the server writes the rest. */
export const conflictResolutionFields = ['status', 'resolvedValue', 'resolvedBy', 'resolvedAt'] as const;
export type ConflictResolutionField = (typeof conflictResolutionFields)[number];

/**
 * Fields that must travel as one change: whenever one of them is written, all are, under one
 * clock. Otherwise two officers resolving the same conflict at once would merge field by field
 * into a resolution neither chose (one's value under the other's name).
 */
const fieldGroups: Partial<Record<SyncedTable, readonly (readonly string[])[]>> = {
  conflicts: [conflictResolutionFields],
};

/** `changed` widened to whole field groups (see `fieldGroups`), in a stable order. */
export function withFieldGroups(table: SyncedTable, changed: readonly string[]): string[] {
  const out = new Set(changed);
  for (const group of fieldGroups[table] ?? []) {
    if (group.some((f) => out.has(f))) for (const f of group) out.add(f);
  }
  return [...out];
}

/** The first field group `fields` writes only part of, or null when every group is whole or absent. */
export function partialFieldGroup(table: SyncedTable, fields: readonly string[]): readonly string[] | null {
  const present = new Set(fields);
  for (const group of fieldGroups[table] ?? []) {
    const some = group.filter((f) => present.has(f)).length;
    if (some > 0 && some < group.length) return group;
  }
  return null;
}

/** Conflict fields without the cross-field rule, for `.pick`/`.omit` in forms and tests. */
export const conflictFieldsSchema = recordObject({
  id: idSchema,
  /** The table of the record whose field is in conflict (never a server-authored table). */
  recordTable: enumField(recordTables),
  recordId: idSchema,
  field: requiredText(100),
  reason: enumField(conflictReasons),
  /** The value the server held (the first writer's), with its clock, device and member name. */
  serverValue: jsonValue,
  serverHlc: hlcField,
  serverDeviceId: requiredText(100),
  /** Member name of the device, `''` when the server no longer knows it. */
  serverAuthor: optionalText(200),
  /** The value the pushing device proposed and that was not applied. */
  clientValue: jsonValue,
  clientHlc: hlcField,
  clientDeviceId: requiredText(100),
  clientAuthor: optionalText(200),
  createdAt: isoDateTimeSchema,
  status: enumField(conflictStatuses),
  /** The value chosen by the person resolving; `null` while open (and may be `null` when chosen). */
  resolvedValue: jsonValue,
  resolvedBy: optionalText(200),
  resolvedAt: nullableIsoDateTimeSchema,
});

/**
 * A conflict on a protected field. Invariant: `open` ⇔ no resolution (`resolvedAt` null,
 * `resolvedBy` and `resolvedValue` empty); `resolved` ⇒ `resolvedAt` and `resolvedBy` set.
 */
export const conflictSchema = conflictFieldsSchema.superRefine((c, ctx) => {
  const consistent =
    c.status === 'open'
      ? c.resolvedAt === null && c.resolvedBy === '' && c.resolvedValue === null
      : c.resolvedAt !== null && c.resolvedBy !== '';
  if (!consistent) ctx.addIssue({ code: 'custom', path: ['status'], message: msg.conflictResolution });
});
export type Conflict = z.infer<typeof conflictFieldsSchema>;

/**
 * Tables whose losing values are kept: every record table, and `conflicts` (two members resolving
 * the same conflict at once: the later resolution wins, the other is kept here).
 */
export const historyTables = [...recordTables, 'conflicts'] as const;
export type HistoryTable = (typeof historyTables)[number];

/** A losing value of an ordinary field, replaced by a later write at `replacedAt` (server time). */
export const fieldHistoryEntrySchema = recordObject({
  id: idSchema,
  recordTable: enumField(historyTables),
  recordId: idSchema,
  field: requiredText(100),
  value: jsonValue,
  hlc: hlcField,
  deviceId: requiredText(100),
  /** Member name of the device that wrote the value, `''` when unknown. */
  author: optionalText(200),
  replacedAt: isoDateTimeSchema,
});
export type FieldHistoryEntry = z.infer<typeof fieldHistoryEntrySchema>;
