import { useLiveQuery } from 'dexie-react-hooks';
import type { Note } from '../../../shared/domain';
import { toRecord, useDatabase, type AttacheDb } from '../../db';
import { caseChildTables, type CaseBundle } from './caseForm';

export { toRecord };

async function liveChildren<T>(db: AttacheDb, table: string, caseId: string): Promise<T[]> {
  const rows = await db.table(table).where('caseId').equals(caseId).toArray();
  return rows.filter((r: { deleted: number }) => r.deleted === 0).map((r) => toRecord(r) as T);
}

/** Reads a case and its child rows in one read transaction, so they are consistent. Null when missing or deleted. */
export async function loadCaseBundle(db: AttacheDb, caseId: string): Promise<CaseBundle | null> {
  return db.transaction('r', [db.cases, ...caseChildTables.map((t) => db.table(t))], async () => {
    const stored = await db.cases.get(caseId);
    if (!stored || stored.deleted !== 0) return null;
    const [parties, goods, shipments, proofsOfOrigin, deadlines] = await Promise.all(
      caseChildTables.map((t) => liveChildren(db, t, caseId)),
    );
    return {
      case: toRecord(stored),
      parties,
      goods: (goods as CaseBundle['goods']).sort((a, b) => a.lineNo - b.lineNo),
      shipments,
      proofsOfOrigin,
      deadlines: (deadlines as CaseBundle['deadlines']).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    } as CaseBundle;
  });
}

/** The case with its children, live: `undefined` while loading, `null` when it does not exist. */
export function useCaseBundle(caseId: string): CaseBundle | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadCaseBundle(db, caseId), [db, caseId]);
}

/** The case's timeline entries, newest first. */
export function useCaseNotes(caseId: string): Note[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = await db.notes.where('caseId').equals(caseId).toArray();
    return rows
      .filter((n) => n.deleted === 0)
      .map((n) => toRecord(n) as Note)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }, [db, caseId]);
}
