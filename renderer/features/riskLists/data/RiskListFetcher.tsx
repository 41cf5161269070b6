import { useEffect } from 'react';
import { useReadAttachmentBytes } from '../../../attachments';
import { useDatabase } from '../../../db';
import { useFetchProblems } from './fetchState';
import { readListEntries } from './listEntries';
import { useRiskLists } from './useRiskLists';

const retryMs = 60_000;

/**
 * Always mounted: fetches the pack of every current list version this device does not hold yet
 * (a list imported on another device), so it is ready to browse and screen when the officer is
 * offline again. A failure (offline, server unreachable) is kept for the list's page to say and
 * tried again a minute later.
 */
export function RiskListFetcher() {
  const { db } = useDatabase();
  const readBytes = useReadAttachmentBytes();
  const rows = useRiskLists();
  const setProblem = useFetchProblems((s) => s.set);
  const missing = (rows ?? []).filter((r) => r.replacedBy === null && !r.held).map((r) => r.list);
  const missingKey = missing.map((l) => l.id).join(',');

  useEffect(() => {
    if (missing.length === 0) return;
    let stopped = false;
    const fetchAll = async () => {
      for (const list of missing) {
        if (stopped) return;
        try {
          await readListEntries(db, list, readBytes);
          setProblem(list.id, null);
        } catch (error) {
          setProblem(list.id, error instanceof Error ? error.message : String(error));
        }
      }
    };
    void fetchAll();
    const timer = setInterval(() => void fetchAll(), retryMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // `missing` is derived from `missingKey`: refetch only when the set of lists changes.
  }, [db, readBytes, missingKey, setProblem]);
  return null;
}
