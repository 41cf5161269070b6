import { useMemo } from 'react';
import { dueState, openDeadlines } from '../../../../shared/domain';
import { useDeadlineRules } from '../../../deadlines';
import { localToday } from '../form/requestForm';
import { useRegister } from './registerFeed';

/** How many acknowledgements and replies owed are past their date: the sidebar's count beside "Requests". */
export function useOverdueCount(): number | undefined {
  const register = useRegister();
  const table = useDeadlineRules();
  return useMemo(() => {
    if (!register) return undefined;
    const today = localToday();
    return register.requests.filter((r) => {
      const open = openDeadlines(r, table.rules, table.holidays);
      return dueState(open.acknowledgementDueOn ?? open.replyDueOn, today, 0) === 'overdue';
    }).length;
  }, [register, table]);
}
