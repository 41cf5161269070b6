/**
 * The domain rules a merged record must pass, taken from `shared/domain` so that the server and
 * the client refuse exactly the same changes.
 */
import {
  canTransition,
  checkRequestEdit,
  conflictResolutionFields,
  isRequestFrozen,
  requestQuestionContentFields,
  isServerAuthoredTable,
  partialFieldGroup,
  recordSchemas,
  statusMachines,
  type StatusMachine,
  type SyncedTable,
  type VerificationRequest,
} from '../domain';
import { sameValue } from './sameValue';
import type { MergeRejectCode } from './mergeTypes';

export interface Rejection {
  code: MergeRejectCode;
  message: string;
  details?: unknown;
}

/**
 * Server-authored tables (`conflicts`, `fieldHistory`) are written by the server's merge, never
 * by clients: the only client write allowed is a put on an existing, live conflict that touches
 * nothing but its resolution fields (that is how a person resolves it). Everything else — any
 * write to `fieldHistory`, creating or deleting a conflict, changing what a conflict records — is
 * refused, so no device can forge or erase the record of a conflict or a lost value.
 */
export function checkServerAuthored(
  table: SyncedTable,
  id: string,
  op: 'put' | 'delete',
  fields: Record<string, unknown>,
  current: { deleted: boolean } | null,
): Rejection | null {
  if (!isServerAuthoredTable(table)) return null;
  const allowed: readonly string[] = conflictResolutionFields;
  const outside = Object.keys(fields).filter((f) => f !== 'id' && !allowed.includes(f));
  // A resolution writes all its fields under one clock, so two concurrent resolutions cannot
  // merge into one neither officer chose.
  const whole = partialFieldGroup(table, Object.keys(fields)) === null;
  const resolvesExisting =
    table === 'conflicts' && op === 'put' && current !== null && !current.deleted && outside.length === 0 && whole;
  if (resolvesExisting) return null;
  return {
    code: 'forbidden_table',
    message: `Only the server writes ${table}; a client may only resolve an existing conflict`,
    details: { table, id, op, fields: outside },
  };
}

/**
 * A field the record schema does not know, or an `id` different from the record's: zod would strip
 * the first silently, so it is refused here instead (a client on a newer schema must not lose data).
 */
export function checkFieldNames(table: SyncedTable, id: string, fields: Record<string, unknown>): Rejection | null {
  const shape = recordSchemas[table].shape as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((f) => !Object.hasOwn(shape, f));
  const issues = unknown.map((f) => ({ path: f, message: 'sync.field.unknown' }));
  if ('id' in fields && fields.id !== id) issues.push({ path: 'id', message: 'sync.field.idMismatch' });
  if (issues.length === 0) return null;
  return { code: 'validation_failed', message: `Fields not in the ${table} record`, details: { issues } };
}

/**
 * Validates a complete record (domain fields without `id`) with its table's schema; returns the
 * parsed fields (trimmed, NFC, normalised codes) without `id`, or the issues as message keys.
 */
export function validateRecord(
  table: SyncedTable,
  id: string,
  fields: Record<string, unknown>,
): { ok: true; fields: Record<string, unknown> } | { ok: false; rejection: Rejection } {
  // Copied key by key rather than spread in and rest-destructured out: on the records of a
  // batched push, the spread and the rest cost a third as much as zod's parse itself.
  const result = recordSchemas[table].safeParse(Object.assign({ id }, fields));
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return { ok: false, rejection: { code: 'validation_failed', message: `Invalid ${table} record`, details: { issues } } };
  }
  const data = result.data as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const key in data) if (key !== 'id') parsed[key] = data[key];
  return { ok: true, fields: parsed };
}

/** A status change must be a move of the table's state machine from the CURRENT status. */
export function checkTransition(table: SyncedTable, from: unknown, to: unknown): Rejection | null {
  const entry = (statusMachines as Partial<Record<SyncedTable, { machine: StatusMachine<string> }>>)[table];
  if (!entry || sameValue(from, to)) return null;
  if (canTransition(entry.machine, String(from), String(to))) return null;
  return {
    code: 'invalid_transition',
    message: `A ${table} record cannot move from ${String(from)} to ${String(to)}`,
    details: { from, to },
  };
}

/** The content of a sent verification request is frozen: only its tracking fields may change. */
export function checkFrozen(
  table: SyncedTable,
  id: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Rejection | null {
  if (table !== 'verificationRequests') return null;
  const issues = checkRequestEdit({ ...before, id } as VerificationRequest, { ...after, id } as VerificationRequest);
  if (issues.length === 0) return null;
  const fields = issues.map((i) => i.path.join('.'));
  return { code: 'record_frozen', message: 'The content of a sent request cannot change', details: { fields } };
}

/**
 * A sent verification request is a legal document the other administration holds: deleting it
 * would erase the record of what was asked. It is withdrawn instead (closed with the outcome
 * `withdrawn`), which is a status change. A draft may still be deleted.
 */
export function checkFrozenDelete(table: SyncedTable, fields: Record<string, unknown>): Rejection | null {
  if (table !== 'verificationRequests') return null;
  if (!isRequestFrozen(fields as Pick<VerificationRequest, 'status' | 'frozenAt'>)) return null;
  return { code: 'record_frozen', message: 'A sent request cannot be deleted; withdraw it instead', details: { op: 'delete' } };
}

/**
 * The questions of a sent request are part of the letter the other administration received: one
 * the server holds is not reworded, renumbered, moved, deleted or brought back from a delete once
 * its request is sent (`requestSent`, see MergeContext). Recording the answers is tracking and
 * stays open. A question the server has never seen is taken, as a request created already sent
 * is: it is the first the server hears of it (a laptop connecting its offline work, a re-upload
 * after a restore), whatever order the upload came in. `change`: a delete, a restore of a
 * tombstone, or an edit from `before` to `after` (the merged fields).
 */
export function checkFrozenQuestion(
  table: SyncedTable,
  requestSent: boolean | undefined,
  change: 'delete' | 'restore' | { before: Record<string, unknown>; after: Record<string, unknown> },
): Rejection | null {
  if (table !== 'requestQuestions' || !requestSent) return null;
  const message = 'The questions of a sent request cannot change';
  if (typeof change === 'string') return { code: 'record_frozen', message, details: { op: change } };
  const fields = requestQuestionContentFields.filter((f) => !sameValue(change.before[f], change.after[f]));
  return fields.length > 0 ? { code: 'record_frozen', message, details: { fields } } : null;
}
