// The functions bench/page/sync.ts exposes as `window.attacheSyncBench`, called by the sync
// benchmarks through Playwright. Times are wall-clock epoch ms (`performance.timeOrigin + now()`)
// where two pages must be compared, else durations in ms of the measured part only.
import type { SyncPhase } from '../../renderer/features/sync/syncTimings';

/** Key shapes of what IndexedDB holds (read beneath Dexie): one case row and the clocks it carries. */
export interface ShapeSample {
  row: string[];
  /** Keys of each clock group of the row's `clocks` (renderer/db/rowClocks.ts; `hlc+v`: the compact form). */
  clockGroup: string[];
}

/** `rawPutParts`' times, in ms (see there). */
export interface RawPutParts {
  casesBareMs: number;
  casesWithoutClocksMs: number;
  casesWithClocksMs: number;
}

export interface SyncBenchApi {
  /** Enrolls this page as a new device with `code` (not timed); one device per page. */
  enroll(serverUrl: string, code: string, deviceName: string): Promise<{ dbName: string; deviceId: string }>;
  /**
   * One `syncOnce` of the real engine, timed; `phasesMs`: each phase's summed time as the client
   * code reports it (renderer/features/sync/syncTimings.ts; phases overlap across pages);
   * `rows` = cases held locally afterwards.
   */
  syncNow(): Promise<{ ms: number; phasesMs: Partial<Record<SyncPhase, number>>; phase: string; rows: number }>;
  /**
   * Keeps in the page what sync stored in `dbName`, read beneath Dexie (sealed rows, each carrying
   * its clocks in clear, and the sync meta), for `rawPut`; `bytes` = the sealed parts' total size.
   * Not timed.
   */
  captureStored(dbName: string): Promise<{ rows: number; bytes: number }>;
  /** Baseline: what `captureStored` kept, put into a fresh database of the client's layout in one raw IndexedDB transaction. */
  rawPut(dbName: string): Promise<{ ms: number; rows: number }>;
  /**
   * The raw put in parts, each into a fresh database `dbName` (deleted after): the case rows as
   * stored (carrying their clocks) into a store with no index (`casesBareMs`), the case rows without
   * their clocks into the client's `cases` store with its indexes (`casesWithoutClocksMs`), and the
   * case rows as stored into the client's `cases` store (`casesWithClocksMs`: the stored layout,
   * without the cursor). Where a lighter stored form would save.
   */
  rawPutParts(dbName: string): Promise<RawPutParts>;
  /** The cases of `dataUrl`, as rows, sealed by the data layer's WebCrypto sealing (`db.preseal`), timed. */
  sealRecords(dataUrl: string): Promise<{ ms: number; rows: number }>;
  /** Baseline: one-off PouchDB replication from `dbUrl` into a new pouchdb-browser database (`batchSize` omitted: PouchDB's default). */
  pouchReplicate(dbUrl: string, dbName: string, batchSize?: number): Promise<{ ms: number; docs: number }>;
  /** Keys of one case row and of its clock groups (to show the baseline wrote what sync writes). */
  sampleShapes(dbName: string): Promise<ShapeSample>;
  /** Keeps this device syncing on every server poke (the events stream); resolves once connected. */
  listen(): Promise<void>;
  /** Starts watching the case until its title is `title` (the case list's live query). */
  armWatch(caseId: string, title: string): void;
  /** When the armed watch saw the title (epoch ms); rejects after `timeoutMs`. */
  awaitWatch(timeoutMs: number): Promise<number>;
  /** Commits a title edit through `commitChanges`, then syncs; returns when the commit started. */
  commitEdit(caseId: string, title: string): Promise<number>;
  /** Stops listening and deletes this device's database. */
  dispose(): Promise<void>;
  deleteDatabase(name: string): Promise<void>;
}

declare global {
  interface Window {
    attacheSyncBench: SyncBenchApi;
  }
}
