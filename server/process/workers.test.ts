import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PushMutation } from '../../shared/sync/wire';
import type { Sql } from '../db/sql';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace } from '../services/workspaces';
import { openScratchSchema } from '../testing/scratchSchema';
import { currentSchema, urlWithSearchPath } from '../testing/schemaUrl';
import type { ServerProcess } from '../testing/serverProcess';
import { childProcessIds, runServerToExit, startServerProcess } from '../testing/serverProcess';
import { testStorage } from '../testing/testDb';
import { newCaseMutation } from '../testing/testServer';
import type { WireDevice } from '../testing/wireDevice';
import { enrollOverHttp, pullAllOverHttp, pushOverHttp } from '../testing/wireDevice';

// A real server process and its workers (tsx start-up: seconds each on a busy machine).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const databaseUrl = process.env.DATABASE_URL;
const onPostgres = testStorage() === 'postgres' && databaseUrl !== undefined;

/** The worker processes the server runs now (the supervisor's children). */
const workerPids = (server: ServerProcess): number[] => childProcessIds(server.pid);

/** Processes that wrote the log line `message` (pino names the pid on every line). */
function pidsThatLogged(server: ServerProcess, message: string): Set<number> {
  const lines = server.stdout().split('\n').filter((line) => line.startsWith('{'));
  return new Set(lines.map((line) => JSON.parse(line) as { pid: number; msg: string }).filter((line) => line.msg === message).map((line) => line.pid));
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!onPostgres)('one server as two worker processes, ATTACHE_WORKERS=2 (needs DATABASE_URL: runs in the postgres project only)', () => {
  let sql: Sql;
  let childUrl: string;
  let dataDir: string;
  let server: ServerProcess;
  const laptops: { device: WireDevice; nextMutationId: number }[] = [];
  let recordNumber = 1000;

  beforeAll(async () => {
    sql = await openScratchSchema(databaseUrl as string, 'attache_workers');
    // Not migrated here: both workers migrate the empty schema as they start, as on a first deploy.
    childUrl = urlWithSearchPath(databaseUrl as string, await currentSchema(sql));
    dataDir = await mkdtemp(join(tmpdir(), 'attache-workers-'));
    server = await startServerProcess({ dataDir, databaseUrl: childUrl, env: { ATTACHE_WORKERS: '2', LOG_LEVEL: 'info' } });
    // The port answers once the first worker listens; the second may still be starting.
    await until(() => pidsThatLogged(server, 'attache sync server ready').size === 2, 'both workers are ready');
    const workspace = await createWorkspace(sql, { name: 'Attaché office, Hanoi' });
    for (let i = 0; i < 4; i++) {
      const member = await addMember(sql, { workspaceId: workspace.id, name: `Officer ${i}`, role: 'member' });
      const { code } = await createEnrollmentCode(sql, { memberId: member.id });
      laptops.push({ device: await enrollOverHttp(server.url, code, `Laptop ${i}`), nextMutationId: 1 });
    }
  });

  afterAll(async () => {
    await server?.kill('SIGKILL');
    await sql?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function pushCases(laptop: (typeof laptops)[number], count: number): Promise<number[]> {
    const mutations: PushMutation[] = [];
    for (let i = 0; i < count; i++) mutations.push(newCaseMutation(laptop.nextMutationId++, laptop.device.deviceId, recordNumber++));
    const { status, body } = await pushOverHttp(laptop.device, mutations);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
    return body.results.map((r) => r.version as number);
  }

  it('serves its one port from both workers, and every laptop ends with every change, versions consecutive', async () => {
    const workers = workerPids(server);
    expect(workers).toHaveLength(2);
    // Four laptops at once open four connections, which the supervisor hands to the workers in turn.
    const versions = (await Promise.all(laptops.map(async (laptop) => [...(await pushCases(laptop, 3)), ...(await pushCases(laptop, 3))]))).flat();
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const laptop of laptops) {
      const { changes, cursor } = await pullAllOverHttp(laptop.device, 0);
      expect(cursor).toBe(24);
      expect(changes.map((c) => c.version)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    }
    expect(pidsThatLogged(server, 'request completed')).toEqual(new Set(workers));
  });

  it('starts another worker when one dies, and goes on serving', async () => {
    const [dead, survivor] = workerPids(server) as [number, number];
    process.kill(dead, 'SIGKILL');
    await until(() => {
      const now = workerPids(server);
      return now.length === 2 && !now.includes(dead) && now.includes(survivor);
    }, 'a new worker replaces the one killed');
    expect(server.stdout()).toContain('a worker ended; starting another');
    const [replacement] = workerPids(server).filter((pid) => pid !== survivor);
    await until(() => pidsThatLogged(server, 'attache sync server ready').has(replacement as number), 'the new worker is ready');
    expect(await pushCases(laptops[0] as (typeof laptops)[number], 2)).toEqual([25, 26]);
  });

  it('stops its workers with itself on SIGTERM, and exits cleanly', async () => {
    const workers = workerPids(server);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    for (const pid of workers) expect(existsSync(`/proc/${pid}`)).toBe(false);
  });

  it('stops, with the exit code of the refusal, when its workers cannot start', async () => {
    const wrongPassword = new URL(childUrl);
    wrongPassword.password = 'not-the-password';
    const ended = await runServerToExit({ dataDir, databaseUrl: wrongPassword.toString(), env: { ATTACHE_WORKERS: '2', LOG_LEVEL: 'info' } });
    expect(ended.code).toBe(1);
    expect(ended.stdout).toContain('a worker could not start; stopping the server');
    expect(ended.stderr).toContain('password authentication failed');
  });
});
