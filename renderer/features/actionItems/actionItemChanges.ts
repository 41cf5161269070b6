// The changes an action item's life makes, as pure functions returning `Change[]` for the one
// write path (`commitChanges`), which checks every status move against the shared machine.
import type { ActionItem } from '../../../shared/domain';
import type { Change, PutChange } from '../../db';

const table = 'actionItems' as const;

/** The fields of an action item that the form edits. */
export type ActionItemEdit = Pick<ActionItem, 'text' | 'ownerSide' | 'owner' | 'dueDate' | 'priority' | 'status' | 'caseIds' | 'requestIds'>;

/** Where a new action item comes from (a meeting's agenda item, a case, a request). */
export interface ActionItemOrigin {
  meetingId: string | null;
  agendaItemId: string | null;
}

/** A whole new action item, open unless said otherwise. */
export function newActionItem(id: string, reference: string, edit: ActionItemEdit, origin: ActionItemOrigin, now: Date): ActionItem {
  const at = now.toISOString();
  return {
    id,
    reference,
    ...origin,
    ...edit,
    closingNote: '',
    supersededById: null,
    closedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** The change storing a whole new action item. */
export function putActionItem(item: ActionItem): Change {
  const { id, ...fields } = item;
  return { table, id, op: 'put', fields };
}

const isClosed = (status: ActionItem['status']) => status === 'done' || status === 'cancelled' || status === 'superseded';

/**
 * The change saving the form over `before`: only the fields the officer changed (an edit synced
 * meanwhile to another field is kept). Cancelling stamps `closedAt`; reopening clears it. Null
 * when nothing changed.
 */
export function editActionItem(before: ActionItem, edit: ActionItemEdit, now: Date): PutChange | null {
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(edit).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof ActionItem])),
  );
  if ('status' in fields) {
    if (isClosed(edit.status) && !isClosed(before.status)) fields.closedAt = now.toISOString();
    if (!isClosed(edit.status) && isClosed(before.status)) fields.closedAt = null;
  }
  return Object.keys(fields).length === 0 ? null : { table, id: before.id, op: 'put', fields };
}

/** Thrown when marking done without saying how it was done. */
export class ClosingNoteRequiredError extends Error {
  constructor() {
    super('A closing note is required to mark an action item done.');
    this.name = 'ClosingNoteRequiredError';
  }
}

/** Marks `item` done with its closing note (required) and the time it was closed. */
export function markDoneChanges(item: Pick<ActionItem, 'id'>, closingNote: string, now: Date): Change[] {
  const note = closingNote.trim();
  if (note === '') throw new ClosingNoteRequiredError();
  return [{ table, id: item.id, op: 'put', fields: { status: 'done', closingNote: note, closedAt: now.toISOString() } }];
}

/**
 * Hands `item`'s work to a new action item (`replacementId`, a new `reference`): same text,
 * owner, due date, priority, links and meeting, open; `item` becomes superseded, closed now,
 * and names its replacement (`supersededById`), which finds it back by that field.
 */
export function supersedeChanges(item: ActionItem, replacementId: string, reference: string, now: Date): { replacement: ActionItem; changes: Change[] } {
  const replacement = newActionItem(
    replacementId,
    reference,
    {
      text: item.text,
      ownerSide: item.ownerSide,
      owner: item.owner,
      dueDate: item.dueDate,
      priority: item.priority,
      status: 'open',
      caseIds: [...item.caseIds],
      requestIds: [...item.requestIds],
    },
    { meetingId: item.meetingId, agendaItemId: item.agendaItemId },
    now,
  );
  return {
    replacement,
    changes: [putActionItem(replacement), { table, id: item.id, op: 'put', fields: { status: 'superseded', supersededById: replacementId, closedAt: now.toISOString() } }],
  };
}

export function deleteActionItem(id: string): Change {
  return { table, id, op: 'delete' };
}
