// The tracker's rows: an action item with the names of what it links to, in due order, and the
// same rows as CSV.
import type { TFunction } from 'i18next';
import { isActionItemOverdue, type ActionItem } from '../../../shared/domain';
import type { CsvCell } from '../../export';
import { enumLabel } from '../../records';

/** The officer's calendar day where the laptop is. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a request is named in lists: our reference, else its subject. */
export const requestName = (r: { ourReference: string; subject: string }) => r.ourReference || r.subject;

export interface LinkRef {
  id: string;
  reference: string;
}

export interface TrackerRow {
  id: string;
  item: ActionItem;
  overdue: boolean;
  meeting: { id: string; title: string } | null;
  cases: LinkRef[];
  requests: LinkRef[];
}

/** What a row needs to name an item's links; an unknown (deleted, not yet synced) link is left out. */
export interface LinkNames {
  meetingTitle(id: string): string | undefined;
  caseReference(id: string): string | undefined;
  requestReference(id: string): string | undefined;
}

export function toTrackerRow(item: ActionItem, names: LinkNames, today: string): TrackerRow {
  const refs = (ids: readonly string[], name: (id: string) => string | undefined) =>
    ids.flatMap((id) => {
      const reference = name(id);
      return reference === undefined ? [] : [{ id, reference }];
    });
  const title = item.meetingId === null ? undefined : names.meetingTitle(item.meetingId);
  return {
    id: item.id,
    item,
    overdue: isActionItemOverdue(item, today),
    meeting: item.meetingId !== null && title !== undefined ? { id: item.meetingId, title } : null,
    cases: refs(item.caseIds, names.caseReference),
    requests: refs(item.requestIds, names.requestReference),
  };
}

/** Soonest due first (overdue at the top), items without a due date last, then by reference. */
export function compareRows(a: TrackerRow, b: TrackerRow): number {
  const da = a.item.dueDate ?? '9999-99-99';
  const db = b.item.dueDate ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : a.item.reference.localeCompare(b.item.reference);
}

/**
 * The CSV of the rows the tracker shows, header first, in the UI language: reference, text,
 * owner side, owner, due date (ISO, for spreadsheets to sort), status, overdue (yes/no),
 * meeting, cases, requests, closing note.
 */
export function trackerCsvRows(rows: readonly TrackerRow[], t: TFunction): CsvCell[][] {
  const col = (key: string) => t(`actionItems.columns.${key}`);
  const header = ['reference', 'text', 'ownerSide', 'owner', 'dueDate', 'status', 'overdue', 'meeting', 'cases', 'requests', 'closingNote'].map(col);
  return [
    header,
    ...rows.map(({ item, overdue, meeting, cases, requests }) => [
      item.reference,
      item.text,
      enumLabel(t, 'meetingSide', item.ownerSide),
      item.owner,
      item.dueDate ?? '',
      enumLabel(t, 'actionItemStatus', item.status),
      overdue ? t('actionItems.yes') : t('actionItems.no'),
      meeting?.title ?? '',
      cases.map((c) => c.reference).join('; '),
      requests.map((r) => r.reference).join('; '),
      item.closingNote,
    ]),
  ];
}
