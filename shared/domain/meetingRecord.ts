import type { z } from 'zod';
import { enumField, idListSchema, idSchema, longText, nullableIdSchema, positionSchema, recordObject, requiredText } from './fields';
import { meetingSides } from './meeting';
import { isoDateTimeSchema } from './validators/isoDate';

/** One agenda item with the discussion summary recorded against it. */
export const agendaItemSchema = recordObject({
  id: idSchema,
  meetingId: idSchema,
  position: positionSchema,
  title: requiredText(300),
  /** Side that tabled or presents the item, null when joint. */
  leadSide: enumField(meetingSides).nullable(),
  discussionSummary: longText(),
  caseIds: idListSchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const decisionKinds = ['agreed', 'noted', 'deferred', 'rejected'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** A decision of the meeting, usually under an agenda item. */
export const decisionSchema = recordObject({
  id: idSchema,
  meetingId: idSchema,
  agendaItemId: nullableIdSchema,
  kind: enumField(decisionKinds),
  text: requiredText(5000),
});
export type Decision = z.infer<typeof decisionSchema>;

/**
 * One line of notes taken during a meeting, under an agenda item (null: before the agenda or
 * about the meeting as a whole). Each line is its own row, never a shared text field, so two or
 * three delegation members taking notes at once on their own laptops, offline, merge without a
 * lost line or a conflicted copy; `meetingCaptureOrder` gives every device the same order.
 */
export const meetingNoteSchema = recordObject({
  id: idSchema,
  meetingId: idSchema,
  agendaItemId: nullableIdSchema,
  text: requiredText(5000),
  /** When it was typed, by the typing laptop's clock: the order notes read in. */
  capturedAt: isoDateTimeSchema,
});
export type MeetingNote = z.infer<typeof meetingNoteSchema>;
