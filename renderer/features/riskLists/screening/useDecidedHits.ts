import { useLiveQuery } from 'dexie-react-hooks';
import type { GoodsLine, Party, ScreeningDecision } from '../../../../shared/domain';
import { liveRecords, useDatabase } from '../../../db';
import { useRiskLists } from '../data/useRiskLists';
import { decisionEntryKey, decisionFor } from './decisions';
import type { ListedHit } from './screeningProtocol';
import { useCaseScreening } from './useCaseScreening';

/** A hit with its entry's key across versions and the officer's decision on it, if any. */
export interface DecidedHit {
  hit: ListedHit;
  entryKey: string;
  decision: ScreeningDecision | null;
}

/** The case's decisions on screening hits, live. */
export function useCaseDecisions(caseId: string): ScreeningDecision[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => liveRecords(await db.screeningDecisions.where('caseId').equals(caseId).toArray()) as ScreeningDecision[], [db, caseId]);
}

/** The hits of a case with the decision each carries, or null while screening. */
export function useDecidedHits(caseId: string, parties: readonly Party[], goods: readonly GoodsLine[]) {
  const screening = useCaseScreening(caseId, parties, goods);
  const decisions = useCaseDecisions(caseId);
  const rows = useRiskLists();
  const decided: DecidedHit[] | null =
    screening.kind === 'screened' && decisions && rows
      ? screening.hits.map((hit) => {
          const entryKey = decisionEntryKey(hit.entry, rows);
          return { hit, entryKey, decision: decisionFor(hit, entryKey, decisions) };
        })
      : null;
  return { screening, decided, rows };
}

