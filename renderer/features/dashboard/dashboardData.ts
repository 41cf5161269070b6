// The dashboard's reads. Records are sealed except their indexed fields, so counts and orders
// come from the indexes (keys only, never opened) and only the few records a tile lists, or the
// fields an index lacks, are opened. Each read is one tile's, so a tile fills in on its own. The
// requests and the action items, whose figures need sealed fields of every one of them, are not
// read here: they come from the live reads the sidebar keeps (`requestFiguresOf`, `actionItemFiguresOf`).
import { actionItemMatcher, type ActionItem, type Case, type Meeting } from '../../../shared/domain';
import { liveRecords, type AttacheDb } from '../../db';
import type { DeadlineRules } from '../../deadlines';
import { emptyRegisterFilter, matchesFilter, toRegisterRow, type Register, type RegisterRow } from '../requests';
import { activeActionStatuses, byEarliest, casesPerMonthFromRanges, dueActionFilters, inKeyRange, monthRanges, nextMeetingOf, previewSize, recentMeetingsOf } from './dashboardFigures';

type Table = AttacheDb['cases'] | AttacheDb['meetings'] | AttacheDb['actionItems'] | AttacheDb['verificationRequests'];

/**
 * A table's tombstones by the `deleted` index (0 is live), as two plain key ranges: Dexie's
 * `notEqual(0)` walks a cursor over every entry equal to 0, one step per live row (50,000 of
 * them for the cases), where a range is read in one request.
 */
const tombstones = (table: Table) => [table.where('deleted').below(0), table.where('deleted').above(0)];

/** Ids of a table's tombstones (few: deletions are rare). */
async function deletedIds(table: Table): Promise<Set<string>> {
  const ids = await Promise.all(tombstones(table).map((range) => range.primaryKeys()));
  return new Set(ids.flat() as string[]);
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

/**
 * Cases opened per month over the last twelve, from the `createdAt` index alone: each month's
 * interior counted by the index, only the keys within a day of a month start read (see
 * `monthRanges`), so 50,000 cases cost a few hundred keys, not a cursor over every one.
 */
export async function loadCasesPerMonth(db: AttacheDb, today: string, months = 12): Promise<{ month: string; count: number }[]> {
  const { interiors, edges } = monthRanges(today, months);
  const range = ([from, to]: readonly [string, string]) => db.cases.where('createdAt').between(from, to, true, false);
  return db.transaction('r', db.cases, async () => {
    const [deletedRows, interiorCounts, edgeRows] = await Promise.all([
      // Deleted cases are few; their rows are read for the instant the index still counts them at.
      Promise.all(tombstones(db.cases).map((range) => range.toArray())).then((rows) => rows.flat() as Case[]),
      Promise.all(interiors.map((r) => range(r).count())),
      // The edges' rows, in one request each: a cursor over their keys costs a round trip per key.
      Promise.all(edges.map((r) => range(r).toArray())),
    ]);
    const edgeInstants = liveRecords(edgeRows.flat()).map((row) => (row as Case).createdAt);
    const deletedInstants = deletedRows.flatMap((row) => (typeof row.createdAt === 'string' && interiors.some((r) => inKeyRange(row.createdAt, r)) ? [row.createdAt] : []));
    return casesPerMonthFromRanges({ interiorCounts, edgeInstants, deletedInstants }, today, months);
  });
}

export type DueRequest = Pick<RegisterRow, 'id' | 'subject' | 'ourReference' | 'caseReference' | 'dueOn' | 'dueKind' | 'status'>;

export interface RequestFigures {
  overdue: { count: number; first: DueRequest[] };
  dueThisWeek: { count: number; first: DueRequest[] };
  /** The register's "open" requests (every status but closed): status and partner country, for the charts. */
  open: Pick<RegisterRow, 'status' | 'caseId' | 'partnerCountry'>[];
}

/**
 * What the register counts as overdue and due this week (its own rows, rules and filter, so the
 * two never disagree) and the open requests, from the register's own live read of every request
 * and case (`useRegister`), which the sidebar's overdue count keeps from the unlock on: the dates
 * owed are sealed, and reading and decrypting 5,000 requests again at each visit cost seconds.
 */
export function requestFiguresOf(register: Pick<Register, 'requests' | 'cases'>, table: Pick<DeadlineRules, 'rules' | 'holidays'>, today: string, count = previewSize): RequestFigures {
  const rows = register.requests.map((r) => toRegisterRow(r, register.cases.get(r.caseId), table));
  const matching = (due: 'overdue' | 'dueThisWeek') => byEarliest(rows.filter((r) => matchesFilter(r, { ...emptyRegisterFilter, due }, today)), (r) => r.dueOn);
  const overdue = matching('overdue');
  const dueThisWeek = matching('dueThisWeek');
  const brief = (r: RegisterRow): DueRequest => ({
    id: r.id,
    subject: r.subject,
    ourReference: r.ourReference,
    caseReference: r.caseReference,
    dueOn: r.dueOn,
    dueKind: r.dueKind,
    status: r.status,
  });
  return {
    overdue: { count: overdue.length, first: overdue.slice(0, count).map(brief) },
    dueThisWeek: { count: dueThisWeek.length, first: dueThisWeek.slice(0, count).map(brief) },
    open: rows.filter((r) => matchesFilter(r, { ...emptyRegisterFilter, status: 'open' }, today)).map(({ status, caseId, partnerCountry }) => ({ status, caseId, partnerCountry })),
  };
}

export type DueActionItem = Pick<ActionItem, 'id' | 'reference' | 'text' | 'owner' | 'ownerSide' | 'dueDate' | 'status' | 'meetingId'>;

export interface ActionItemFigures {
  overdue: { count: number; first: DueActionItem[] };
  thisWeek: { count: number; first: DueActionItem[] };
}

/**
 * The action items still to do (open or in progress): an overdue item, and one the tiles count as
 * due this week, is open or in progress by the tracker's own filters, so both tiles and the chart
 * need these only.
 */
export function activeActionItemsOf(items: readonly ActionItem[]): ActionItem[] {
  const active = new Set<string>(activeActionStatuses);
  return items.filter((item) => active.has(item.status));
}

/** The action items the tracker lists as overdue and due this week, by its own matcher, among `active`. */
export function actionItemFiguresOf(active: readonly ActionItem[], today: string, count = previewSize): ActionItemFigures {
  const figures = (matches: (item: ActionItem) => boolean) => {
    const items = byEarliest(active.filter(matches), (a) => a.dueDate);
    const first = items.slice(0, count).map(({ id, reference, text, owner, ownerSide, dueDate, status, meetingId }) => ({ id, reference, text, owner, ownerSide, dueDate, status, meetingId }));
    return { count: items.length, first };
  };
  return {
    overdue: figures(actionItemMatcher(dueActionFilters.overdue, today)),
    thisWeek: figures(actionItemMatcher(dueActionFilters.thisWeek, today)),
  };
}

export type MeetingBrief = Pick<Meeting, 'id' | 'title' | 'status' | 'startsAt' | 'timeZone' | 'counterpartTimeZone' | 'counterpartCountry'>;

export interface MeetingFigures {
  recent: MeetingBrief[];
  next: MeetingBrief | null;
}

/**
 * Every live meeting, as the tiles show one. All are opened: which started last and which planned
 * one comes next depends on the moment of the visit, and the dashboard keeps this read live
 * (`keptQuery`), so a visit picks them out without reading. Instants are compared as instants
 * (they may carry different offsets, so the index's string order is not time order).
 */
export async function loadMeetingBriefs(db: AttacheDb): Promise<MeetingBrief[]> {
  const rows = liveRecords(await db.meetings.toArray()) as Meeting[];
  return rows.map(({ id, title, status, startsAt, timeZone, counterpartTimeZone, counterpartCountry }) => ({
    id,
    title,
    status,
    startsAt,
    timeZone,
    counterpartTimeZone,
    counterpartCountry,
  }));
}

/** The meetings that started last and the next planned one, at `now`. */
export function meetingFiguresOf(meetings: readonly MeetingBrief[], now: number, count = previewSize): MeetingFigures {
  return { recent: recentMeetingsOf(meetings, now, count), next: nextMeetingOf(meetings, now) };
}
