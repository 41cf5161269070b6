import { create } from 'zustand';
import type { CaseScreeningChange } from '../../../../shared/matching';
import type { ScreeningClient } from './ScreeningClient';

/** What a re-screen against a new version found, kept on this device (`meta`, sealed) for the list's page. */
export interface RescreenResult {
  listId: string;
  previousListId: string | null;
  at: string;
  caseCount: number;
  /** The entries the cases were screened against: those the version added, changed or removed (all of them for a first version). */
  changedEntries: number;
  changes: CaseScreeningChange[];
}

export const rescreenMetaKey = (listId: string) => `screening.rescreen.${listId}`;

/**
 * The screening engine's state: the worker's client, the lists it holds (`listsKey` changes when
 * they do, so screens screen again), and the re-screen in progress.
 */
export const useScreeningStore = create<{
  client: ScreeningClient | null;
  listsKey: string;
  entryCount: number;
  indexing: boolean;
  rescreening: { listId: string; done: number; total: number } | null;
}>(() => ({ client: null, listsKey: '', entryCount: 0, indexing: false, rescreening: null }));
