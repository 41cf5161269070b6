// The action item form's values: the record's own fields (text, owner, due date, priority,
// status, links), validated with the shared schema; where a new item comes from is in the query.
import { z } from 'zod';
import { actionItemFieldsSchema, actionItemStatusMachine, nextStatuses, type ActionItem, type ActionItemStatus } from '../../../shared/domain';
import type { ActionItemEdit, ActionItemOrigin } from './actionItemChanges';

const { text, ownerSide, owner, dueDate, priority, status, caseIds, requestIds } = actionItemFieldsSchema.shape;

export const actionItemFormSchema = z.object({ text, ownerSide, owner, dueDate, priority, status, caseIds, requestIds });
export type ActionItemFormValues = z.input<typeof actionItemFormSchema>;
export type ActionItemFormOutput = z.output<typeof actionItemFormSchema>;

const isId = (value: string | null | undefined): value is string => typeof value === 'string' && z.uuid().safeParse(value).success;

/**
 * A new item as `/actions/new?meeting=&agendaItem=&case=&request=` asks: from that meeting (and
 * agenda item) and linked to that case or request. Values that are not ids are ignored.
 */
export function newItemFromQuery(search: string): { origin: ActionItemOrigin; values: ActionItemFormValues } {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const meetingId = isId(params.get('meeting')) ? params.get('meeting') : null;
  const agendaItemId = meetingId && isId(params.get('agendaItem')) ? params.get('agendaItem') : null;
  const caseId = params.get('case');
  const requestId = params.get('request');
  return {
    origin: { meetingId, agendaItemId },
    values: {
      text: '',
      ownerSide: 'own',
      owner: '',
      dueDate: null,
      priority: 'normal',
      status: 'open',
      caseIds: isId(caseId) ? [caseId] : [],
      requestIds: isId(requestId) ? [requestId] : [],
    },
  };
}

export function itemToFormValues(item: ActionItem): ActionItemFormValues {
  const { text: t, ownerSide: side, owner: o, dueDate: due, priority: p, status: s, caseIds: cases, requestIds: requests } = item;
  return { text: t, ownerSide: side, owner: o, dueDate: due, priority: p, status: s, caseIds: [...cases], requestIds: [...requests] };
}

export const formOutputToEdit = (values: ActionItemFormOutput): ActionItemEdit => ({ ...values });

/**
 * The statuses the form offers: where the item is and where the machine lets it go, except done
 * (that needs a closing note: "Mark done") and superseded (that needs a replacement: "Supersede").
 * A new item starts open or in progress.
 */
export function formStatuses(current: ActionItemStatus | null): ActionItemStatus[] {
  if (current === null) return ['open', 'inProgress'];
  return [current, ...nextStatuses(actionItemStatusMachine, current).filter((s) => s !== 'done' && s !== 'superseded')];
}
