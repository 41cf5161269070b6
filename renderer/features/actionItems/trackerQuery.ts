// The tracker's filters as the URL query, so any screen (the dashboard, a case) can link to a
// filtered tracker: `?side=own,counterpart&owner=…&status=open,inProgress&due=overdue|thisWeek|
// noDate|YYYY-MM-DD..YYYY-MM-DD&meeting=<id>|none&case=<id>&request=<id>`.
import { actionItemStatuses, isoDateError, meetingSides, type ActionItemFilter, type ActionItemStatus, type DueFilter, type MeetingSide } from '../../../shared/domain';

/** What the tracker shows when its query names no status: the work still to do. */
export const defaultTrackerStatuses: readonly ActionItemStatus[] = ['open', 'inProgress'];

/** The `status` value that lifts the default (every status): no known status is named. */
const allStatuses = 'all';

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (value === null) return [];
  const parts = value.split(',').map((s) => s.trim());
  return allowed.filter((a) => parts.includes(a));
}

function parseDue(value: string | null): DueFilter | undefined {
  if (value === 'overdue' || value === 'thisWeek' || value === 'noDate') return value;
  const range = value?.split('..');
  if (!range || range.length !== 2) return undefined;
  const [a, b] = range.map((s) => s.trim()) as [string, string];
  if (isoDateError(a) !== null || isoDateError(b) !== null) return undefined;
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/**
 * The filter a query (`side=own&status=open`, with or without `?`) asks for. Unknown values are
 * ignored rather than refused, so an old or hand-typed link still opens the tracker. No `status`
 * means open and in progress; a `status` naming no known status (`status=all`) means every status.
 */
export function parseTrackerQuery(search: string): ActionItemFilter {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const filter: ActionItemFilter = {};
  const sides = listOf<MeetingSide>(params.get('side'), meetingSides);
  if (sides.length > 0) filter.ownerSides = sides;
  const owner = params.get('owner')?.trim();
  if (owner) filter.owner = owner;
  const status = params.get('status');
  if (status === null) filter.statuses = defaultTrackerStatuses;
  else {
    const statuses = listOf<ActionItemStatus>(status, actionItemStatuses);
    if (statuses.length > 0) filter.statuses = statuses;
  }
  const due = parseDue(params.get('due'));
  if (due !== undefined) filter.due = due;
  const meeting = params.get('meeting')?.trim();
  if (meeting) filter.meetingId = meeting === 'none' ? null : meeting;
  const caseId = params.get('case')?.trim();
  if (caseId) filter.caseId = caseId;
  const requestId = params.get('request')?.trim();
  if (requestId) filter.requestId = requestId;
  return filter;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The query (without `?`, empty for the default view) that `parseTrackerQuery` reads back as `filter`. */
export function trackerQuery(filter: ActionItemFilter): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`);
  if (filter.ownerSides && filter.ownerSides.length > 0) add('side', filter.ownerSides.join(','));
  if (filter.owner && filter.owner.trim() !== '') add('owner', filter.owner.trim());
  const statuses = filter.statuses ?? [];
  if (statuses.length === 0) add('status', allStatuses);
  else if (!sameSet(statuses, defaultTrackerStatuses)) add('status', actionItemStatuses.filter((s) => statuses.includes(s)).join(','));
  const due = filter.due;
  if (due !== undefined) add('due', typeof due === 'object' ? `${due.from}..${due.to}` : due);
  if (filter.meetingId !== undefined) add('meeting', filter.meetingId ?? 'none');
  if (filter.caseId) add('case', filter.caseId);
  if (filter.requestId) add('request', filter.requestId);
  return parts.join('&');
}

/** The tracker's address for `filter`, e.g. `/actions?due=overdue`. */
export function trackerHref(filter: ActionItemFilter): string {
  const query = trackerQuery(filter);
  return query === '' ? '/actions' : `/actions?${query}`;
}
