import type { AttacheDb } from '../../db';

/**
 * How many open conflicts concern a case: the case itself or one of its records (`caseId`).
 * Conflicts are rare, so every open one is read and its record looked up.
 */
export async function countCaseConflicts(db: AttacheDb, caseId: string): Promise<number> {
  const open = (await db.conflicts.where('status').equals('open').toArray()).filter((c) => c.deleted === 0);
  let count = 0;
  for (const conflict of open) {
    if (conflict.recordId === caseId) count += 1;
    else if (conflict.recordTable !== 'cases') {
      const row = (await db.table(conflict.recordTable).get(conflict.recordId)) as { caseId?: unknown } | undefined;
      if (row?.caseId === caseId) count += 1;
    }
  }
  return count;
}
