import { z } from 'zod';
import { isWireText, wireTextMessages } from '../../shared/sync/wireText';
import type { Sql } from '../db/sql';
import { listAuditEvents } from '../services/audit';
import { listDevices, revokeDevice } from '../services/devices';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace, memberRoles } from '../services/workspaces';

// Names and ids go to PostgreSQL and the audit log: no NUL, no unpaired surrogate (shared/sync/wireText.ts).
const text = z.string().trim().min(1).max(200).refine(isWireText, { message: wireTextMessages.malformed });

/**
 * The administration commands of SYNC-PROTOCOL.md "Administration", as data: the CLI
 * (parseAdminCli.ts) reads `--flag value` pairs into one of these, and the admin channel receives
 * the same JSON. adminUsage.ts describes each command and option for people.
 */
export const adminCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('create-workspace'), name: text }),
  z.strictObject({ command: z.literal('add-member'), workspace: text, name: text, role: z.enum(memberRoles) }),
  z.strictObject({
    command: z.literal('enroll-code'),
    member: text,
    ttlHours: z.number().positive().max(24 * 30).optional(),
  }),
  z.strictObject({ command: z.literal('list-devices'), workspace: text }),
  z.strictObject({ command: z.literal('revoke-device'), device: text }),
  // Added with client-raised audit events (issue 4): reads the workspace's audit log, newest first.
  z.strictObject({
    command: z.literal('list-audit-events'),
    workspace: text,
    action: text.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  }),
]);
export type AdminCommand = z.infer<typeof adminCommandSchema>;

/** Runs one command; the result is the JSON object the CLI prints. Failures are `ServiceError`s. */
export async function runAdminCommand(sql: Sql, command: AdminCommand): Promise<Record<string, unknown>> {
  switch (command.command) {
    case 'create-workspace':
      return { ...(await createWorkspace(sql, { name: command.name })) };
    case 'add-member':
      return { ...(await addMember(sql, { workspaceId: command.workspace, name: command.name, role: command.role })) };
    case 'enroll-code':
      return createEnrollmentCode(sql, {
        memberId: command.member,
        ...(command.ttlHours ? { ttlMs: command.ttlHours * 3_600_000 } : {}),
      });
    case 'list-devices':
      return { devices: await listDevices(sql, command.workspace) };
    case 'revoke-device':
      return revokeDevice(sql, command.device);
    case 'list-audit-events':
      return { events: await listAuditEvents(sql, command.workspace, { action: command.action, limit: command.limit }) };
  }
}
