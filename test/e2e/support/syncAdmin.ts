// The sync server's administration commands, as an administrator types them (`npm run admin --
// …`), against the server Playwright started (playwright.config.ts).
import { syncServerDataDir } from '../../../playwright.config';
import { executeAdminCommand } from '../../../server/admin/execute';
import { parseAdminCli } from '../../../server/admin/parseAdminCli';
import { readConfig } from '../../../server/config';

/**
 * Runs one admin command and returns the one JSON object it prints, with the CLI's own parser and
 * execution (server/admin.ts) but in this process: starting `tsx` took 5–10 s a command on a busy
 * machine, most of a two-device spec's time. With PGlite the command goes to the running server
 * over the local admin channel; with PostgreSQL (DATABASE_URL, as CI sets) to the database.
 */
export async function admin(...args: string[]): Promise<Record<string, unknown>> {
  const request = parseAdminCli(args);
  if (request.kind !== 'run') throw new Error(`Not an admin command: ${args.join(' ')}`);
  return executeAdminCommand(readConfig({ ...process.env, ATTACHE_DATA_DIR: syncServerDataDir }), request.command);
}

/** A new workspace with one member per name (role `member` unless `roles` says), and a fresh enrollment code for each. */
export async function workspaceWithMembers(
  name: string,
  members: string[],
  roles: Record<string, 'admin' | 'member' | 'viewer'> = {},
): Promise<{ workspaceId: string; codes: string[] }> {
  const workspace = await admin('create-workspace', '--name', name);
  const codes: string[] = [];
  for (const member of members) {
    const added = await admin('add-member', '--workspace', String(workspace.id), '--name', member, '--role', roles[member] ?? 'member');
    const code = await admin('enroll-code', '--member', String(added.id));
    codes.push(String(code.code));
  }
  return { workspaceId: String(workspace.id), codes };
}
