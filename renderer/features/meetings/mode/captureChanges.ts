import type { AgendaItem, DecisionKind, MeetingSide } from '../../../../shared/domain';
import type { Change } from '../../../db';

/**
 * What every captured line is written under: its new id, the meeting, the current agenda item
 * (null: the meeting as a whole) and the capturing laptop's clock. Each line is a row of its
 * own, so delegation members capturing the same meeting offline merge without a lost line.
 */
export interface CaptureContext {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  now: Date;
}

/** An action item as typed in the capture box, before its due date is read. */
export interface ActionItemDraft {
  text: string;
  ownerSide: MeetingSide;
  owner: string;
  /** The due date as typed ("15/1", "next Friday", "thứ 6 tuần sau"); '' for none. */
  dueText: string;
}

/** A note line: one `meetingNotes` row stamped with the laptop's clock (its place in the order). */
export function noteChanges(text: string, ctx: CaptureContext): Change[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return [
    {
      table: 'meetingNotes',
      id: ctx.id,
      op: 'put',
      fields: { id: ctx.id, meetingId: ctx.meetingId, agendaItemId: ctx.agendaItemId, text: trimmed, capturedAt: ctx.now.toISOString() },
    },
  ];
}

/** A decision of the given kind under the current agenda item. */
export function decisionChanges(text: string, kind: DecisionKind, ctx: CaptureContext): Change[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return [{ table: 'decisions', id: ctx.id, op: 'put', fields: { id: ctx.id, meetingId: ctx.meetingId, agendaItemId: ctx.agendaItemId, kind, text: trimmed } }];
}

/**
 * A new open action item with every field a created item needs; `createdAt`/`updatedAt` are
 * stamped by `commitChanges`. `dueDate` is the already read date (see `readActionItemDraft`).
 */
export function actionItemChanges(draft: ActionItemDraft, dueDate: string | null, reference: string, ctx: CaptureContext): Change[] {
  const text = draft.text.trim();
  if (text === '') return [];
  return [
    {
      table: 'actionItems',
      id: ctx.id,
      op: 'put',
      fields: {
        id: ctx.id,
        reference,
        text,
        meetingId: ctx.meetingId,
        agendaItemId: ctx.agendaItemId,
        ownerSide: draft.ownerSide,
        owner: draft.owner.trim(),
        dueDate,
        priority: 'normal',
        status: 'open',
        caseIds: [],
        requestIds: [],
        closingNote: '',
        supersededById: null,
        closedAt: null,
      },
    },
  ];
}

/** The position after the last agenda item (1 for an empty agenda): an item added on the fly goes last. */
export function nextAgendaPosition(agenda: readonly Pick<AgendaItem, 'position'>[]): number {
  return agenda.reduce((last, item) => Math.max(last, item.position), 0) + 1;
}

/** An agenda item added during the meeting, appended at the end; `agendaItemId` of `ctx` is ignored. */
export function agendaItemChanges(title: string, agenda: readonly Pick<AgendaItem, 'position'>[], ctx: CaptureContext): Change[] {
  const trimmed = title.trim();
  if (trimmed === '') return [];
  return [
    {
      table: 'agendaItems',
      id: ctx.id,
      op: 'put',
      fields: { id: ctx.id, meetingId: ctx.meetingId, position: nextAgendaPosition(agenda), title: trimmed, leadSide: null, discussionSummary: '', caseIds: [] },
    },
  ];
}
