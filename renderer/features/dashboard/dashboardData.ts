// The dashboard's reads. Records are sealed except their indexed fields, so counts and orders
// come from the indexes (keys only, never opened) and only the few records a tile lists, or the
// fields an index lacks, are opened. Each read is one tile's, so a tile fills in on its own.
import {
  actionItemMatcher,
  weekOf,
  type ActionItem,
  type Case,
  type Meeting,
  type VerificationRequest,
} from '../../../shared/domain';
import { liveRecords, type AttacheDb } from '../../db';
import { readDeadlineRules } from '../../deadlines';
import { emptyRegisterFilter, matchesFilter, toRegisterRow, type RegisterRow } from '../requests';
import { activeActionStatuses, byEarliest, casesPerMonth, dueActionFilters, nextMeetingOf, previewSize, recentMeetingsOf, windowStart } from './dashboardFigures';

type Table = AttacheDb['cases'] | AttacheDb['meetings'] | AttacheDb['actionItems'] | AttacheDb['verificationRequests'];

/** Ids of a table's tombstones, from the `deleted` index (few: deletions are rare). */
async function deletedIds(table: Table): Promise<Set<string>> {
  return new Set((await table.where('deleted').notEqual(0).primaryKeys()) as string[]);
}

/** Opens the rows of `ids` that exist and are live, in the order of `ids`. */
async function openLive<T extends object>(table: Table, ids: readonly string[]): Promise<T[]> {
  const rows = await (table as AttacheDb['cases']).bulkGet([...ids]);
  return liveRecords(rows.filter((r) => r !== undefined)) as unknown as T[];
}

export type CaseBrief = Pick<Case, 'id' | 'reference' | 'title' | 'status' | 'updatedAt'>;

export interface CaseFigures {
  /** The last updated cases, latest first. */
  recent: CaseBrief[];
  /** Live cases with the status `open`. */
  open: number;
}

/** The last updated cases (by the `updatedAt` index) and how many are open (by the `status` index). */
export async function loadCaseFigures(db: AttacheDb, count = previewSize): Promise<CaseFigures> {
  return db.transaction('r', db.cases, async () => {
    const deleted = await deletedIds(db.cases);
    const [latest, open] = await Promise.all([
      db.cases.orderBy('updatedAt').reverse().limit(count + deleted.size).primaryKeys(),
      db.cases.where('status').equals('open').primaryKeys(),
    ]);
    const ids = latest.filter((id) => !deleted.has(id)).slice(0, count);
    const recent = (await openLive<Case>(db.cases, ids)).map(({ id, reference, title, status, updatedAt }) => ({ id, reference, title, status, updatedAt }));
    return { recent, open: open.filter((id) => !deleted.has(id)).length };
  });
}

/** Cases opened per month over the last twelve, from the `createdAt` index alone. */
export async function loadCasesPerMonth(db: AttacheDb, today: string, months = 12): Promise<{ month: string; count: number }[]> {
  return db.transaction('r', db.cases, async () => {
    const window = db.cases.where('createdAt').aboveOrEqual(windowStart(today, months));
    const [deleted, createdAts, ids] = await Promise.all([deletedIds(db.cases), window.keys(), window.clone().primaryKeys()]);
    const live = (createdAts as string[]).filter((_, i) => !deleted.has(ids[i]!));
    return casesPerMonth(live, today, months);
  });
}

export type DueRequest = Pick<RegisterRow, 'id' | 'subject' | 'ourReference' | 'caseReference' | 'dueOn' | 'dueKind' | 'status'>;

export interface RequestFigures {
  overdue: { count: number; first: DueRequest[] };
  dueThisWeek: { count: number; first: DueRequest[] };
  /** The register's "open" requests (every status but closed): status and case, for the charts. */
  open: Pick<RegisterRow, 'status' | 'caseId'>[];
}

/**
 * What the register counts as overdue and due this week (its own rows, rules and filter, so the
 * two never disagree) and the open requests. Every live request is opened: the dates owed are
 * sealed. Only the cases of the requests listed are opened, for their references.
 */
export async function loadRequestFigures(db: AttacheDb, today: string, count = previewSize): Promise<RequestFigures> {
  const [table, stored] = await Promise.all([readDeadlineRules(db), db.verificationRequests.where('deleted').equals(0).toArray()]);
  const rows = (liveRecords(stored) as VerificationRequest[]).map((r) => toRegisterRow(r, undefined, table));
  const matching = (due: 'overdue' | 'dueThisWeek') => byEarliest(rows.filter((r) => matchesFilter(r, { ...emptyRegisterFilter, due }, today)), (r) => r.dueOn);
  const overdue = matching('overdue');
  const dueThisWeek = matching('dueThisWeek');
  const listed = [...overdue.slice(0, count), ...dueThisWeek.slice(0, count)];
  const cases = await openLive<Case>(db.cases, [...new Set(listed.map((r) => r.caseId))]);
  const references = new Map(cases.map((c) => [c.id, c.reference]));
  const brief = (r: RegisterRow): DueRequest => ({
    id: r.id,
    subject: r.subject,
    ourReference: r.ourReference,
    caseReference: references.get(r.caseId) ?? '',
    dueOn: r.dueOn,
    dueKind: r.dueKind,
    status: r.status,
  });
  return {
    overdue: { count: overdue.length, first: overdue.slice(0, count).map(brief) },
    dueThisWeek: { count: dueThisWeek.length, first: dueThisWeek.slice(0, count).map(brief) },
    open: rows.filter((r) => matchesFilter(r, { ...emptyRegisterFilter, status: 'open' }, today)).map(({ status, caseId }) => ({ status, caseId })),
  };
}

/** The partner country of each case in `caseIds` (opening those cases only). */
export async function loadPartnerCountries(db: AttacheDb, caseIds: readonly string[]): Promise<Map<string, string>> {
  const cases = await openLive<Case>(db.cases, [...new Set(caseIds)]);
  return new Map(cases.map((c) => [c.id, c.partnerCountry]));
}

export type DueActionItem = Pick<ActionItem, 'id' | 'reference' | 'text' | 'owner' | 'ownerSide' | 'dueDate' | 'status' | 'meetingId'>;

export interface ActionItemFigures {
  overdue: { count: number; first: DueActionItem[] };
  thisWeek: { count: number; first: DueActionItem[] };
}

/**
 * The action items the tracker lists as overdue and due this week: the `status` and `dueDate`
 * indexes narrow the candidates (a superset), and the tracker's own matcher decides on each.
 */
export async function loadActionItemFigures(db: AttacheDb, today: string, count = previewSize): Promise<ActionItemFigures> {
  const { monday, sunday } = weekOf(today);
  const candidates = await db.transaction('r', db.actionItems, async () => {
    const [active, past, week] = await Promise.all([
      db.actionItems.where('status').anyOf([...activeActionStatuses]).primaryKeys(),
      db.actionItems.where('dueDate').below(today).primaryKeys(),
      db.actionItems.where('dueDate').between(monday, sunday, true, true).primaryKeys(),
    ]);
    const activeIds = new Set(active);
    return openLive<ActionItem>(db.actionItems, [...new Set([...past.filter((id) => activeIds.has(id)), ...week])]);
  });
  const figures = (matches: (item: ActionItem) => boolean) => {
    const items = byEarliest(candidates.filter(matches), (a) => a.dueDate);
    const first = items.slice(0, count).map(({ id, reference, text, owner, ownerSide, dueDate, status, meetingId }) => ({ id, reference, text, owner, ownerSide, dueDate, status, meetingId }));
    return { count: items.length, first };
  };
  return {
    overdue: figures(actionItemMatcher(dueActionFilters.overdue, today)),
    thisWeek: figures(actionItemMatcher(dueActionFilters.thisWeek, today)),
  };
}

/** Owner side and status of every live action item still to do (open or in progress), for the chart. */
export async function loadActiveActionItems(db: AttacheDb): Promise<Pick<ActionItem, 'ownerSide' | 'status'>[]> {
  const rows = await db.actionItems.where('status').anyOf([...activeActionStatuses]).toArray();
  return (liveRecords(rows) as ActionItem[]).map(({ ownerSide, status }) => ({ ownerSide, status }));
}

export type MeetingBrief = Pick<Meeting, 'id' | 'title' | 'status' | 'startsAt' | 'timeZone' | 'counterpartTimeZone' | 'counterpartCountry'>;

export interface MeetingFigures {
  recent: MeetingBrief[];
  next: MeetingBrief | null;
}

/**
 * The meetings that started last and the next planned one, from the `startsAt` and `status`
 * indexes (instants are compared as instants: they may carry different offsets, so the index's
 * string order is not time order); only the meetings shown are opened.
 */
export async function loadMeetingFigures(db: AttacheDb, now: number, count = previewSize): Promise<MeetingFigures> {
  return db.transaction('r', db.meetings, async () => {
    const byStart = db.meetings.orderBy('startsAt');
    const [deleted, starts, ids, planned] = await Promise.all([
      deletedIds(db.meetings),
      byStart.keys(),
      byStart.clone().primaryKeys(),
      db.meetings.where('status').equals('planned').primaryKeys(),
    ]);
    const plannedIds = new Set(planned);
    const entries = ids.flatMap((id, i) => (deleted.has(id) ? [] : [{ id, startsAt: String(starts[i]), status: plannedIds.has(id) ? 'planned' : 'other' }]));
    const recentIds = recentMeetingsOf(entries, now, count).map((m) => m.id);
    const nextId = nextMeetingOf(entries, now)?.id;
    const opened = await openLive<Meeting>(db.meetings, nextId ? [...recentIds, nextId] : recentIds);
    const brief = ({ id, title, status, startsAt, timeZone, counterpartTimeZone, counterpartCountry }: Meeting): MeetingBrief => ({
      id,
      title,
      status,
      startsAt,
      timeZone,
      counterpartTimeZone,
      counterpartCountry,
    });
    const byId = new Map(opened.map((m) => [m.id, brief(m)]));
    return { recent: recentIds.flatMap((id) => byId.get(id) ?? []), next: (nextId && byId.get(nextId)) || null };
  });
}
