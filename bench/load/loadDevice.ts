// One simulated laptop of the load run, speaking the wire contract as the app's sync engine does
// (renderer/features/sync/syncEngine.ts, syncOwner.ts): it enrolls with a code, keeps an outbox
// with consecutive mutation ids, and syncs (push the outbox, then pull to the head) when its
// officer has worked, when a poke arrives on its events stream, and every 60 s; a sync asked for
// while one runs runs once more after it; a failed sync is retried with backoff. Its officer works
// at jittered intervals. Everything it sees is counted in the shared `LoadTally`.
import type { EnrollResponse, PushResponse } from '../../shared/sync/wire';
import { createHlcClock, type HlcClock } from '../../shared/sync/hlc';
import type { PushMutation } from '../../shared/sync/wire';
import { clientSchemaVersion } from '../../renderer/features/sync/syncState';
import { deviceAddress, deviceHttp, LoadError, type DeviceHttp } from './deviceHttp';
import { editedFields, officerWork, type KnownCase } from './officerWork';
import type { PokeTracker } from './pokeTracker';

/** What every device of the run adds to while `recording` is on (warm-up and drain are not counted). */
export interface LoadTally {
  recording: boolean;
  pushMs: number[];
  pullMs: number[];
  mutations: number;
  conflicted: number;
  /** Every failure by kind: `http <status> <code>`, `network <code>`, `timeout`, `rejected <code>`, `events …`. */
  errors: Map<string, number>;
}

export const newTally = (): LoadTally => ({ recording: false, pushMs: [], pullMs: [], mutations: 0, conflicted: 0, errors: new Map() });

const periodicSyncMs = 60_000;
const reconnectMs = 5_000;
const retryBaseMs = 1_000;
/** A laptop remembers this many recently pulled cases to edit (its officer's working set). */
const workingSet = 200;

export interface LoadDeviceOptions {
  index: number;
  serverUrl: string;
  code: string;
  tally: LoadTally;
  tracker: PokeTracker;
  rand: () => number;
  /** Mean pause between two bursts of the officer's work; each pause is drawn from 0.5–1.5 × this. */
  workIntervalMs: number;
}

export class LoadDevice {
  private readonly http: DeviceHttp;
  private readonly abort = new AbortController();
  private deviceId = '';
  private token = '';
  private memberName = '';
  private clock: HlcClock | null = null;
  private nextMutationId = 1;
  private outbox: PushMutation[] = [];
  private cursor = 0;
  private readonly known = new Map<string, KnownCase>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private timers = new Set<NodeJS.Timeout>();
  private stopped = false;
  private resting = false;
  private events: Promise<void> = Promise.resolve();
  private seed = 0;

  constructor(private readonly options: LoadDeviceOptions) {
    this.http = deviceHttp(options.serverUrl, deviceAddress(options.index));
  }

  /** Trades the enrollment code for a token, from this laptop's own address. */
  async enroll(): Promise<{ deviceId: string; workspaceId: string }> {
    const answer = await this.http.postJson<EnrollResponse>('/v1/devices/enroll', {
      code: this.options.code,
      deviceName: `Load laptop ${this.options.index + 1}`,
    });
    this.deviceId = answer.deviceId;
    this.token = answer.token;
    this.memberName = answer.member.name;
    this.clock = createHlcClock(answer.deviceId);
    return { deviceId: answer.deviceId, workspaceId: answer.workspace.id };
  }

  /** First download, then the events stream, the 60 s timer and the officer's work start. */
  async start(): Promise<void> {
    await this.pullToHead();
    this.events = this.listen();
    this.every(periodicSyncMs, () => this.sync());
    this.later(this.options.rand() * this.options.workIntervalMs, () => this.work());
  }

  /** The officer stops working; pokes and timers still make the laptop sync (the run's drain). */
  rest(): void {
    this.resting = true;
  }

  /** Stops the officer and every trigger, closes the events stream, and waits for a running sync. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.abort.abort();
    await this.events;
    await this.running;
  }

  /** Whether everything this laptop wrote has reached the server. */
  get pending(): number {
    return this.outbox.length;
  }

  close(): void {
    this.http.close();
  }

  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.attempt();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private work(): void {
    if (this.stopped || this.resting) return;
    const { rand, workIntervalMs } = this.options;
    const changes = officerWork(rand, [...this.known.values()], this.memberName, this.options.index * 1_000_000 + this.seed++);
    const clock = this.clock as HlcClock;
    for (const change of changes) this.outbox.push({ ...change, mutationId: this.nextMutationId++, hlc: clock.tick() });
    void this.sync();
    this.later(workIntervalMs * (0.5 + rand()), () => this.work());
  }

  private async attempt(): Promise<void> {
    try {
      await this.pushOutbox();
      await this.pullToHead();
      this.failures = 0;
    } catch (error) {
      this.count(error instanceof LoadError ? error.kind : `client ${String(error)}`);
      if (this.stopped) return;
      this.failures += 1;
      const delay = Math.min(60_000, retryBaseMs * 2 ** (this.failures - 1)) * (0.5 + this.options.rand() / 2);
      this.later(delay, () => void this.sync());
    }
  }

  private async pushOutbox(): Promise<void> {
    const { tally, tracker } = this.options;
    while (this.outbox.length > 0) {
      const mutations = this.outbox.slice(0, 1000);
      const started = performance.now();
      const answer = await this.http.postJson<PushResponse>(
        '/v1/sync/push',
        { deviceId: this.deviceId, schemaVersion: clientSchemaVersion, mutations },
        this.token,
      );
      const ms = performance.now() - started;
      this.outbox = this.outbox.filter((m) => m.mutationId > answer.lastMutationId);
      let version = 0;
      for (const result of answer.results) {
        if (result.status === 'rejected') this.count(`rejected ${result.code ?? ''}`.trim());
        if (result.status === 'conflicted' && tally.recording) tally.conflicted += 1;
        version = Math.max(version, result.version ?? 0);
      }
      if (tally.recording) {
        tally.pushMs.push(ms);
        tally.mutations += mutations.length;
      }
      if (version > 0) tracker.pushAnswered(this.deviceId, version);
    }
  }

  private async pullToHead(): Promise<void> {
    const { tally, tracker } = this.options;
    for (;;) {
      const started = performance.now();
      const page = await this.http.pull(
        { deviceId: this.deviceId, schemaVersion: clientSchemaVersion, cursor: this.cursor, limit: this.cursor === 0 ? 5000 : 1000 },
        this.token,
      );
      if (tally.recording) tally.pullMs.push(performance.now() - started);
      if (page.resetRequired) throw new LoadError('resetRequired');
      for (const change of page.changes) {
        for (const meta of Object.values(change.fieldMeta)) this.clock?.receive(meta.hlc);
        if (change.table !== 'cases') continue;
        this.known.delete(change.id);
        if (change.deleted) continue;
        const v = Object.fromEntries(editedFields.map((f) => [f, change.fieldMeta[f]?.v ?? change.version])) as KnownCase['v'];
        this.known.set(change.id, { id: change.id, v });
        if (this.known.size > workingSet) this.known.delete(this.known.keys().next().value as string);
      }
      this.cursor = page.cursor;
      tracker.pulled(this.deviceId, this.cursor);
      if (!page.hasMore) return;
    }
  }

  /** The events stream, reopened after 5 s when it drops (each drop is counted: it should not happen). */
  private async listen(): Promise<void> {
    const { tracker } = this.options;
    while (!this.stopped) {
      try {
        await this.http.events(
          this.token,
          (version) => {
            tracker.poked(this.deviceId, version);
            // As the app does: every poke asks for a sync (its own pushes' pokes too).
            void this.sync();
          },
          this.abort.signal,
        );
        if (!this.stopped) this.count('events stream ended');
      } catch (error) {
        if (!this.stopped) this.count(error instanceof LoadError ? error.kind : `events ${String(error)}`);
      }
      if (!this.stopped) await this.pause(reconnectMs);
    }
  }

  private count(kind: string): void {
    const { errors } = this.options.tally;
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  /** Waits `ms`, or less if the device stops meanwhile. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.abort.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }

  private every(ms: number, run: () => void): void {
    const tick = () => {
      run();
      this.later(ms, tick);
    };
    this.later(ms, tick);
  }
}
