import { useLiveQuery } from 'dexie-react-hooks';
import type { RiskList } from '../../../../shared/domain';
import { liveRecords, useDatabase } from '../../../db';
import { riskListRows, type RiskListRow } from './riskListRows';

/** Every risk-list version on this device with its lineage and whether its entries are here; undefined while loading. */
export function useRiskLists(): RiskListRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const lists = liveRecords(await db.riskLists.toArray()) as RiskList[];
    const shas = lists.map((l) => l.entriesSha256).filter((sha) => sha !== '');
    const held = new Set((await db.blobs.where(':id').anyOf(shas).primaryKeys()) as string[]);
    return riskListRows(lists, held);
  }, [db]);
}
