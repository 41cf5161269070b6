import { useDatabase } from '../../../db';
import { recordExports } from '../../audit';

/**
 * Logs the requests a saved file holds (the register as CSV) as exported: law-enforcement data
 * leaving the app, in each request's activity as a case's export is in the case's.
 */
export function useRecordRequestExports(): (requestIds: readonly string[]) => Promise<void> {
  const { db, deviceId, actor } = useDatabase();
  return (requestIds) =>
    recordExports(db, 'verificationRequests', requestIds, { actor: actor || deviceId, deviceId }).catch((error: unknown) => {
      // The file is saved already; a log that could not be written must not say it failed.
      console.warn('Export not logged', error);
    });
}
