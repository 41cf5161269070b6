import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../db';
import { localToday } from '../requests';
import {
  loadActionItemFigures,
  loadActiveActionItems,
  loadCaseFigures,
  loadCasesPerMonth,
  loadMeetingFigures,
  loadPartnerCountries,
  loadRequestFigures,
} from './dashboardData';

// One live query per tile (or pair of tiles reading the same rows), each `undefined` until it
// resolves, so a tile fills in as soon as its own read is done and never waits for another's.

/** Today, fixed while the page is open (the page is reopened every morning). */
export function useToday(): string {
  return useState(() => localToday())[0];
}

export function useCaseFigures() {
  const { db } = useDatabase();
  return useLiveQuery(() => loadCaseFigures(db), [db]);
}

export function useCasesPerMonth(today: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => loadCasesPerMonth(db, today), [db, today]);
}

export function useRequestFigures(today: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => loadRequestFigures(db, today), [db, today]);
}

/** Partner countries of the cases of `caseIds`; the ids joined, so a new array of the same ids does not re-read. */
export function usePartnerCountries(caseIds: readonly string[] | undefined) {
  const { db } = useDatabase();
  const key = caseIds ? [...new Set(caseIds)].sort().join(',') : null;
  return useLiveQuery(() => (key === null ? undefined : loadPartnerCountries(db, key === '' ? [] : key.split(','))), [db, key]);
}

export function useActionItemFigures(today: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => loadActionItemFigures(db, today), [db, today]);
}

export function useActiveActionItems() {
  const { db } = useDatabase();
  return useLiveQuery(() => loadActiveActionItems(db), [db]);
}

export function useMeetingFigures() {
  const { db } = useDatabase();
  const [now] = useState(() => Date.now());
  return useLiveQuery(() => loadMeetingFigures(db, now), [db, now]);
}
