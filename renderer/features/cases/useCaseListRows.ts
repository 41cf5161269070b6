import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { nextDueByCase, toCaseListRow, type CaseListRow } from './caseFilters';

/**
 * Every live (not deleted) case as a list row, re-read whenever cases or deadlines change.
 * One full read of each table is cheaper than per-case queries at tens of thousands of cases,
 * and the text columns cannot be queried by index anyway (they are not indexed by design).
 * `undefined` while the first read runs.
 */
export function useCaseListRows(): CaseListRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [cases, deadlines] = await Promise.all([db.cases.toArray(), db.deadlines.toArray()]);
    const nextDue = nextDueByCase(deadlines.filter((d) => d.deleted === 0));
    const rows: CaseListRow[] = [];
    for (const c of cases) if (c.deleted === 0) rows.push(toCaseListRow(c, nextDue.get(c.id) ?? null));
    return rows;
  }, [db]);
}
