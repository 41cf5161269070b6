/**
 * Client-raised audit events (issue 4, "Security"): an ADDITION to the sync wire contract of
 * SYNC-PROTOCOL.md, which has no endpoint for them. Like Bitwarden's client events, a device
 * records what only it can see happen — an officer opening a case or a request — and sends it to
 * the server's audit log later, whenever it syncs.
 *
 * `POST /v1/audit-events` with `Authorization: Bearer <device token>`, body
 * `{ deviceId, schemaVersion, events: [{ id, action: "view" | "export", table, recordId, at }] }`, answer
 * `{ results: [{ id, status: "recorded" | "duplicate" | "rejected", code? }] }` (one per event,
 * in order). Rules:
 * - `id` is the client's UUID for the event; the server keeps one event per (device, id), so a
 *   retried batch answers `duplicate` and never stores anything twice.
 * - Who did it is the authenticated device and its member, never a claim of the body; `at` (the
 *   device's clock) is kept beside the server's own time.
 * - Every role may send events, viewers included: reading is exactly what they do.
 * - An event about a record the server does not hold in the device's workspace (a foreign
 *   workspace's record, or one never pushed) is `rejected` with code `not_found` and not stored;
 *   the rest of the batch is recorded. The answer is the same whether the record exists elsewhere
 *   or nowhere, so it reveals nothing about other workspaces.
 * - Errors as everywhere: 400 `invalid_request` (unknown keys, wrong types: nothing is coerced;
 *   a NUL or an unpaired surrogate in any text, see wireText.ts),
 *   401 `unauthenticated` / `device_revoked`, 403 `forbidden` (`deviceId` not the token's device),
 *   413 `payload_too_large` past `maxAuditEventsPerRequest` events, 426 `client_outdated`.
 *   A refused request stores nothing.
 * An older server answers 404 `not_found` for the path: clients keep their events and carry on.
 */
import { z } from 'zod';
import { recordTables } from '../domain/tableNames';
import { wireText } from './wireText';

/** Most events in one request; past that the server answers 413 `payload_too_large`. */
export const maxAuditEventsPerRequest = 500;

/**
 * What a device reports: an opening of a record, or an export of it (a case written whole to a
 * file). Changes are not among them: the server already logs every mutation.
 */
export const clientAuditActions = ['view', 'export'] as const;
export type ClientAuditAction = (typeof clientAuditActions)[number];

export const clientAuditEventSchema = z.strictObject({
  /** The device's UUID for this event: its idempotency key. */
  id: z.uuid(),
  action: z.enum(clientAuditActions),
  /** A table people write (a case, a request…); server-authored tables are never "opened". */
  table: z.enum(recordTables),
  recordId: wireText(64),
  /** When it happened by the device's clock (ISO 8601, UTC). */
  at: z.iso.datetime(),
});
export type ClientAuditEvent = z.infer<typeof clientAuditEventSchema>;

export const auditEventsRequestSchema = z.strictObject({
  deviceId: wireText(64),
  schemaVersion: z.number().int().positive(),
  events: z.array(clientAuditEventSchema).min(1).max(maxAuditEventsPerRequest),
});
export type AuditEventsRequest = z.infer<typeof auditEventsRequestSchema>;

export const auditEventStatuses = ['recorded', 'duplicate', 'rejected'] as const;

export const auditEventResultSchema = z.strictObject({
  id: z.string().min(1),
  status: z.enum(auditEventStatuses),
  /** Why a `rejected` event was refused (`not_found`). */
  code: z.string().min(1).optional(),
});
export type AuditEventResult = z.infer<typeof auditEventResultSchema>;

export const auditEventsResponseSchema = z.strictObject({
  results: z.array(auditEventResultSchema),
});
export type AuditEventsResponse = z.infer<typeof auditEventsResponseSchema>;
