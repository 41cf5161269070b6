import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../db';
import { toLinkedCaseSummary, type LinkedCaseSummary } from './linkedCases';

export interface CaseSummaries {
  list: LinkedCaseSummary[];
  byId: ReadonlyMap<string, LinkedCaseSummary>;
}

/**
 * Every live case in brief (reference, title, status, links), live, for linking cases and
 * finding backlinks; `undefined` while loading. It reads the whole cases table, as the case
 * list does: links and titles are not indexed by design.
 */
export function useCaseSummaries(): CaseSummaries | undefined {
  const { db } = useDatabase();
  const list = useLiveQuery(async () => {
    const rows = await db.cases.where('deleted').equals(0).toArray();
    return rows.map(toLinkedCaseSummary);
  }, [db]);
  return useMemo(() => (list ? { list, byId: new Map(list.map((c) => [c.id, c])) } : undefined), [list]);
}
