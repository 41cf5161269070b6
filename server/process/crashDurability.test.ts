import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PushMutation, PushResult } from '../../shared/sync/wire';
import { callAdminChannel } from '../admin/channel';
import type { AdminCommand } from '../admin/commands';
import { runAdminCommand } from '../admin/commands';
import { migrate } from '../db/migrate';
import type { Sql } from '../db/sql';
import { openScratchSchema } from '../testing/scratchSchema';
import { currentSchema, urlWithSearchPath } from '../testing/schemaUrl';
import type { ServerProcess } from '../testing/serverProcess';
import { runServerToExit, startServerProcess } from '../testing/serverProcess';
import { testStorage } from '../testing/testDb';
import { newCaseMutation } from '../testing/testServer';
import type { WireDevice } from '../testing/wireDevice';
import { enrollOverHttp, pullAllOverHttp, pushOverHttp } from '../testing/wireDevice';

// A real server process killed and started again: PGlite's first start alone (initdb) takes
// tens of seconds on a busy 2-core machine.
const storage = testStorage();
/** More crashes in one run (each a restart: seconds on PGlite): `ATTACHE_CRASH_KILLS=10`. */
const kills = Number(process.env.ATTACHE_CRASH_KILLS ?? 1);
vi.setConfig({ testTimeout: 120_000 + 60_000 * kills, hookTimeout: 180_000 });
const mutationsPerDevice = 60 + 60 * kills;
const batchSize = 5;

/**
 * A device's outbox as the client rules have it: mutation ids count up from 1, each push sends the
 * oldest entries not yet covered by an answer, and a failed push is retried (same ids) with a short
 * back-off until an answer covers it, whatever went wrong.
 */
class RetryingDevice {
  readonly acknowledged = new Map<number, PushResult>();
  networkFailures = 0;
  readonly refusals: string[] = [];
  private lastAnswer: number[] = [];

  constructor(
    readonly device: WireDevice,
    private readonly firstRecord: number,
  ) {}

  /** The mutation with id `n`: a new case, so each one is its own row at its own version. */
  mutation(n: number): PushMutation {
    return newCaseMutation(n, this.device.deviceId, this.firstRecord + n);
  }

  async run(): Promise<void> {
    while (this.acknowledged.size < mutationsPerDevice) {
      let from = 1;
      while (this.acknowledged.has(from)) from++;
      const batch: PushMutation[] = [];
      for (let n = from; n < from + batchSize && n <= mutationsPerDevice; n++) batch.push(this.mutation(n));
      try {
        const { status, body } = await pushOverHttp(this.device, batch);
        if (status === 200) {
          for (const result of body.results) this.acknowledged.set(result.mutationId, result);
          this.lastAnswer = body.results.map((r) => r.mutationId);
          continue;
        }
        this.refusals.push(`${status} ${JSON.stringify(body)}`);
      } catch {
        // The server is gone (killed, restarting): the same batch goes again.
        this.networkFailures++;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The device lost the answer to its last push (as if the answer died with the server): it sends them again. */
  forgetLastAnswer(): PushResult[] {
    const forgotten = this.lastAnswer.map((id) => this.acknowledged.get(id) as PushResult);
    for (const id of this.lastAnswer) this.acknowledged.delete(id);
    return forgotten;
  }
}

describe(`the server killed (SIGKILL) during a stream of pushes, on ${storage}`, () => {
  let dataDir: string;
  let scratch: Sql | null = null;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'attache-crash-'));
    const url = process.env.DATABASE_URL;
    let databaseUrl: string | undefined;
    if (storage === 'postgres') {
      // The postgres project exists only with DATABASE_URL (vitest.config.ts); never fall back to PGlite there.
      if (!url) throw new Error('The postgres project runs without DATABASE_URL');
      scratch = await openScratchSchema(url, 'attache_crash');
      await migrate(scratch);
      databaseUrl = urlWithSearchPath(url, await currentSchema(scratch));
    }
    server = await startServerProcess({ dataDir, databaseUrl, env: { LOG_LEVEL: 'warn', ATTACHE_RATE_LIMIT: '100000' } });
  });

  afterAll(async () => {
    await server?.kill('SIGTERM');
    await scratch?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Admin commands as an operator runs them: on PGlite through the running server's channel. */
  async function admin(command: AdminCommand): Promise<Record<string, unknown>> {
    if (scratch) return runAdminCommand(scratch, command);
    // The channel opens just after the HTTP port: wait for it rather than open the folder twice.
    for (let tries = 0; tries < 100; tries++) {
      const answer = await callAdminChannel(dataDir, command);
      if (answer) return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The admin channel never opened');
  }

  it('keeps every acknowledged mutation exactly once, and the clients carry on alone after the restart', async () => {
    const { id: workspace } = (await admin({ command: 'create-workspace', name: 'Attaché office, Tokyo' })) as { id: string };
    const clients: RetryingDevice[] = [];
    for (let i = 0; i < 2; i++) {
      const { id: member } = (await admin({ command: 'add-member', workspace, name: `Officer ${i}`, role: 'member' })) as { id: string };
      const { code } = (await admin({ command: 'enroll-code', member })) as { code: string };
      clients.push(new RetryingDevice(await enrollOverHttp(server.url, code, `Laptop ${i}`), 10_000 * (i + 1)));
    }
    const running = clients.map((client) => client.run());
    const acknowledged = () => clients.reduce((sum, client) => sum + client.acknowledged.size, 0);

    const toldBeforeCrash = clients.map(() => new Map<number, PushResult>());
    const forgotten: PushResult[] = [];
    for (let kill = 1; kill <= kills; kill++) {
      while (acknowledged() < 40 * kill) await new Promise((resolve) => setTimeout(resolve, 10));
      await server.kill('SIGKILL');
      // What the devices were told before the crash: all of it must survive it.
      clients.forEach((client, i) => {
        for (const [id, result] of client.acknowledged) toldBeforeCrash[i]?.set(id, result);
      });
      forgotten.push(...(clients[0] as RetryingDevice).forgetLastAnswer());
      server = await server.restart();
    }
    await Promise.all(running);

    const total = 2 * mutationsPerDevice;
    // The devices saw the server go, and carried on by themselves once it was back.
    expect(clients.reduce((sum, client) => sum + client.networkFailures, 0)).toBeGreaterThan(0);
    for (const client of clients) {
      expect(client.refusals).toEqual([]);
      for (const result of client.acknowledged.values()) expect(['applied', 'duplicate']).toContain(result.status);
    }

    const { changes } = await pullAllOverHttp((clients[0] as RetryingDevice).device);
    // Each mutation made a new case: exactly once each means one row per mutation, versions 1…total.
    expect(changes.map((c) => c.version)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const versionOf = new Map(changes.map((c) => [c.id, c.version]));
    expect(versionOf.size).toBe(total);
    clients.forEach((client, i) => {
      for (const [mutationId, result] of client.acknowledged) {
        // The version each answer gave, `duplicate` answers included, is the row's version now.
        expect(versionOf.get(client.mutation(mutationId).id)).toBe(result.version);
      }
      for (const [mutationId, result] of toldBeforeCrash[i] as Map<number, PushResult>) {
        expect(client.acknowledged.get(mutationId)?.version).toBe(result.version);
      }
    });
    // An answer lost in the crash: the retry after the restart is told `duplicate`, same version.
    expect(forgotten.length).toBeGreaterThan(0);
    for (const lost of forgotten) {
      expect((clients[0] as RetryingDevice).acknowledged.get(lost.mutationId)).toEqual({ ...lost, status: 'duplicate' });
    }
  });

  it.skipIf(storage === 'postgres')(
    'the restarted server took the killed one\'s PGlite folder over, and a second server on it is refused (exit 75)',
    async () => {
      const second = await runServerToExit({ dataDir, env: { LOG_LEVEL: 'warn' } });
      expect(second.code).toBe(75);
      // The lock names the restarted process: the one the SIGKILL left behind was taken over.
      expect(JSON.parse(second.stderr.trim())).toMatchObject({ code: 'data_dir_in_use', dataDir, holderPid: server.pid });
      expect((await fetch(`${server.url}/v1/health`)).status).toBe(200);
    },
  );
});
