import { useCallback } from 'react';
import { useDatabase } from '../../db';
import { resolutionFailure, resolveConflict, type ConflictSide, type ResolutionFailure, type ResolutionOptions } from './resolveConflict';

/**
 * Resolves a conflict as this window's member on this device, with what the choice needs (the
 * outcome when it closes the record). Resolves to `null` on success, or to why the data layer
 * refused (the conflict then stays open).
 */
export function useResolveChoice(): (conflictId: string, side: ConflictSide, options?: ResolutionOptions) => Promise<ResolutionFailure | null> {
  const { db, deviceId, actor } = useDatabase();
  return useCallback(
    async (conflictId, side, options) => {
      try {
        await resolveConflict(db, conflictId, side, { actor: actor || deviceId, deviceId }, options);
        return null;
      } catch (error) {
        return resolutionFailure(error);
      }
    },
    [db, deviceId, actor],
  );
}
