import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/sql';
import type { EnrollResponse } from '../../shared/sync/wire';
import { recordAudit } from './audit';
import { ServiceError } from './errors';
import { newDeviceToken, newEnrollmentCode, normalizeEnrollmentCode, sha256Hex } from './secrets';
import type { MemberRole } from './workspaces';

/** How long an enrollment code stays valid unless the admin says otherwise. */
export const defaultEnrollmentTtlMs = 24 * 60 * 60 * 1000;

/**
 * Issues a single-use code that enrolls one device for `memberId`. Only the code's SHA-256 is
 * stored: the returned code is shown once, to the admin who hands it to the member.
 */
export async function createEnrollmentCode(
  sql: Sql,
  input: { memberId: string; ttlMs?: number; now?: Date },
): Promise<{ code: string; expiresAt: string }> {
  const ttl = input.ttlMs ?? defaultEnrollmentTtlMs;
  if (!Number.isFinite(ttl) || ttl <= 0) throw new ServiceError('invalid_request', 'The code lifetime must be positive');
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + ttl);
  const code = newEnrollmentCode();
  await sql.transaction(async (tx) => {
    const [member] = await tx.query<{ workspace_id: string }>('SELECT workspace_id FROM members WHERE id = $1', [
      input.memberId,
    ]);
    if (!member) throw new ServiceError('not_found', 'No such member');
    await tx.query(
      'INSERT INTO enrollment_codes (code_hash, workspace_id, member_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256Hex(normalizeEnrollmentCode(code)), member.workspace_id, input.memberId, now, expiresAt],
    );
    await recordAudit(tx, {
      workspaceId: member.workspace_id,
      actor: 'admin',
      action: 'enrollment.code',
      details: { memberId: input.memberId, expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt: expiresAt.toISOString() };
}

/**
 * Trades a valid code for a new device and its token. The code is consumed in the same
 * transaction that creates the device (`UPDATE … WHERE used_at IS NULL`), so two devices racing
 * with one code cannot both succeed. Unknown, used and expired codes are all `unauthenticated`.
 */
export async function enrollDevice(
  sql: Sql,
  input: { code: string; deviceName: string; now?: Date },
): Promise<EnrollResponse> {
  const now = input.now ?? new Date();
  const codeHash = sha256Hex(normalizeEnrollmentCode(input.code));
  const token = newDeviceToken();
  const deviceId = randomUUID();
  return sql.transaction(async (tx) => {
    const [code] = await tx.query<{ used_at: unknown; expires_at: Date | string }>(
      'SELECT used_at, expires_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
      [codeHash],
    );
    if (!code) throw new ServiceError('unauthenticated', 'Unknown enrollment code');
    if (code.used_at !== null) throw new ServiceError('unauthenticated', 'This enrollment code has already been used');
    if (new Date(code.expires_at).getTime() <= now.getTime()) {
      throw new ServiceError('unauthenticated', 'This enrollment code has expired');
    }
    const [member] = await tx.query<{ id: string; name: string; role: MemberRole; workspace_id: string; ws_name: string }>(
      `SELECT m.id, m.name, m.role, m.workspace_id, w.name AS ws_name
         FROM enrollment_codes c JOIN members m ON m.id = c.member_id JOIN workspaces w ON w.id = m.workspace_id
        WHERE c.code_hash = $1`,
      [codeHash],
    );
    if (!member) throw new ServiceError('unauthenticated', 'Unknown enrollment code');
    await tx.query(
      'INSERT INTO devices (id, workspace_id, member_id, name, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $6)',
      [deviceId, member.workspace_id, member.id, input.deviceName, sha256Hex(token), now],
    );
    await tx.query('UPDATE enrollment_codes SET used_at = $2, used_by_device_id = $3 WHERE code_hash = $1', [
      codeHash,
      now,
      deviceId,
    ]);
    await recordAudit(tx, {
      workspaceId: member.workspace_id,
      actor: `device:${deviceId}`,
      action: 'device.enroll',
      details: { memberId: member.id, deviceName: input.deviceName },
    });
    return {
      deviceId,
      token,
      workspace: { id: member.workspace_id, name: member.ws_name },
      member: { id: member.id, name: member.name, role: member.role },
    };
  });
}
