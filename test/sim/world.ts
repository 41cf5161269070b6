/**
 * The system under test of one simulation run: one real server (in-memory PGlite, shared by the
 * runs, each run in a workspace of its own) and 3–5 clients, each a real `AttacheDb` on its own
 * fake-indexeddb factory running the real sync engine through the simulated network, each with its
 * own skewed wall clock. Nothing here decides what is correct: see `ledger.ts` and `invariants.ts`.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
// Module by module, not through the index files: those also export UI (React, CSS) that Node cannot load.
import { AttacheDb, workspaceDbName } from '../../renderer/db/AttacheDb';
import { newTestDataKey } from '../../renderer/db/testDb';
import type { DataKey } from '../../renderer/security/keyring';
import { commitChanges, type Change } from '../../renderer/db/commitChanges';
import { createSyncClient } from '../../renderer/features/sync/syncClient';
import { createSyncEngine, type SyncEngine } from '../../renderer/features/sync/syncEngine';
import { enrollDevice } from '../../renderer/features/sync/syncSettings';
import type { SyncState } from '../../renderer/features/sync/syncState';
import { createEnrollmentCode } from '../../server/services/enrollment';
import { addMember, createWorkspace } from '../../server/services/workspaces';
import type { TestServer } from '../../server/testing/testServer';
import { Ledger } from './ledger';
import { SimNetwork, type Endpoint } from './network';
import { newCaseChange, simId } from './records';
import { readHead } from './serverState';
import { Violation } from './violation';

const baseUrl = 'http://sim.invalid';

export interface WorldConfig {
  /** Wall-clock offset of each client from the server's clock, in ms (its length = number of clients). */
  offsetsMs: number[];
  /** Pull page size of every client (small, so downloads take several pages). */
  pageSize: number;
}

/** One client process: a new one (new Dexie instance, engine, endpoint) after every restart. */
export interface Process extends Endpoint {
  db: AttacheDb;
  engine: SyncEngine;
  /** The sync this process runs (or ran); `done` once its promise settled. */
  run: { promise: Promise<SyncState>; done: boolean } | null;
  /** The engine's scheduled retry (timers never fire by themselves: `fireRetry` runs them). */
  retry: (() => void) | null;
  /** Crash the next time the engine writes a pulled page (inside its transaction). */
  crashOnPage: boolean;
}

export interface Client {
  index: number;
  deviceId: string;
  token: string;
  factory: IDBFactory;
  offsetMs: number;
  process: Process;
  /** The current process crashed: a new one starts at the end of the command. */
  crashed: boolean;
  restarts: number;
}

export class World {
  readonly network: SimNetwork;
  readonly ledger: Ledger;
  readonly clients: Client[] = [];
  /** Processes that crashed while a sync of theirs was running (their requests may still arrive). */
  private zombies: Process[] = [];
  /** Violations found inside the engine's flow (where a throw would look like a network error). */
  readonly violations: Violation[] = [];
  /** Called before each request of a live process: the step invariants of that client. */
  stepCheck: ((client: Client) => Promise<void>) | null = null;
  private nextId = 1;

  private constructor(
    readonly server: TestServer,
    readonly workspaceId: string,
    private readonly config: WorldConfig,
  ) {
    this.ledger = new Ledger(() => readHead(server.sql, workspaceId));
    this.network = new SimNetwork(server.app, this.ledger);
  }

  /** A fresh workspace with one enrolled device per offset; client i has the i-th smallest device id. */
  static async create(server: TestServer, config: WorldConfig, startMs: number): Promise<World> {
    server.clock.now = startMs;
    const ws = await createWorkspace(server.sql, { name: 'Simulated attaché office' });
    const world = new World(server, ws.id, config);
    const enrolled: { deviceId: string; token: string; factory: IDBFactory; db: AttacheDb }[] = [];
    for (let i = 0; i < config.offsetsMs.length; i++) {
      const member = await addMember(server.sql, { workspaceId: ws.id, name: `Member ${i}`, role: 'member' });
      const { code } = await createEnrollmentCode(server.sql, { memberId: member.id, now: new Date(startMs) });
      const factory = new IDBFactory();
      const noFaults: Endpoint = { client: -1, dead: false, crash: () => undefined };
      const { settings, db } = await enrollDevice(baseUrl, code, `Laptop ${i}`, {
        fetch: world.network.fetchFor(noFaults),
        openDb: (id) => openDb(factory, workspaceDbName(id)),
      });
      enrolled.push({ deviceId: settings.deviceId, token: settings.token, factory, db });
    }
    // Device ids are random UUIDs and break hlc ties: ordering clients by them keeps a replayed
    // seed's tie-breaks identical.
    enrolled.sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
    for (const [index, e] of enrolled.entries()) {
      const client: Client = {
        index,
        deviceId: e.deviceId,
        token: e.token,
        factory: e.factory,
        offsetMs: config.offsetsMs[index] ?? 0,
        process: undefined as unknown as Process,
        crashed: false,
        restarts: 0,
      };
      client.process = world.startProcess(client, e.db);
      world.clients.push(client);
    }
    return world;
  }

  /**
   * The shared starting point of a run: client 0 creates `cases` cases and every client syncs
   * them, so concurrent edits of the same records are likely from the first command on.
   */
  async seedCases(cases: number): Promise<void> {
    const first = this.clients[0] as Client;
    for (let i = 0; i < cases; i++) {
      const id = this.newRecordId();
      const atIso = new Date(this.clientNow(first)).toISOString();
      await this.commit(first, [newCaseChange(id, i, atIso)], [{ table: 'cases', id }]);
    }
    for (const client of this.clients) {
      this.startSync(client);
      await this.settle();
    }
    this.throwViolations();
  }

  /** Heals everything: no faults, no partitions, no armed crashes; held requests are delivered. */
  heal(): void {
    this.network.healAll();
    for (const client of this.clients) client.process.crashOnPage = false;
  }

  /** Throws the first violation found inside an engine's flow, if any. */
  throwViolations(): void {
    const [violation] = this.violations;
    if (violation) throw violation;
  }

  get now(): number {
    return this.server.clock.now;
  }

  advance(ms: number): void {
    this.server.clock.now += ms;
  }

  clientNow(client: Client): number {
    return this.now + client.offsetMs;
  }

  newRecordId(): string {
    return simId(this.nextId++);
  }

  /** A local change on `client` through the one write path; the model learns what was committed. */
  async commit(client: Client, changes: Change[], creates: { table: string; id: string }[] = []): Promise<void> {
    const { db } = client.process;
    const now = () => new Date(this.clientNow(client));
    await commitChanges(db, changes, { actor: `Officer ${client.index}`, deviceId: client.deviceId, now });
    const last = await db.meta.get('lastMutationId');
    this.ledger.recordCommit(client.index, Number(last?.value ?? 0), creates);
  }

  /** Starts a sync of `client` ("Sync now"); a sync already running runs once more instead. */
  startSync(client: Client): void {
    const p = client.process;
    if (p.dead) return;
    const promise = p.engine.syncOnce();
    if (p.run && !p.run.done && p.run.promise === promise) return;
    const run = { promise, done: false };
    p.run = run;
    void promise.finally(() => {
      run.done = true;
    });
  }

  /** Runs the engine's scheduled retry, as its timer would. */
  fireRetry(client: Client): boolean {
    const p = client.process;
    if (!p.retry || (p.run && !p.run.done)) return false;
    p.retry = null;
    this.startSync(client);
    return true;
  }

  /**
   * Waits until every sync (of live and crashed processes) has finished or waits for a held
   * request: the world is then still, and a command's effects are complete and deterministic.
   */
  async settle(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const busy = [...this.clients.map((c) => c.process), ...this.zombies].filter(
        (p) => p.run && !p.run.done && !this.network.isParked(p),
      );
      this.zombies = this.zombies.filter((p) => p.run && !p.run.done);
      if (busy.length === 0) return;
      if (Date.now() > deadline) throw new Violation('liveness', `a sync of client ${busy[0]?.client} never finished`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        ...busy.map((p) => p.run?.promise.catch(() => undefined)),
        this.network.nextPark(),
        new Promise((resolve) => (timer = setTimeout(resolve, 5_000))),
      ]);
      clearTimeout(timer);
    }
  }

  /** Ends the run: every process dies, held requests are lost, storage is closed. */
  async dispose(): Promise<void> {
    for (const client of this.clients) if (!client.process.dead) client.process.crash();
    this.network.discardHeld();
    await this.settle().catch(() => undefined);
    for (const p of [...this.clients.map((c) => c.process), ...this.zombies]) p.db.close();
  }

  /** Starts a new process for every client whose process crashed: same storage, fresh memory. */
  async restartCrashed(): Promise<void> {
    for (const client of this.clients) {
      if (!client.crashed) continue;
      const old = client.process;
      old.engine.dispose();
      old.db.close();
      if (old.run && !old.run.done) this.zombies.push(old);
      client.crashed = false;
      client.restarts += 1;
      client.process = this.startProcess(client, await openDb(client.factory, workspaceDbName(this.workspaceId)));
    }
  }

  private startProcess(client: Client, db: AttacheDb): Process {
    const process: Process = {
      client: client.index,
      dead: false,
      db,
      engine: undefined as unknown as SyncEngine,
      run: null,
      retry: null,
      crashOnPage: false,
      crash: () => {
        // The process dies here: nothing it does afterwards may reach storage or the server.
        process.dead = true;
        client.crashed = true;
        process.engine.dispose();
        db.close();
      },
      beforeRequest: async () => {
        if (process.dead || !this.stepCheck) return;
        try {
          await this.stepCheck(client);
        } catch (error) {
          this.violations.push(error instanceof Violation ? error : new Violation('step check', String(error)));
        }
      },
    };
    const client_ = createSyncClient({ baseUrl, token: client.token, fetch: this.network.fetchFor(process) });
    process.engine = createSyncEngine({
      db,
      client: client_,
      deviceId: client.deviceId,
      now: () => this.clientNow(client),
      random: () => 0.5,
      setTimer: (run) => (process.retry = run),
      clearTimer: () => (process.retry = null),
      pageSizes: { first: this.config.pageSize, next: this.config.pageSize },
      beforePageCommit: () => {
        if (!process.crashOnPage) return;
        // Dies while writing a page: the transaction aborts; the storage closes at the restart.
        process.crashOnPage = false;
        process.dead = true;
        client.crashed = true;
        throw new Error('simulated crash while writing a pulled page');
      },
    });
    return process;
  }
}

/** Each laptop's data key: its databases are sealed as the app's are, the same key across restarts. */
const profileKeys = new WeakMap<IDBFactory, DataKey>();

async function openDb(factory: IDBFactory, name: string): Promise<AttacheDb> {
  let dataKey = profileKeys.get(factory);
  if (!dataKey) profileKeys.set(factory, (dataKey = newTestDataKey()));
  const db = new AttacheDb(name, { indexedDB: factory, IDBKeyRange, dataKey });
  await db.open();
  return db;
}
