// The real sync server (server/app.ts buildApp) started inside the bench process on loopback, on
// in-memory PGlite or on a fresh schema of the PostgreSQL at DATABASE_URL, plus the admin steps
// (workspace, member, enrollment code, device) the benchmarks need, done through the services.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app';
import { createFolderBlobStore } from '../../server/blobs/blobStore';
import { migrate } from '../../server/db/migrate';
import { openPgliteSql } from '../../server/db/pgliteSql';
import type { Sql } from '../../server/db/sql';
import { openScratchSchema } from '../../server/testing/scratchSchema';
import { createInProcessNotifier } from '../../server/notify/notifier';
import { createEnrollmentCode, enrollDevice } from '../../server/services/enrollment';
import { addMember, createWorkspace } from '../../server/services/workspaces';

export type BenchStorage = 'pglite' | 'postgres';

/** A device enrolled from the bench process (it pushes with its token over HTTP). */
export interface BenchDevice {
  deviceId: string;
  token: string;
  workspaceId: string;
  /** The next mutation id this device must send (ids count up from 1 per device). */
  nextMutationId: number;
}

export interface BenchSyncServer {
  url: string;
  storage: BenchStorage;
  sql: Sql;
  newWorkspace(name: string): Promise<string>;
  /** A single-use enrollment code for a new member of the workspace (enrolled by a page). */
  enrollmentCode(workspaceId: string, memberName: string): Promise<string>;
  /** A new member's device enrolled directly through the enrollment service. */
  newDevice(workspaceId: string, memberName: string): Promise<BenchDevice>;
  /**
   * The server's share of pulls since the last call, summed over requests: `handlerMs` until the
   * answer's JSON was built (queries, JSON text), `sentMs` until it was sent (with compression).
   */
  takePullTimes(): { handlerMs: number; sentMs: number; pulls: number };
  close(): Promise<void>;
}

/**
 * Opens the storage, migrates it and listens on 127.0.0.1 (random port) with `webOrigins`
 * allowed by CORS and no rate limit (the benchmarks send far more than a device would).
 * A PostgreSQL schema is created for the run and dropped by `close`.
 */
export async function startBenchSyncServer(storage: BenchStorage, webOrigins: string[]): Promise<BenchSyncServer> {
  const { sql, dispose } = await openStorage(storage);
  await migrate(sql);
  const blobDir = await mkdtemp(join(tmpdir(), 'attache-bench-blobs-'));
  const deps = {
    sql,
    notifier: createInProcessNotifier(),
    blobs: createFolderBlobStore(blobDir),
    now: () => Date.now(),
    serverVersion: 'bench',
    webOrigins,
    rateLimit: false as const,
  };
  const app = await buildApp(deps);
  let pullTimes = { handlerMs: 0, sentMs: 0, pulls: 0 };
  // POSTs only: a CORS preflight of the same path is no pull.
  const isPull = (request: { method: string; url: string }) => request.method === 'POST' && request.url.startsWith('/v1/sync/pull');
  app.addHook('onSend', async (request, reply) => {
    if (isPull(request)) pullTimes.handlerMs += reply.elapsedTime;
  });
  app.addHook('onResponse', async (request, reply) => {
    if (!isPull(request)) return;
    pullTimes.sentMs += reply.elapsedTime;
    pullTimes.pulls += 1;
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  async function enrollmentCode(workspaceId: string, memberName: string): Promise<string> {
    const member = await addMember(sql, { workspaceId, name: memberName, role: 'member' });
    return (await createEnrollmentCode(sql, { memberId: member.id })).code;
  }

  return {
    url,
    storage,
    sql,
    newWorkspace: async (name) => (await createWorkspace(sql, { name })).id,
    enrollmentCode,
    async newDevice(workspaceId, memberName) {
      const code = await enrollmentCode(workspaceId, memberName);
      const enrolled = await enrollDevice(sql, { code, deviceName: `${memberName} (bench)` });
      return { deviceId: enrolled.deviceId, token: enrolled.token, workspaceId, nextMutationId: 1 };
    },
    takePullTimes() {
      const taken = pullTimes;
      pullTimes = { handlerMs: 0, sentMs: 0, pulls: 0 };
      return taken;
    },
    async close() {
      await app.close();
      await deps.notifier.close();
      await dispose();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/** The storage and how to close it and remove what it wrote. */
async function openStorage(storage: BenchStorage): Promise<{ sql: Sql; dispose: () => Promise<void> }> {
  if (storage === 'pglite') {
    // A data folder on disk, as `npm run server` keeps it (in-memory PGlite behaves differently).
    const dataDir = await mkdtemp(join(tmpdir(), 'attache-bench-pglite-'));
    const sql = await openPgliteSql(dataDir);
    return { sql, dispose: async () => (await sql.close(), await rm(dataDir, { recursive: true, force: true })) };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const sql = await openScratchSchema(url, 'attache_bench');
  return { sql, dispose: () => sql.close() };
}
