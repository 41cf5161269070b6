import { z } from 'zod';
import { casePriorities } from './case';
import { enumField, idListSchema, idSchema, nullableIdSchema, optionalText, recordObject, requiredText } from './fields';
import { meetingSides } from './meeting';
import { msg, typeError } from './messageKeys';
import { isoDateTimeSchema, nullableIsoDateSchema, nullableIsoDateTimeSchema } from './validators/isoDate';

/** Overdue is not a status: it is computed (`isActionItemOverdue`). See `actionItemStatusMachine`. */
export const actionItemStatuses = ['open', 'inProgress', 'done', 'cancelled', 'superseded'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/**
 * `AI-2026-014`, or `AI-2026-K7QX-014` with the device tag of `deviceTagFromId` when allocated
 * offline, so two delegation members' laptops never hand out the same reference.
 */
export const actionItemReferencePattern = /^AI-(\d{4})-(?:([A-Z2-9]{4})-)?(\d{3,})$/;

export function formatActionItemReference(year: number, sequence: number, deviceTag?: string): string {
  const seq = String(sequence).padStart(3, '0');
  return deviceTag ? `AI-${year}-${deviceTag}-${seq}` : `AI-${year}-${seq}`;
}

export const actionItemFieldsSchema = recordObject({
  id: idSchema,
  reference: z
    .string({ error: typeError })
    .trim()
    .toUpperCase()
    .regex(actionItemReferencePattern, msg.actionItemReferenceFormat),
  text: requiredText(2000),
  /** Meeting (and agenda item) it came from; null for items raised outside a meeting. */
  meetingId: nullableIdSchema,
  agendaItemId: nullableIdSchema,
  ownerSide: enumField(meetingSides),
  /** Person or unit responsible, e.g. "Post-Clearance Audit Dept." */
  owner: optionalText(200),
  dueDate: nullableIsoDateSchema,
  priority: enumField(casePriorities),
  status: enumField(actionItemStatuses),
  caseIds: idListSchema,
  requestIds: idListSchema,
  closingNote: optionalText(5000),
  /** The item that replaces this one; required when `superseded`. */
  supersededById: nullableIdSchema,
  closedAt: nullableIsoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
/** A follow-up task; action items of all meetings are tracked together. */
export const actionItemSchema = actionItemFieldsSchema.superRefine((a, ctx) => {
  if (a.status === 'superseded' && a.supersededById === null) {
    ctx.addIssue({ code: 'custom', path: ['supersededById'], message: msg.actionItemSupersededBy });
  }
});
export type ActionItem = z.infer<typeof actionItemFieldsSchema>;

/** Open or in progress with a due date before `today` (YYYY-MM-DD, the officer's local date). */
export function isActionItemOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return (item.status === 'open' || item.status === 'inProgress') && item.dueDate !== null && item.dueDate < today;
}
