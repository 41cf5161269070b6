import { isActionItemOverdue, type ActionItem, type ActionItemStatus } from './actionItem';
import type { MeetingSide } from './meeting';
import { foldVietnamese } from './text';
import { addToIsoDate } from './validators/isoDate';

/**
 * Which due dates the tracker shows: overdue (open or in progress, due before today); due this
 * week (Monday to Sunday, the week of today, as Vietnam and ISO count weeks), overdue excluded;
 * without a due date; or a range of dates, both ends included.
 */
export type DueFilter = 'overdue' | 'thisWeek' | 'noDate' | { from: string; to: string };

/** The action tracker's filters; an absent one lets everything through. */
export interface ActionItemFilter {
  ownerSides?: readonly MeetingSide[];
  /** Words of the owner, typed with or without Vietnamese marks ("phong kiem tra" finds "Phòng Kiểm tra sau thông quan"). */
  owner?: string;
  statuses?: readonly ActionItemStatus[];
  due?: DueFilter;
  /** A meeting's items; null: the items raised outside a meeting. */
  meetingId?: string | null;
  caseId?: string;
  requestId?: string;
}

/** Monday and Sunday of the week of `today` (YYYY-MM-DD). */
export function weekOf(today: string): { monday: string; sunday: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const fromMonday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const monday = addToIsoDate(today, { days: -fromMonday });
  return { monday, sunday: addToIsoDate(monday, { days: 6 }) };
}

/**
 * The test an action item must pass to show under `filter` on `today`. Built once per filter
 * change, then run over every item (10k of them): each check is a comparison, the owner's words
 * are folded once here, and each item's owner once per item.
 */
export function actionItemMatcher(filter: ActionItemFilter, today: string): (item: ActionItem) => boolean {
  const sides = filter.ownerSides && filter.ownerSides.length > 0 ? new Set(filter.ownerSides) : null;
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  const ownerWords = foldVietnamese(filter.owner ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const week = filter.due === 'thisWeek' ? weekOf(today) : null;
  const due = filter.due;

  return (item) => {
    if (sides && !sides.has(item.ownerSide)) return false;
    if (statuses && !statuses.has(item.status)) return false;
    if (filter.meetingId !== undefined && item.meetingId !== filter.meetingId) return false;
    if (filter.caseId !== undefined && !item.caseIds.includes(filter.caseId)) return false;
    if (filter.requestId !== undefined && !item.requestIds.includes(filter.requestId)) return false;
    if (due === 'overdue' && !isActionItemOverdue(item, today)) return false;
    if (due === 'noDate' && item.dueDate !== null) return false;
    if (week && (item.dueDate === null || item.dueDate < week.monday || item.dueDate > week.sunday || isActionItemOverdue(item, today))) return false;
    if (typeof due === 'object' && (item.dueDate === null || item.dueDate < due.from || item.dueDate > due.to)) return false;
    if (ownerWords.length > 0) {
      const owner = foldVietnamese(item.owner);
      if (!ownerWords.every((w) => owner.includes(w))) return false;
    }
    return true;
  };
}
