// The sync server's administration commands, run exactly as an administrator would
// (`npm run admin -- …`), against the server Playwright started (playwright.config.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { syncServerDataDir } from '../../../playwright.config';

const run = promisify(execFile);

/** Runs one admin command and returns the one JSON object it prints. */
export async function admin(...args: string[]): Promise<Record<string, unknown>> {
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
