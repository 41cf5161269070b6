// The sync server's administration commands, as an administrator types them (`npm run admin --
// …`), against the server Playwright started (playwright.config.ts).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { syncServerDataDir } from '../../../playwright.config';
import { callAdminChannel } from '../../../server/admin/channel';
import { parseAdminCli } from '../../../server/admin/parseAdminCli';

const run = promisify(execFile);

/**
 * Runs one admin command and returns the one JSON object it prints. With PGlite the CLI only
 * parses its arguments and hands the command to the running server over the local admin channel;
 * that is done here in-process, with the CLI's own parser and channel client: starting `tsx` took
 * 5–10 s a command on a busy machine, most of a two-device spec's time. On PostgreSQL (or with
 * no channel) the real CLI runs.
 */
export async function admin(...args: string[]): Promise<Record<string, unknown>> {
  if (!process.env.DATABASE_URL) {
    const request = parseAdminCli(args);
    if (request.kind !== 'run') throw new Error(`Not an admin command: ${args.join(' ')}`);
    // A backup's file is read from where the command was typed, as the CLI does.
    const command = 'file' in request.command ? { ...request.command, file: resolve(request.command.file) } : request.command;
    const answer = await callAdminChannel(syncServerDataDir, command);
    if (answer !== null) return answer;
  }
  const { stdout } = await run('npx', ['tsx', 'server/admin.ts', ...args], {
    env: { ...process.env, ATTACHE_DATA_DIR: syncServerDataDir },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
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
