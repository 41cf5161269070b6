import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PushMutation } from '../../shared/sync/wire';
import { migrate } from '../db/migrate';
import type { Sql } from '../db/sql';
import { createEnrollmentCode } from '../services/enrollment';
import { addMember, createWorkspace } from '../services/workspaces';
import { openScratchSchema } from '../testing/scratchSchema';
import { currentSchema, urlWithSearchPath } from '../testing/schemaUrl';
import type { ServerProcess } from '../testing/serverProcess';
import { startServerProcess } from '../testing/serverProcess';
import { testStorage } from '../testing/testDb';
import { newCaseMutation } from '../testing/testServer';
import type { PokeStream, WireDevice } from '../testing/wireDevice';
import { enrollOverHttp, openPokeStream, pullAllOverHttp, pushOverHttp } from '../testing/wireDevice';

// Two real server processes (tsx start-up: seconds each on a busy machine).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const databaseUrl = process.env.DATABASE_URL;
const onPostgres = testStorage() === 'postgres' && databaseUrl !== undefined;

/** One laptop of the office: its device, the instance it reaches, its pokes and what it pulled. */
interface Laptop {
  device: WireDevice;
  pokes: PokeStream;
  nextMutationId: number;
  cursor: number;
  pulledVersions: number[];
  pulledIds: Set<string>;
}

describe.skipIf(!onPostgres)('two server instances on one PostgreSQL (needs DATABASE_URL: runs in the postgres project only)', () => {
  let sql: Sql;
  let dataDir: string;
  let instances: ServerProcess[] = [];
  const laptops: Laptop[] = [];
  /** Every version a push answered, across all devices and both instances. */
  const appliedVersions: number[] = [];
  const pushedIds: string[] = [];
  let recordNumber = 1000;

  beforeAll(async () => {
    sql = await openScratchSchema(databaseUrl as string, 'attache_scaleout');
    await migrate(sql);
    const childUrl = urlWithSearchPath(databaseUrl as string, await currentSchema(sql));
    // One data folder for both: it holds the blobs, which every instance must see.
    dataDir = await mkdtemp(join(tmpdir(), 'attache-scaleout-'));
    instances = await Promise.all([0, 1].map(() => startServerProcess({ dataDir, databaseUrl: childUrl, env: { LOG_LEVEL: 'warn' } })));
    const workspace = await createWorkspace(sql, { name: 'Attaché office, Brussels' });
    for (let i = 0; i < 4; i++) {
      const member = await addMember(sql, { workspaceId: workspace.id, name: `Officer ${i}`, role: 'member' });
      const { code } = await createEnrollmentCode(sql, { memberId: member.id });
      // Laptops 0 and 1 reach instance A, 2 and 3 instance B, as a load balancer would spread them.
      const device = await enrollOverHttp((instances[i < 2 ? 0 : 1] as ServerProcess).url, code, `Laptop ${i}`);
      laptops.push({ device, pokes: await openPokeStream(device), nextMutationId: 1, cursor: 0, pulledVersions: [], pulledIds: new Set() });
    }
  });

  afterAll(async () => {
    for (const laptop of laptops) laptop.pokes.close();
    await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
    await sql?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const onA = () => laptops.slice(0, 2);
  const onB = () => laptops.slice(2, 4);

  /** Pushes `count` new cases from `laptop` in one batch; returns the highest version applied. */
  async function pushCases(laptop: Laptop, count: number): Promise<number> {
    const mutations: PushMutation[] = [];
    for (let i = 0; i < count; i++) {
      const mutation = newCaseMutation(laptop.nextMutationId++, laptop.device.deviceId, recordNumber++);
      mutations.push(mutation);
      pushedIds.push(mutation.id);
    }
    const { status, body } = await pushOverHttp(laptop.device, mutations);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
    const versions = body.results.map((r) => r.version as number);
    appliedVersions.push(...versions);
    return Math.max(...versions);
  }

  /** What a client does on a poke: pull from its cursor through its own instance. */
  async function pullNew(laptop: Laptop): Promise<void> {
    const { changes, cursor } = await pullAllOverHttp(laptop.device, laptop.cursor);
    for (const change of changes) {
      laptop.pulledVersions.push(change.version);
      laptop.pulledIds.add(change.id);
    }
    laptop.cursor = cursor;
  }

  it('a change pushed through instance B pokes the laptops on instance A, which pull it from A', async () => {
    const top = Math.max(...(await Promise.all(onB().map((laptop) => pushCases(laptop, 3)))));
    // Nothing went through A: only a poke that crossed over LISTEN/NOTIFY can reach these streams.
    await Promise.all(onA().map((laptop) => laptop.pokes.heard(top)));
    await Promise.all(onA().map(pullNew));
    for (const laptop of onA()) expect(laptop.cursor).toBe(top);
  });

  it('and the other way round: pushes through A poke the laptops on B', async () => {
    const top = Math.max(...(await Promise.all(onA().map((laptop) => pushCases(laptop, 3)))));
    await Promise.all(onB().map((laptop) => laptop.pokes.heard(top)));
    await Promise.all(onB().map(pullNew));
    for (const laptop of onB()) expect(laptop.cursor).toBe(top);
  });

  it('under concurrent pushes through both, every laptop ends with every change, versions consecutive', async () => {
    // Each laptop pushes five batches while pulling on its own, as devices do between pokes.
    await Promise.all(
      laptops.map(async (laptop) => {
        for (let batch = 0; batch < 5; batch++) {
          await pushCases(laptop, 4);
          await pullNew(laptop);
        }
      }),
    );
    const total = pushedIds.length;
    // The workspace counter is shared by both instances: each version handed out once, none skipped.
    expect([...appliedVersions].sort((a, b) => a - b)).toEqual(range(1, total));
    for (const laptop of laptops) {
      await laptop.pokes.heard(total);
      await pullNew(laptop);
      // Every laptop pulled from 0 (through its own instance): each new case is one row at the
      // version of its push, so every change arrives once, in order, with no hole.
      expect(laptop.pulledVersions).toEqual(range(1, total));
      expect(laptop.pulledIds).toEqual(new Set(pushedIds));
    }
  });
});

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
