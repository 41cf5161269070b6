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

const dayMs = 86_400_000;
const shifted = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

/** `[from, to)` of index keys (instants as ISO strings), compared as the index compares them: as strings. */
export type KeyRange = readonly [from: string, to: string];

export interface MonthRanges {
  /** Per month of `lastMonths`, the keys that can only be instants of that month: counted, never read. */
  interiors: KeyRange[];
  /** The day either side of each month's start (and of the next month's): read, and counted one by one. */
  edges: KeyRange[];
}

/**
 * How `casesPerMonth` can be counted from the `createdAt` index without reading every key. The
 * index orders instants as strings, which is their time order only when they carry the same
 * offset (`…T23:00:00-05:00` sorts before `…T01:00:00Z` of the next day); offsets are at most 14
 * hours. So a key more than a day from every month start (local midnight, where the officer is)
 * lies in the month its string says, and each month's interior is counted by the index alone;
 * only the keys within a day of a month start are read and placed by their instant. Together the
 * ranges cover `windowStart` to a day after the last month, each key in exactly one of them.
 */
export function monthRanges(today: string, months = 12): MonthRanges {
  const keys = lastMonths(today, months);
  const [lastYear, lastMonth] = keys.at(-1)!.split('-').map(Number) as [number, number];
  const starts = [...keys.map((k) => k.split('-').map(Number) as [number, number]), [lastYear, lastMonth + 1] as [number, number]].map(([y, m]) =>
    new Date(y, m - 1, 1).toISOString(),
  );
  const edges = starts.map((start): KeyRange => [shifted(start, -dayMs), shifted(start, dayMs)]);
  const interiors = keys.map((_, i): KeyRange => [edges[i]![1], edges[i + 1]![0]]);
  return { interiors, edges };
}

/** Whether index key `key` falls in `range` (as strings, as the index compares them). */
export const inKeyRange = (key: string, [from, to]: KeyRange) => key >= from && key < to;

/**
 * `casesPerMonth` from what `monthRanges` lets the index give: each month's interior count, the
 * live instants of the edges (placed one by one), and the instants of deleted cases (tombstones
 * stay in the index: taken off the interior that counted them).
 */
export function casesPerMonthFromRanges(
  parts: { interiorCounts: readonly number[]; edgeInstants: Iterable<string>; deletedInstants: Iterable<string> },
  today: string,
  months = 12,
): { month: string; count: number }[] {
  const { interiors } = monthRanges(today, months);
  const counted = casesPerMonth(parts.edgeInstants, today, months);
  const deleted = [...parts.deletedInstants];
  return counted.map(({ month, count }, i) => ({
    month,
    count: count + (parts.interiorCounts[i] ?? 0) - deleted.filter((instant) => inKeyRange(instant, interiors[i]!)).length,
  }));
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
