import { z } from 'zod';
import { isWireText, wireTextMessages } from '../../shared/sync/wireText';
import { restoreBackup } from '../backup/restoreBackup';
import { writeBackup } from '../backup/writeBackup';
import type { BlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import type { Notifier } from '../notify/notifier';
import { ServiceError } from '../services/errors';
import { listAuditEvents } from '../services/audit';
import { listDevices, revokeDevice } from '../services/devices';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace, memberRoles } from '../services/workspaces';

// Names and ids go to PostgreSQL and the audit log: no NUL, no unpaired surrogate (shared/sync/wireText.ts).
const text = z.string().trim().min(1).max(200).refine(isWireText, { message: wireTextMessages.malformed });
// A file path: the CLI makes it absolute before the command runs (perhaps in the server's process).
const filePath = z.string().min(1).max(4096).refine(isWireText, { message: wireTextMessages.malformed });

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
  // Added with backups (issue 15): the whole server in one file, and back (server/backup/).
  z.strictObject({ command: z.literal('backup'), file: filePath }),
  z.strictObject({ command: z.literal('restore'), file: filePath, replace: z.literal(true).optional() }),
]);
export type AdminCommand = z.infer<typeof adminCommandSchema>;

/** What a command may need besides the database: backups read and write the blob store, a restore pokes devices. */
export interface AdminContext {
  blobs?: BlobStore;
  /** Pokes this process's devices after a restore (PGlite; on PostgreSQL the restore notifies itself). */
  notifier?: Notifier;
}

/** Runs one command; the result is the JSON object the CLI prints. Failures are `ServiceError`s. */
export async function runAdminCommand(sql: Sql, command: AdminCommand, context: AdminContext = {}): Promise<Record<string, unknown>> {
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
    case 'backup':
      return { ...(await writeBackup(sql, blobStoreOf(context), command.file)) };
    case 'restore': {
      const restored = await restoreBackup(sql, blobStoreOf(context), command.file, { replace: command.replace === true });
      if (sql.kind === 'pglite') for (const w of restored.workspaces) await context.notifier?.notify(w.id, w.resumedVersion);
      return { ...restored };
    }
  }
}

function blobStoreOf(context: AdminContext): BlobStore {
  if (!context.blobs) throw new ServiceError('internal', 'No blob store to back up or restore');
  return context.blobs;
}
