import { useLiveQuery } from 'dexie-react-hooks';
import type { VerificationRequest } from '../../../../shared/domain';
import { useDatabase, type AttacheDb } from '../../../db';
import type { RegisterCsvCase } from './statisticsCsv';

/** What the statistics page reads: every live request, and the cases they belong to by id. */
export interface StatisticsData {
  requests: readonly VerificationRequest[];
  cases: ReadonlyMap<string, RegisterCsvCase>;
}

/**
 * Every request not deleted, and their cases' references and partner countries, live (a reply
 * recorded on another device or in another window updates the figures). `undefined` while
 * loading. Only the cases the requests name are read, by key.
 */
export function useStatisticsData(): StatisticsData | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadStatisticsData(db), [db]);
}

/** One read of what `useStatisticsData` follows. */
export async function loadStatisticsData(db: AttacheDb): Promise<StatisticsData> {
  const requests = await db.verificationRequests.where('deleted').equals(0).toArray();
  const caseIds = [...new Set(requests.map((r) => r.caseId))];
  const rows = await db.cases.bulkGet(caseIds);
  const cases = new Map<string, RegisterCsvCase>();
  for (const c of rows) if (c && !c.deleted) cases.set(c.id, { reference: c.reference, partnerCountry: c.partnerCountry });
  return { requests, cases };
}
