import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sampleId, sampleRecords } from '../../shared/domain/sampleRecords';
import { formatHlc } from '../../shared/sync/hlc';
import type { PushMutation } from '../../shared/sync/wire';
import { buildApp } from '../app';
import type { AppDeps } from '../http/deps';
import { createFolderBlobStore } from '../blobs/blobStore';
import type { Sql } from '../db/sql';
import { createInProcessNotifier } from '../notify/notifier';
import { createEnrollmentCode, enrollDevice } from '../services/enrollment';
import type { MemberRole } from '../services/workspaces';
import { addMember, createWorkspace } from '../services/workspaces';
import { openTestDb } from './testDb';

export interface TestServer {
  app: FastifyInstance;
  sql: Sql;
  deps: AppDeps;
  /** The server's wall clock; tests may move it. */
  clock: { now: number };
  close(): Promise<void>;
}

/** A real app on a fresh test database (PGlite, or a fresh PostgreSQL schema with DATABASE_URL). */
export async function startTestServer(overrides: Partial<AppDeps> = {}): Promise<TestServer> {
  const sql = await openTestDb();
  // A blob folder of its own unless the test brings a store (and then removes its folder itself).
  let dir: string | null = null;
  const blobs = overrides.blobs ?? createFolderBlobStore((dir = await mkdtemp(join(tmpdir(), 'attache-blobs-'))));
  const clock = { now: Date.parse('2026-03-01T12:00:00Z') };
  const deps: AppDeps = {
    sql,
    notifier: createInProcessNotifier(),
    blobs,
    now: () => clock.now,
    serverVersion: '0.0.0-test',
    webOrigins: ['http://127.0.0.1:4173'],
    rateLimit: false,
    ...overrides,
  };
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    sql,
    deps,
    clock,
    async close() {
      await app.close();
      await deps.notifier.close();
      await sql.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface EnrolledDevice {
  deviceId: string;
  token: string;
  workspaceId: string;
  memberId: string;
  auth: { authorization: string };
}

/** Creates (or reuses) a workspace and enrolls one device of a new member with `role`. */
export async function enrollTestDevice(
  sql: Sql,
  options: { role?: MemberRole; workspaceId?: string; name?: string } = {},
): Promise<EnrolledDevice> {
  const workspaceId = options.workspaceId ?? (await createWorkspace(sql, { name: 'Test office' })).id;
  const member = await addMember(sql, { workspaceId, name: options.name ?? 'Tester', role: options.role ?? 'member' });
  const { code } = await createEnrollmentCode(sql, { memberId: member.id });
  const { deviceId, token } = await enrollDevice(sql, { code, deviceName: 'test device' });
  return { deviceId, token, workspaceId, memberId: member.id, auth: { authorization: `Bearer ${token}` } };
}

/** An hlc of `deviceId` at `ms` (defaults to the test servers' clock). */
export const hlcAt = (deviceId: string, ms = Date.parse('2026-03-01T11:00:00Z'), counter = 0) =>
  formatHlc({ ms, counter, deviceId });

/** A complete new case (fields without `id`, as a put of a new record sends them). */
export function newCaseMutation(mutationId: number, deviceId: string, n = 100): PushMutation {
  const { id: _id, ...fields } = sampleRecords.cases;
  return { mutationId, table: 'cases', id: sampleId(n), op: 'put', fields: { ...fields }, hlc: hlcAt(deviceId, undefined, mutationId) };
}
