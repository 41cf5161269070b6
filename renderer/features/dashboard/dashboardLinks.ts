// Where the dashboard's tiles lead: the lists, filtered by their URL query. Each list reads its
// own query (the register `due`, `status`, `partner`; the case list `status`; the action tracker
// `side`, `owner`, `status`, `due`, `meeting`, `case`, `request`).
import type { ActionItemFilter, CaseStatus, RequestStatus } from '../../../shared/domain';

type Query = Record<string, string | undefined>;

function route(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The `href` of a route with its query inside the hash (`#/requests?due=overdue`). Wouter's own
 * links put a query in the page's search instead, where it outlives the page it was meant for
 * (it stays while the officer moves on through links without one); in the hash it goes with it.
 */
export function hashHref(to: string): string {
  return `#${to}`;
}

export interface RequestListQuery {
  due?: 'overdue' | 'dueThisWeek';
  /** A status, or `open`: every status but closed. */
  status?: RequestStatus | 'open';
  partner?: string;
}

/** The request register, filtered. */
export function requestsRoute(query: RequestListQuery = {}): string {
  return route('/requests', { due: query.due, status: query.status, partner: query.partner });
}

/** The case list, filtered by status. */
export function casesRoute(query: { status?: CaseStatus } = {}): string {
  return route('/cases', { status: query.status });
}

/**
 * The action tracker with `filter` as its query: `side`, `owner`, `status` (a comma list),
 * `due` (`overdue`, `thisWeek`, `noDate` or `YYYY-MM-DD..YYYY-MM-DD`), `meeting` (an id or
 * `none`), `case`, `request`.
 */
export function actionsRoute(filter: ActionItemFilter = {}): string {
  const due = filter.due;
  return route('/actions', {
    side: filter.ownerSides?.join(','),
    owner: filter.owner,
    status: filter.statuses?.join(','),
    due: typeof due === 'object' ? `${due.from}..${due.to}` : due,
    meeting: filter.meetingId === null ? 'none' : filter.meetingId,
    case: filter.caseId,
    request: filter.requestId,
  });
}

export const caseRoute = (id: string) => `/cases/${id}`;
export const requestRoute = (id: string) => `/requests/${id}`;
export const meetingRoute = (id: string) => `/meetings/${id}`;
