import type { z } from 'zod';
import { enumField, idListSchema, idSchema, longText, nullableIdSchema, positionSchema, recordObject, requiredText } from './fields';
import { meetingSides } from './meeting';

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
