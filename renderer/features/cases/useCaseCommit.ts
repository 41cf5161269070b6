import { useCallback } from 'react';
import { commitChanges, newId, useDatabase, type Change } from '../../db';
import type { ActionContext } from './caseActions';

/**
 * What the case page needs to act: a fresh action context (author, time, note id) and a commit
 * bound to this window's database, device and actor.
 */
export function useCaseCommit() {
  const { db, deviceId, actor } = useDatabase();
  const author = actor || deviceId;
  const context = useCallback((): ActionContext => ({ author, now: new Date(), noteId: newId() }), [author]);
  const commit = useCallback(
    (changes: Change[]) => commitChanges(db, changes, { actor: author, deviceId }),
    [db, author, deviceId],
  );
  return { context, commit };
}
