import type { Sql } from '../db/sql';
import { toIso } from '../db/sql';
import { recordAudit } from './audit';
import { ServiceError } from './errors';
import { sameDigest, sha256Hex } from './secrets';
import type { MemberRole } from './workspaces';

/** Who is calling: resolved from a bearer token on every authenticated request. */
export interface DeviceIdentity {
  deviceId: string;
  deviceName: string;
  workspaceId: string;
  memberId: string;
  memberName: string;
  role: MemberRole;
  /** SHA-256 of the token (never the token itself). */
  tokenHash: string;
}

/** Pulls the token out of `Authorization: Bearer <token>`; null when absent or malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header ?? '');
  return match ? (match[1] as string) : null;
}

/**
 * Resolves a token to its device, member and workspace. Missing or unknown tokens are
 * `unauthenticated`; a revoked device's token is `device_revoked` (the app then wipes that
 * workspace's local data). The stored hash is compared in constant time.
 */
export async function authenticate(sql: Sql, token: string | null): Promise<DeviceIdentity> {
  if (token === null) throw new ServiceError('unauthenticated', 'A device token is required');
  const tokenHash = sha256Hex(token);
  const [row] = await sql.query<{
    id: string;
    name: string;
    token_hash: string;
    revoked_at: unknown;
    workspace_id: string;
    member_id: string;
    member_name: string;
    role: MemberRole;
    seen_long_ago: boolean;
  }>(
    `SELECT d.id, d.name, d.token_hash, d.revoked_at, d.workspace_id, d.member_id, m.name AS member_name, m.role,
            (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute') AS seen_long_ago
       FROM devices d JOIN members m ON m.id = d.member_id
      WHERE d.token_hash = $1`,
    [tokenHash],
  );
  if (!row || !sameDigest(row.token_hash, tokenHash)) throw new ServiceError('unauthenticated', 'Unknown device token');
  if (row.revoked_at !== null) throw new ServiceError('device_revoked', 'This device has been revoked');
  // Throttled so that a busy device does not turn every read into a write, and asked for only when
  // due: every authenticated request (each pull, each push) would otherwise pay a second round trip.
  if (row.seen_long_ago) {
    await sql.query(
      `UPDATE devices SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')`,
      [row.id],
    );
  }
  return {
    deviceId: row.id,
    deviceName: row.name,
    workspaceId: row.workspace_id,
    memberId: row.member_id,
    memberName: row.member_name,
    role: row.role,
    tokenHash,
  };
}

export interface DeviceSummary {
  id: string;
  name: string;
  memberId: string;
  memberName: string;
  role: MemberRole;
  lastMutationId: number;
  createdAt: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** Every device ever enrolled in a workspace, revoked ones included, oldest first. */
export async function listDevices(sql: Sql, workspaceId: string): Promise<DeviceSummary[]> {
  const ws = await sql.query('SELECT 1 FROM workspaces WHERE id = $1', [workspaceId]);
  if (ws.length === 0) throw new ServiceError('not_found', 'No such workspace');
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT d.id, d.name, d.member_id, m.name AS member_name, m.role, d.last_mutation_id,
            d.created_at, d.last_seen_at, d.revoked_at
       FROM devices d JOIN members m ON m.id = d.member_id
      WHERE d.workspace_id = $1 ORDER BY d.created_at, d.id`,
    [workspaceId],
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    memberId: String(r.member_id),
    memberName: String(r.member_name),
    role: r.role as MemberRole,
    lastMutationId: Number(r.last_mutation_id),
    createdAt: toIso(r.created_at),
    lastSeenAt: toIso(r.last_seen_at),
    revokedAt: toIso(r.revoked_at),
  }));
}

/** Revokes a device at once; revoking twice keeps the first time. `not_found` for an unknown id. */
export async function revokeDevice(sql: Sql, deviceId: string): Promise<{ id: string; revokedAt: string }> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ workspace_id: string; revoked_at: unknown }>(
      `UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING workspace_id, revoked_at`,
      [deviceId],
    );
    if (!row) throw new ServiceError('not_found', 'No such device');
    await recordAudit(tx, { workspaceId: row.workspace_id, actor: 'admin', action: 'device.revoke', details: { deviceId } });
    return { id: deviceId, revokedAt: toIso(row.revoked_at) as string };
  });
}
