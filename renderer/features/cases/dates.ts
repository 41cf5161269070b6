/** Today's calendar date on this device as ISO `YYYY-MM-DD` (deadlines are calendar days, not instants). */
export { localIsoDate as todayIso } from '../../../shared/dates';

/** A deadline is overdue once its due day has passed and it is not done. */
export function isOverdue(dueDate: string | null, completedAt: string | null, today: string): boolean {
  return dueDate !== null && dueDate !== '' && completedAt === null && dueDate < today;
}
