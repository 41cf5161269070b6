/**
 * The sync wire contract (SYNC-PROTOCOL.md "Wire contract") as zod schemas shared by the client
 * and the server. Every object is strict: an unknown key is an `invalid_request`, never silently
 * dropped, and nothing is coerced (a version sent as "3" is refused, not read as 3). Every string a
 * request carries is bounded and passes `isWireText` (wireText.ts): no NUL, no unpaired surrogate.
 */
import { z } from 'zod';
import { syncedTables } from '../domain';
import { isHlc } from './hlc';
import { groupClocks, ungroupClocks, type ClockGroup } from './clockGroups';
import type { FieldMeta } from './record';
import { isWireJson, isWireText, maxFieldDepth, wireJson, wireText } from './wireText';

/** Device ids are server-made UUIDs; the bound leaves room without letting a body grow a column. */
const maxDeviceIdLength = 64;
/** `<15 digits>-<5 characters>-<device id>`. */
const maxHlcLength = 15 + 1 + 5 + 1 + maxDeviceIdLength;
export const hlcSchema = wireText(maxHlcLength).refine(isHlc, { message: 'sync.hlc.format' });
const deviceIdSchema = wireText(maxDeviceIdLength);
const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();
/** Server versions and cursors: 0 means "nothing yet". */
export const versionSchema = nonNegativeInt;
export const syncedTableSchema = z.enum(syncedTables);
const maxRecordIdLength = 64;
const recordIdSchema = wireText(maxRecordIdLength);
const fieldNameSchema = wireText(64);
/** A change's field values: any JSON, but storable text only and nested `maxFieldDepth` at most. */
const fieldsSchema = z.record(fieldNameSchema, wireJson(maxFieldDepth));
/**
 * Pulled values come from the server, which refused anything `fieldsSchema` refuses; a first
 * download holds hundreds of thousands of them, so the client does not walk them again.
 */
const pulledFieldsSchema = z.record(z.string().min(1), z.unknown());

/**
 * One local change. `put` carries the changed fields only and, for an existing record, `base`:
 * for each changed field the `v` it was based on (absent for a new record). `delete` carries neither.
 * `mutationId` counts up from 1 per device without gaps.
 */
export const pushMutationSchema = z
  .strictObject({
    mutationId: positiveInt,
    table: syncedTableSchema,
    id: recordIdSchema,
    op: z.enum(['put', 'delete']),
    fields: fieldsSchema.optional(),
    base: z.record(fieldNameSchema, nonNegativeInt).optional(),
    hlc: hlcSchema,
  })
  .superRefine((m, ctx) => {
    if (m.op === 'put' && m.fields === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'sync.mutation.putNeedsFields' });
    }
    if (m.op === 'delete' && (m.fields !== undefined || m.base !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['op'], message: 'sync.mutation.deleteHasFields' });
    }
    for (const field of Object.keys(m.base ?? {})) {
      if (!m.fields || !(field in m.fields)) {
        ctx.addIssue({ code: 'custom', path: ['base', field], message: 'sync.mutation.baseWithoutField' });
      }
    }
  });
export type PushMutation = z.infer<typeof pushMutationSchema>;

/** Batches are capped at 1,000 mutations (past that the server answers 413). */
export const maxMutationsPerPush = 1000;

export const pushRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  schemaVersion: positiveInt,
  mutations: z.array(pushMutationSchema).min(1).max(maxMutationsPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * `pushRequestSchema`'s verdict by one function, for the server's fast path: zod's object, record
 * and refinement walkers, and the copies they make, were about a fifth of the server's CPU for a
 * push of 1,000 records. It accepts exactly what the schema accepts (held by
 * server/sync/pushWire.property.test.ts), and the accepted value is the request as it is (the
 * schema neither drops nor converts anything it accepts). One deliberate exception: a
 * `__proto__` key, which zod skips in a record, is refused here and left to the schema (the
 * server's JSON parser refuses such bodies anyway).
 * A request refused here is parsed by the schema, whose issues are the answer's details.
 *
 * Everything it accepts also passes `findWireJsonIssue` with any depth bound of at least
 * `maxFieldDepth + 4`: every string is checked, and field values, the deepest part, start four
 * containers down (request, mutations, mutation, fields).
 */
export function isPushRequest(value: unknown): value is PushRequest {
  if (!isJsonObject(value)) return false;
  for (const key in value) if (!pushRequestKeys.has(key)) return false;
  const { deviceId, schemaVersion, mutations } = value;
  if (!isBoundedWireText(deviceId, maxDeviceIdLength) || !isPositiveInt(schemaVersion)) return false;
  if (!Array.isArray(mutations) || mutations.length < 1 || mutations.length > maxMutationsPerPush) return false;
  for (let i = 0; i < mutations.length; i++) if (!isPushMutation(mutations[i])) return false;
  return true;
}

const pushRequestKeys: ReadonlySet<string> = new Set(['deviceId', 'schemaVersion', 'mutations']);
const pushMutationKeys: ReadonlySet<string> = new Set(['mutationId', 'table', 'id', 'op', 'fields', 'base', 'hlc']);

function isPushMutation(m: unknown): boolean {
  if (!isJsonObject(m)) return false;
  for (const key in m) if (!pushMutationKeys.has(key)) return false;
  const { mutationId, table, id, op, fields, base, hlc } = m;
  if (!isPositiveInt(mutationId) || typeof table !== 'string' || !syncedTableNames.has(table)) return false;
  if (!isBoundedWireText(id, maxRecordIdLength) || (op !== 'put' && op !== 'delete')) return false;
  if (!isBoundedWireText(hlc, maxHlcLength) || !isHlc(hlc)) return false;
  // An optional key present as `undefined` counts as absent, as zod has it.
  if (fields !== undefined && !isPushedFields(fields)) return false;
  if (base !== undefined && !isBase(base)) return false;
  // The schema's refinements: a put carries fields, a delete neither fields nor base, and every
  // base names a sent field (`in`, as the schema tests it).
  if (op === 'put' ? fields === undefined : fields !== undefined || base !== undefined) return false;
  if (base !== undefined) {
    for (const field in base) if (!(field in (fields as object))) return false;
  }
  return true;
}

function isPushedFields(fields: unknown): boolean {
  if (!isJsonObject(fields)) return false;
  for (const key in fields) {
    if (key === '__proto__' || !isBoundedWireText(key, 64) || !isWireJson(fields[key], maxFieldDepth)) return false;
  }
  return true;
}

function isBase(base: unknown): boolean {
  if (!isJsonObject(base)) return false;
  for (const key in base) {
    const v = base[key];
    if (key === '__proto__' || !isBoundedWireText(key, 64) || !Number.isSafeInteger(v) || (v as number) < 0) return false;
  }
  return true;
}

/** An object as JSON.parse makes them (no class instance, whose keys zod's record would refuse). */
function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isPositiveInt(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/**
 * `wireText(max)`'s verdict: at least one character, at most `max` code points (zod counts a
 * surrogate pair as one), no NUL and no unpaired surrogate.
 */
function isBoundedWireText(value: unknown, max: number): value is string {
  if (typeof value !== 'string' || value.length === 0 || !isWireText(value)) return false;
  return value.length <= max || [...value].length <= max;
}

export const mutationStatuses = ['applied', 'duplicate', 'conflicted', 'rejected'] as const;

export const pushResultSchema = z.strictObject({
  mutationId: positiveInt,
  status: z.enum(mutationStatuses),
  version: positiveInt.optional(),
  code: z.string().min(1).optional(),
  message: z.string().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** `lastMutationId`: the highest mutation id of this device the server has applied (0 if none). */
export const pushResponseSchema = z.strictObject({
  lastMutationId: nonNegativeInt,
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** `cursor` is the last workspace version the client holds (0 for a first pull). */
export const pullRequestSchema = z.strictObject({
  deviceId: deviceIdSchema,
  schemaVersion: positiveInt,
  cursor: versionSchema,
  limit: z.number().int().min(1).max(5000).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/**
 * Per-field clocks: `{ [field]: { v, hlc } }`, each clock with exactly those two keys (v a
 * non-negative integer, hlc well formed). Checked by one loop instead of zod's record walker: a
 * first-download page carries about 100,000 clocks, and the generic walk cost 70–130 ms of the
 * client's CPU per page against ~6 ms for this loop (jitless, as the renderer's CSP keeps zod).
 */
export const fieldMetaSchema = z.custom<FieldMeta>(isFieldMeta, { message: 'sync.fieldMeta.shape' });

function isFieldMeta(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  // The fields one mutation wrote share its hlc: the pattern is tested once per distinct hlc in a
  // row (a page's 100,000 tests of it cost more than the rest of the check).
  let wellFormed: string | null = null;
  for (const field of Object.keys(value)) {
    const clock = value[field];
    if (field === '' || !isPlainObject(clock) || Object.keys(clock).length !== 2) return false;
    const { v, hlc } = clock;
    if (!Number.isSafeInteger(v) || (v as number) < 0 || typeof hlc !== 'string') return false;
    if (hlc !== wellFormed) {
      if (!isHlc(hlc)) return false;
      wellFormed = hlc;
    }
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const pulledChangeSchema = z.strictObject({
  table: syncedTableSchema,
  id: recordIdSchema,
  version: positiveInt,
  deleted: z.boolean(),
  fields: pulledFieldsSchema,
  fieldMeta: fieldMetaSchema,
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

/**
 * `pulledChangeSchema` checked by one function, as the clocks are: a first download checks
 * 100,000 changes, and zod's object and record walkers (jitless in the renderer) spent as long on
 * each page as JSON.parse did. Accepts exactly what `pulledChangeSchema` accepts (wire.test.ts).
 * `clocksKey` names the key holding the change's clocks and `areClocks` checks them: per field
 * (`fieldMeta`, the contract's shape) or grouped (`clocks`, `groupedClocksMediaType`).
 */
function changeCheck(clocksKey: 'fieldMeta' | 'clocks', areClocks: (value: unknown) => boolean) {
  const keys = ['table', 'id', 'version', 'deleted', 'fields', clocksKey];
  return (value: unknown): boolean => {
    if (!isPlainObject(value) || Object.keys(value).length !== keys.length) return false;
    if (!keys.every((key) => Object.hasOwn(value, key))) return false;
    const { table, id, version, deleted, fields } = value;
    return (
      typeof table === 'string' &&
      syncedTableNames.has(table) &&
      typeof id === 'string' &&
      id.length >= 1 &&
      id.length <= maxRecordIdLength &&
      isWireText(id) &&
      Number.isSafeInteger(version) &&
      (version as number) > 0 &&
      typeof deleted === 'boolean' &&
      isPlainObject(fields) &&
      !Object.hasOwn(fields, '') &&
      areClocks(value[clocksKey])
    );
  };
}
const syncedTableNames: ReadonlySet<string> = new Set(syncedTables);
const isPulledChange = changeCheck('fieldMeta', isFieldMeta);

export const pullResponseSchema = z.strictObject({
  changes: z.array(z.custom<PulledChange>(isPulledChange, { message: 'sync.pull.change' })),
  cursor: versionSchema,
  hasMore: z.boolean(),
  lastMutationId: nonNegativeInt,
  resetRequired: z.boolean().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * A pull answer with each change's clocks grouped as both sides store them (clockGroups.ts):
 * `clocks: [{ v, hlc, fields }]` in place of the per-field `fieldMeta`. A client asks for it with
 * `Accept: groupedClocksMediaType` and the server says it answered so with the same Content-Type;
 * any other request gets the contract's shape. A created row's 20-odd fields share one clock, so
 * per field the clock was two thirds of a first download's bytes: written out by the server,
 * compressed, inflated, decoded and parsed into an object per field, then grouped again to be
 * stored (bench/sync/initialSync.ts).
 */
export const groupedClocksMediaType = 'application/vnd.attache.grouped-clocks+json';

/**
 * Grouped clocks: each group `{ v, hlc, fields }` with exactly those keys, `v` a non-negative
 * integer, `hlc` well formed, `fields` non-empty names, and no field in two groups, so that
 * ungrouping gives exactly the clocks the per-field shape would have carried. A group without
 * `fields` (`{ v, hlc }`: the clock of every field of the change, clockGroups.ts) may only be
 * the change's one group.
 */
function areClockGroups(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value.length === 1) {
    // The usual change: one group, most often covering the whole record, so no names to check.
    const [group] = value as unknown[];
    if (isPlainObject(group) && Object.keys(group).length === 2) return isClock(group.v, group.hlc);
  }
  const seen = new Set<string>();
  for (const group of value as unknown[]) {
    if (!isPlainObject(group) || Object.keys(group).length !== 3) return false;
    const { v, hlc, fields } = group;
    if (!isClock(v, hlc) || !Array.isArray(fields)) return false;
    for (const field of fields as unknown[]) {
      if (typeof field !== 'string' || field === '' || seen.has(field)) return false;
      seen.add(field);
    }
  }
  return true;
}

function isClock(v: unknown, hlc: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0 && typeof hlc === 'string' && isHlc(hlc);
}

export type GroupedPulledChange = Omit<PulledChange, 'fieldMeta'> & { clocks: ClockGroup[] };

export const groupedPullResponseSchema = pullResponseSchema.extend({
  changes: z.array(z.custom<GroupedPulledChange>(changeCheck('clocks', areClockGroups), { message: 'sync.pull.change' })),
});
export type GroupedPullResponse = z.infer<typeof groupedPullResponseSchema>;

/** Whether an answer's Content-Type says its clocks come grouped. */
export function answersGroupedClocks(contentType: string | null | undefined): boolean {
  return (contentType ?? '').toLowerCase().startsWith(groupedClocksMediaType);
}

/** The per-field clocks of a grouped change: a group without names covers its `fields`. */
export function fieldMetaOf(change: Pick<GroupedPulledChange, 'clocks' | 'fields'>): FieldMeta {
  return ungroupClocks(change.clocks, () => Object.keys(change.fields));
}

/** The contract's shape of a grouped answer: each field its group's clock. */
export function ungroupPullResponse({ changes, ...rest }: GroupedPullResponse): PullResponse {
  return { ...rest, changes: changes.map(({ clocks, ...change }) => ({ ...change, fieldMeta: fieldMetaOf({ clocks, fields: change.fields }) })) };
}

/** A grouped answer from the contract's shape: what a client reads from a server that does not group. */
export function groupPullResponse({ changes, ...rest }: PullResponse): GroupedPullResponse {
  return { ...rest, changes: changes.map(({ fieldMeta, ...change }) => ({ ...change, clocks: groupClocks(fieldMeta, Object.keys(change.fields)) })) };
}

/** Error codes and the HTTP status each one travels with. */
export const errorStatus = {
  invalid_request: 400,
  unauthenticated: 401,
  device_revoked: 401,
  forbidden: 403,
  not_found: 404,
  mutation_gap: 409,
  payload_too_large: 413,
  client_outdated: 426,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthResponseSchema = z.strictObject({
  ok: z.literal(true),
  version: z.string(),
  schemaVersion: positiveInt,
});

export const enrollRequestSchema = z.strictObject({
  code: wireText(200),
  deviceName: wireText(200),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.strictObject({
  deviceId: z.string().min(1),
  token: z.string().min(1),
  workspace: z.strictObject({ id: z.string().min(1), name: z.string() }),
  member: z.strictObject({
    id: z.string().min(1),
    name: z.string(),
    role: z.enum(['admin', 'member', 'viewer']),
  }),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
