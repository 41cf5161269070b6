import type { SyncedTable } from '../../shared/domain';
import type { WorkspaceSnapshot } from './workspaceSnapshot';

/**
 * The kinds an officer counts in a workspace, each with the tables it gathers: a case's parties,
 * goods, shipments and deadlines are its details, not records to count one by one. Every synced
 * table is in exactly one kind (tested), so a new table cannot go uncounted.
 */
export const snapshotKinds = {
  cases: ['cases'],
  caseDetails: ['parties', 'goods', 'shipments', 'proofsOfOrigin', 'deadlines', 'screeningDecisions'],
  notes: ['notes'],
  attachments: ['attachments'],
  requests: ['verificationRequests', 'requestQuestions'],
  meetings: ['meetings'],
  meetingDetails: ['participants', 'agendaItems', 'decisions', 'meetingNotes'],
  actionItems: ['actionItems'],
  contacts: ['contacts'],
  riskLists: ['riskLists'],
  riskEntries: ['riskEntries'],
  deadlineRules: ['replyPeriodRules', 'holidays'],
  conflicts: ['conflicts'],
  history: ['fieldHistory'],
} as const satisfies Record<string, readonly SyncedTable[]>;

export type SnapshotKind = keyof typeof snapshotKinds | 'files' | 'unsent';

/**
 * What a snapshot holds, per kind, in the order the summary lists them: live records (deleted
 * ones travel too, uncounted), attached files carried with their bytes, and changes not yet sent
 * to a server. Kinds with nothing are left out.
 */
export function snapshotCounts(snapshot: Pick<WorkspaceSnapshot, 'rows' | 'blobs' | 'outbox'>): { kind: SnapshotKind; count: number }[] {
  const counts: { kind: SnapshotKind; count: number }[] = [];
  for (const [kind, tables] of Object.entries(snapshotKinds) as [keyof typeof snapshotKinds, readonly SyncedTable[]][]) {
    let count = 0;
    for (const table of tables) for (const row of snapshot.rows[table] ?? []) if (row.deleted === 0) count++;
    counts.push({ kind, count });
  }
  counts.push({ kind: 'files', count: snapshot.blobs.length }, { kind: 'unsent', count: snapshot.outbox.length });
  return counts.filter(({ count }) => count > 0);
}

/** Attachments whose bytes the snapshot lacks (never opened on the exporting device, so never downloaded to it). */
export function attachmentsWithoutBytes(snapshot: Pick<WorkspaceSnapshot, 'rows' | 'blobs'>): number {
  const carried = new Set(snapshot.blobs.map((b) => b.sha256));
  return (snapshot.rows.attachments ?? []).filter((row) => row.deleted === 0 && !carried.has(String(row.sha256))).length;
}
