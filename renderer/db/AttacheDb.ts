import Dexie, { type DBCore, type DexieOptions, type EntityTable } from 'dexie';
import type { SyncedTable } from '../../shared/domain';
import type { DataKey } from '../security/keyring';
import { openAside, presealValues, readOpenedAfter, readStampedAfter, recordSealing, sealAside, type StampedChanges } from './recordSealing';
import { LockedError, sessionWorkspaceKey } from '../security/session';
import type { KeyRanges } from './foldClocksIntoRows';
import { latestSchemaVersion, schemaVersions } from './schemaVersions';
import type { BlobUpload, SealedAside, ChangeLogEntry, FormDraft, HsCodeRow, MetaEntry, OutboxEntry, StoredBlob, SyncedEntityTable, ViewLogEntry } from './types';

export interface AttacheDbOptions extends DexieOptions {
  /** Declare versions only up to this one (migration tests open old versions with it). */
  upToVersion?: number;
  /** The unlocked data key: every record except public reference data and clocks is sealed with it (recordSealing.ts). */
  dataKey?: DataKey;
}

/**
 * One workspace's local database (`attache-ws-<workspaceId>`): every synced table (each row with
 * its per-field sync clocks), the outbox, the audit change log, local meta and reference data.
 * Write synced rows only through `commitChanges`, which keeps rows, clocks, outbox and audit
 * consistent in one transaction.
 */
export class AttacheDb extends Dexie {
  declare cases: SyncedEntityTable<'cases'>;
  declare parties: SyncedEntityTable<'parties'>;
  declare goods: SyncedEntityTable<'goods'>;
  declare shipments: SyncedEntityTable<'shipments'>;
  declare proofsOfOrigin: SyncedEntityTable<'proofsOfOrigin'>;
  declare deadlines: SyncedEntityTable<'deadlines'>;
  declare notes: SyncedEntityTable<'notes'>;
  declare attachments: SyncedEntityTable<'attachments'>;
  declare verificationRequests: SyncedEntityTable<'verificationRequests'>;
  declare requestQuestions: SyncedEntityTable<'requestQuestions'>;
  declare meetings: SyncedEntityTable<'meetings'>;
  declare participants: SyncedEntityTable<'participants'>;
  declare agendaItems: SyncedEntityTable<'agendaItems'>;
  declare decisions: SyncedEntityTable<'decisions'>;
  declare actionItems: SyncedEntityTable<'actionItems'>;
  declare contacts: SyncedEntityTable<'contacts'>;
  declare riskLists: SyncedEntityTable<'riskLists'>;
  declare riskEntries: SyncedEntityTable<'riskEntries'>;
  /** The administration's reply and acknowledgement periods, by instrument code; absent = built-in default (version 6). */
  declare replyPeriodRules: SyncedEntityTable<'replyPeriodRules'>;
  /** Public holidays that business-day periods skip (version 6). */
  declare holidays: SyncedEntityTable<'holidays'>;
  /** Officers' decisions on screening hits, by case (version 7). */
  declare screeningDecisions: SyncedEntityTable<'screeningDecisions'>;
  /** Lines of notes taken during meetings, by meeting (version 8). */
  declare meetingNotes: SyncedEntityTable<'meetingNotes'>;
  /** Server-authored: conflicts of protected fields; clients only update their resolution fields. */
  declare conflicts: SyncedEntityTable<'conflicts'>;
  /** Server-authored: losing values of ordinary fields, read-only for clients. */
  declare fieldHistory: SyncedEntityTable<'fieldHistory'>;
  declare outbox: EntityTable<OutboxEntry, 'mutationId'>;
  declare changeLog: EntityTable<ChangeLogEntry, 'seq'>;
  /** Who opened which record on this device (audit), and whether the server has it yet (version 2). */
  declare viewLog: EntityTable<ViewLogEntry, 'id'>;
  /** Bytes of attached files by SHA-256, and those still to upload (version 3). */
  declare blobs: EntityTable<StoredBlob, 'sha256'>;
  declare blobUploads: EntityTable<BlobUpload, 'sha256'>;
  /** The sealed snapshot of the search index, sealed by WebCrypto before it is written (version 4). */
  declare searchSnapshots: EntityTable<SealedAside, 'key'>;
  /** Unsaved form drafts, `<form>/<record>`: local only, never synced, sealed (version 5). */
  declare formDrafts: EntityTable<FormDraft, 'key'>;
  declare meta: EntityTable<MetaEntry, 'key'>;
  declare hsCodes: EntityTable<HsCodeRow, 'code'>;

  constructor(name: string, { upToVersion = latestSchemaVersion, dataKey, ...options }: AttacheDbOptions = {}) {
    super(name, options);
    // The IndexedDB's own key ranges, for upgrades working beneath Dexie (Dexie types the option loosely).
    const keyRanges: KeyRanges = options.IDBKeyRange ? (options.IDBKeyRange as unknown as KeyRanges) : globalThis.IDBKeyRange;
    for (const { version, stores, upgrade } of schemaVersions) {
      if (version > upToVersion) break;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade((tx) => upgrade(tx, keyRanges));
    }
    const beneathSealing: { core?: DBCore } = {};
    if (dataKey) this.use(recordSealing(dataKey, beneathSealing));
    this.sealed = dataKey !== undefined;
    this.preseal = dataKey ? (table, values) => presealValues(dataKey, this.core.table(table).schema, values) : async () => undefined;
    this.readRowsAfter = (table, afterId, limit) =>
      dataKey && beneathSealing.core
        ? (readOpenedAfter(beneathSealing.core, dataKey, table, afterId, limit) as Promise<never[]>)
        : (afterId === null ? this.table(table).toCollection() : this.table(table).where(':id').above(afterId)).limit(limit).toArray();
    const keyOrThrow = () => {
      if (!dataKey || !beneathSealing.core) throw new Error('This database is not sealed: it keeps no write stamps and nothing sealed aside');
      return { key: dataKey, core: beneathSealing.core };
    };
    this.readStampedAfter = (after) => {
      const { key, core } = keyOrThrow();
      return readStampedAfter(core, key, after) as never;
    };
    this.putSealedAside = async (store, id, bytes) => {
      const row = await sealAside(keyOrThrow().key, store, id, bytes);
      await this.table(store).put(row);
    };
    this.getSealedAside = async (store, id) => {
      const { key } = keyOrThrow();
      const row = (await this.table(store).get(id)) as SealedAside | undefined;
      return row ? openAside(key, store, id, row.sealed) : null;
    };
  }

  /**
   * Per stamped table in `after`, the rows written after its stamp, with its highest stamp and row
   * count, read in one transaction (recordSealing.ts `stampProperty`). Sealed databases only.
   */
  readonly readStampedAfter: <T extends string>(after: Readonly<Record<T, number>>) => Promise<Record<T, StampedChanges>>;

  /** Seals `bytes` with WebCrypto and stores them under `id` in `store` (`searchSnapshots`). Sealed databases only. */
  readonly putSealedAside: (store: 'searchSnapshots', id: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

  /** What `putSealedAside` stored, opened; null if nothing is; rejects with `SealError` if it does not open. */
  readonly getSealedAside: (store: 'searchSnapshots', id: string) => Promise<Uint8Array | null>;

  /**
   * Up to `limit` rows of `table` after `afterId` (by id), for sweeps over whole tables: opened
   * with WebCrypto after the read, so the page is not held by the synchronous cipher.
   */
  readonly readRowsAfter: <T>(table: string, afterId: string | null, limit: number) => Promise<T[]>;

  /** Whether records are sealed at rest (always in the app; tests may open a database in clear). */
  readonly sealed: boolean;

  /**
   * Seals `values` of `table` ahead of the transaction that writes them (large commits: see
   * commitChanges); the write then stores them as sealed here. Does nothing without a key.
   */
  readonly preseal: (table: string, values: readonly object[]) => Promise<void>;

  /** The typed table of a synced table name. */
  synced<T extends SyncedTable>(table: T): SyncedEntityTable<T> {
    return this.table(table) as SyncedEntityTable<T>;
  }
}

export function workspaceDbName(workspaceId: string): string {
  return `attache-ws-${workspaceId}`;
}

const workspaceIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Opens (creating or upgrading as needed) the database of one workspace, sealed with the
 * workspace's key from the unlocked session (or `options.dataKey`); throws `LockedError` while
 * locked. Before any server is configured the workspace id is `local`. Rejects with Dexie's error
 * if the database cannot open (for example a newer schema written by a newer app version).
 */
export async function openWorkspaceDb(workspaceId = 'local', options: AttacheDbOptions = {}): Promise<AttacheDb> {
  if (!workspaceIdPattern.test(workspaceId)) throw new Error(`Invalid workspace id: ${workspaceId}`);
  // Every database the app opens is sealed with its workspace's key; none opens while locked.
  const dataKey = 'dataKey' in options ? options.dataKey : await sessionWorkspaceKey(workspaceId);
  if (!dataKey) throw new LockedError();
  const db = new AttacheDb(workspaceDbName(workspaceId), { ...options, dataKey });
  await db.open();
  return db;
}
