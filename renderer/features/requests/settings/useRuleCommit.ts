import { useCallback } from 'react';
import { commitChanges, useDatabase, type Change } from '../../../db';

/** Commits a rule edit as this device and officer (audited and synced like any record). */
export function useRuleCommit(): (change: Change) => Promise<void> {
  const { db, deviceId, actor } = useDatabase();
  return useCallback((change: Change) => commitChanges(db, [change], { actor: actor || deviceId, deviceId }), [db, actor, deviceId]);
}
