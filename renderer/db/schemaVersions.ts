import type { Transaction } from 'dexie';
import type { SyncedTable } from '../../shared/domain';
import { foldClocksIntoRows, type KeyRanges } from './foldClocksIntoRows';

/**
 * Every shipped version of the workspace database, oldest first.
 *
 * A shipped entry is NEVER edited: a change appends `{ version: n + 1, stores, upgrade }` and a test
 * in `migrations.test.ts` that opens version n, seeds rows, reopens at n + 1 and checks them.
 *
 * Indexes are metadata only (ids, parent ids, status, dates, deleted). Names, narratives and
 * identifiers are never indexed because they will be encrypted at rest; they are filtered in memory.
 * `version` is not indexed: nothing queries a local row by server version, and every index costs
 * on every write.
 *
 * Synced rows carry `version`, `deleted` and, since version 9, their per-field clocks grouped
 * (`clocks`, renderer/db/rowClocks.ts): the usual row's are one `{ v, hlc }`. Before, the clocks
 * had a store of their own (`fieldMeta`, keyed by `[table+id]`), which doubled the records a first
 * download writes.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** `keyRange`: the `IDBKeyRange` of the IndexedDB the database lives in. */
  upgrade?: (tx: Transaction, keyRange: KeyRanges) => Promise<void> | void;
}

/** Synced tables added after version 1, each declared (with its stamp) by the version that adds it. */
export const laterSyncedTables = ['replyPeriodRules', 'holidays', 'screeningDecisions', 'meetingNotes'] as const satisfies readonly SyncedTable[];
type LaterSyncedTable = (typeof laterSyncedTables)[number];

const syncedStoresV1: Record<Exclude<SyncedTable, LaterSyncedTable>, string> = {
  cases: 'id, status, type, deleted, updatedAt, createdAt',
  parties: 'id, caseId, deleted',
  goods: 'id, caseId, deleted',
  shipments: 'id, caseId, deleted',
  proofsOfOrigin: 'id, caseId, deleted',
  deadlines: 'id, caseId, dueDate, deleted',
  notes: 'id, caseId, createdAt, deleted',
  attachments: 'id, caseId, deleted',
  verificationRequests: 'id, caseId, status, deleted',
  requestQuestions: 'id, requestId, deleted',
  meetings: 'id, status, startsAt, deleted',
  participants: 'id, meetingId, deleted',
  agendaItems: 'id, meetingId, deleted',
  decisions: 'id, meetingId, agendaItemId, deleted',
  actionItems: 'id, meetingId, agendaItemId, status, dueDate, deleted',
  contacts: 'id, deleted',
  riskLists: 'id, previousListId, deleted',
  riskEntries: 'id, listId, status, deleted',
  // Server-authored (issue 3): looked up by the record they concern and, for conflicts, open first.
  conflicts: 'id, recordId, status, createdAt',
  fieldHistory: 'id, recordId',
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      ...syncedStoresV1,
      fieldMeta: '[table+id]',
      outbox: '++mutationId',
      changeLog: '++seq, at, recordId',
      meta: 'key',
      hsCodes: 'code, parent',
    },
  },
  {
    // Issue 4, audit trail: the openings of records (`ViewLogEntry`), kept until the server has
    // them. Indexed by time (the audit page's date range), record (a record's activity) and
    // `sent` (what the next sync sends); who and from which device stay sealed.
    version: 2,
    stores: {
      viewLog: 'id, at, recordId, sent',
    },
  },
  {
    // Issue 4, attachments: the bytes of attached files by SHA-256 (`StoredBlob`, sealed whole by
    // the record-sealing middleware), and the hashes still to upload before their records are
    // pushed (`BlobUpload`).
    version: 3,
    stores: {
      blobs: 'sha256',
      blobUploads: 'sha256',
    },
  },
  {
    // Issue 4, search at unlock and large commits: every synced table gets `writtenAt`, a
    // per-table counter the sealing middleware stamps in commit order (recordSealing.ts). The
    // sealed snapshot of the search index (`searchSnapshots`) catches up on the rows stamped since
    // it was saved, without opening every row; a large commit checks that nothing changed since
    // it read by the highest stamps instead of reading its rows again. Rows written before carry
    // no stamp: a snapshot is only saved after a full read, so they are in it.
    version: 4,
    stores: {
      ...Object.fromEntries(Object.entries(syncedStoresV1).map(([table, indexes]) => [table, `${indexes}, writtenAt`])),
      searchSnapshots: 'key',
    },
  },
  {
    // Issue 11, work lost: what an officer has typed in a form and not saved yet (`FormDraft`),
    // one per form and record (`case/new`, `case/<id>`), kept on this device only (never synced)
    // and sealed whole like every record: only the key is in clear.
    version: 5,
    stores: {
      formDrafts: 'key',
    },
  },
  {
    // Issue 12, deadlines: the administration's table of reply and acknowledgement periods
    // (`replyPeriodRules`, one row per instrument it changed, keyed by the instrument's code) and
    // the holidays business days skip (`holidays`, indexed by date), synced like every record.
    version: 6,
    stores: {
      replyPeriodRules: 'id, deleted, writtenAt',
      holidays: 'id, date, deleted, writtenAt',
    },
  },
  {
    // Issue 13, screening: officers' decisions on screening hits (`screeningDecisions`), read by
    // case. Risk-list entries keep their table: a version's entries arrive as one pack
    // (`shared/riskLists/riskListPack.ts`) and are unpacked into it, indexed by list as before.
    version: 7,
    stores: {
      screeningDecisions: 'id, caseId, deleted, writtenAt',
    },
  },
  {
    // Issue 14, meetings: the lines of notes taken during a meeting, a row each (`meetingNotes`),
    // read by meeting.
    version: 8,
    stores: {
      meetingNotes: 'id, meetingId, deleted, writtenAt',
    },
  },
  {
    // Issue 15, initial sync: each synced row carries its clocks (`foldClocksIntoRows`), and the
    // `fieldMeta` store goes: a first download wrote two records a row, and the clocks' record
    // was about a third of the whole write. The cases' `type` index goes too: no query reads it,
    // and every index costs on every write (a case's type is sealed from its next write on).
    version: 9,
    stores: {
      fieldMeta: null,
      cases: 'id, status, deleted, updatedAt, createdAt, writtenAt',
    },
    upgrade: foldClocksIntoRows,
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
