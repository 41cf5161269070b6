import { useLiveQuery } from 'dexie-react-hooks';
import { dueState, openDeadlines, type VerificationRequest } from '../../../../shared/domain';
import { liveRecords, useDatabase } from '../../../db';
import { localToday } from '../form/requestForm';
import { useDeadlineRules } from '../../../deadlines';

/** How many acknowledgements and replies owed are past their date: the sidebar's count beside "Requests". */
export function useOverdueCount(): number | undefined {
  const { db } = useDatabase();
  const table = useDeadlineRules();
  return useLiveQuery(async () => {
    const today = localToday();
    const requests = liveRecords(await db.verificationRequests.toArray()) as VerificationRequest[];
    return requests.filter((r) => {
      const open = openDeadlines(r, table.rules, table.holidays);
      return dueState(open.acknowledgementDueOn ?? open.replyDueOn, today, 0) === 'overdue';
    }).length;
  }, [db, table]);
}
