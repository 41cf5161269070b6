import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/sql';
import { recordAudit } from './audit';
import { ServiceError } from './errors';

export const memberRoles = ['admin', 'member', 'viewer'] as const;
/** `member` reads and writes, `viewer` only reads, `admin` is a member who may also administer. */
export type MemberRole = (typeof memberRoles)[number];

export interface Workspace {
  id: string;
  name: string;
}

export interface Member {
  id: string;
  workspaceId: string;
  name: string;
  role: MemberRole;
}

/** Creates an empty workspace (version 0). */
export async function createWorkspace(sql: Sql, input: { name: string }): Promise<Workspace> {
  const name = input.name.trim();
  if (name === '') throw new ServiceError('invalid_request', 'A workspace needs a name');
  const id = randomUUID();
  await sql.transaction(async (tx) => {
    await tx.query('INSERT INTO workspaces (id, name) VALUES ($1, $2)', [id, name]);
    await recordAudit(tx, { workspaceId: id, actor: 'admin', action: 'workspace.create', details: { name } });
  });
  return { id, name };
}

/** Adds a member to an existing workspace; `not_found` if the workspace does not exist. */
export async function addMember(
  sql: Sql,
  input: { workspaceId: string; name: string; role: MemberRole },
): Promise<Member> {
  const name = input.name.trim();
  if (name === '') throw new ServiceError('invalid_request', 'A member needs a name');
  if (!memberRoles.includes(input.role)) {
    throw new ServiceError('invalid_request', `Role must be one of ${memberRoles.join(', ')}`);
  }
  const id = randomUUID();
  await sql.transaction(async (tx) => {
    const found = await tx.query('SELECT 1 FROM workspaces WHERE id = $1', [input.workspaceId]);
    if (found.length === 0) throw new ServiceError('not_found', 'No such workspace');
    await tx.query('INSERT INTO members (id, workspace_id, name, role) VALUES ($1, $2, $3, $4)', [
      id,
      input.workspaceId,
      name,
      input.role,
    ]);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: 'admin',
      action: 'member.add',
      details: { memberId: id, role: input.role },
    });
  });
  return { id, workspaceId: input.workspaceId, name, role: input.role };
}
