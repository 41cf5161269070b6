// The dashboard's counting and grouping, pure: the data layer hands in what the indexes and the
// few opened records gave, these functions turn it into what the tiles and charts show.
import { actionItemStatuses, meetingSides, requestStatuses, type ActionItem, type ActionItemFilter, type ActionItemStatus, type MeetingSide, type RequestStatus } from '../../../shared/domain';

/** How many items a tile lists under its count. */
export const previewSize = 5;

/** `YYYY-MM` of the month `monthsBack` months before the one of `today` (YYYY-MM-DD). */
function monthBefore(today: string, monthsBack: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last `months` months up to the one of `today`, oldest first, as `YYYY-MM`. */
export function lastMonths(today: string, months = 12): string[] {
  return Array.from({ length: months }, (_, i) => monthBefore(today, months - 1 - i));
}

/** The local `YYYY-MM-DD` of an instant: cases are counted in the month the officer lived them. */
export function localDateOf(instant: string): string {
  const at = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Cases opened per month over the last `months` months (empty months included, as 0), from
 * their creation instants; instants outside the window are left out.
 */
export function casesPerMonth(createdAts: Iterable<string>, today: string, months = 12): { month: string; count: number }[] {
  const keys = lastMonths(today, months);
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const createdAt of createdAts) {
    const month = localDateOf(createdAt).slice(0, 7);
    const current = counts.get(month);
    if (current !== undefined) counts.set(month, current + 1);
  }
  return keys.map((month) => ({ month, count: counts.get(month)! }));
}

/** The first instant that can fall in the window of `casesPerMonth` (a day early, for any zone). */
export function windowStart(today: string, months = 12): string {
  const first = `${lastMonths(today, months)[0]!}-01`;
  return new Date(Date.parse(`${first}T00:00:00.000Z`) - 86_400_000).toISOString();
}

/** Open requests (every status but closed, as the register's "open" filter) per status, in workflow order. */
export function requestsByStatus(rows: Iterable<{ status: RequestStatus }>): { status: RequestStatus; count: number }[] {
  const counts = new Map<RequestStatus, number>();
  for (const { status } of rows) if (status !== 'closed') counts.set(status, (counts.get(status) ?? 0) + 1);
  return requestStatuses.filter((s) => s !== 'closed').map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * Open requests per partner country, most first (ties by code), at most `limit` countries; the
 * requests of cases without a country are counted under ''.
 */
export function requestsByPartner(rows: Iterable<{ status: RequestStatus; partnerCountry: string }>, limit = 10): { country: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { status, partnerCountry } of rows) if (status !== 'closed') counts.set(partnerCountry, (counts.get(partnerCountry) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
    .slice(0, limit);
}

/** The statuses of work still to do: what the action items chart counts. */
export const activeActionStatuses = ['open', 'inProgress'] as const satisfies readonly ActionItemStatus[];

/** Action items per owner side (own, counterpart) and status, every pair present. */
export function actionItemsBySideAndStatus(
  items: Iterable<Pick<ActionItem, 'ownerSide' | 'status'>>,
  statuses: readonly ActionItemStatus[] = actionItemStatuses,
): Record<MeetingSide, Record<ActionItemStatus, number>> {
  const empty = () => Object.fromEntries(actionItemStatuses.map((s) => [s, 0])) as Record<ActionItemStatus, number>;
  const table = Object.fromEntries(meetingSides.map((side) => [side, empty()])) as Record<MeetingSide, Record<ActionItemStatus, number>>;
  const wanted = new Set(statuses);
  for (const { ownerSide, status } of items) if (wanted.has(status)) table[ownerSide][status] += 1;
  return table;
}

/**
 * The tracker's filters behind the dashboard's two action item tiles: the same objects count the
 * items here and become the links' queries, so a tile's count is what the tracker then lists.
 */
export const dueActionFilters = {
  overdue: { due: 'overdue' },
  thisWeek: { statuses: ['open', 'inProgress'], due: 'thisWeek' },
} as const satisfies Record<string, ActionItemFilter>;

/** Earliest first (by `key`), items without a date last; a copy. */
export function byEarliest<T>(items: readonly T[], key: (item: T) => string | null): T[] {
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  });
}

/** The meeting that starts soonest after `now` among the planned ones, or null. */
export function nextMeetingOf<T extends { id: string; startsAt: string; status: string }>(meetings: Iterable<T>, now: number): T | null {
  let next: T | null = null;
  for (const m of meetings) {
    if (m.status !== 'planned') continue;
    const at = Date.parse(m.startsAt);
    if (at > now && (next === null || at < Date.parse(next.startsAt))) next = m;
  }
  return next;
}

/** The `count` meetings that started last at or before `now`, latest first. */
export function recentMeetingsOf<T extends { startsAt: string }>(meetings: Iterable<T>, now: number, count = previewSize): T[] {
  return [...meetings]
    .filter((m) => Date.parse(m.startsAt) <= now)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
    .slice(0, count);
}
