import type { z } from 'zod';
import { actionItemSchema } from './actionItem';
import { caseSchema } from './case';
import { attachmentSchema, deadlineSchema, goodsLineSchema, noteSchema, proofOfOriginSchema, shipmentSchema } from './caseChildren';
import { contactSchema } from './contact';
import { holidaySchema, replyPeriodRuleSchema } from './deadlineRules';
import { meetingSchema, participantSchema } from './meeting';
import { agendaItemSchema, decisionSchema, meetingNoteSchema } from './meetingRecord';
import { partySchema } from './party';
import { requestQuestionSchema } from './requestQuestion';
import { riskEntrySchema } from './riskEntry';
import { riskListSchema } from './riskList';
import { screeningDecisionSchema } from './screeningDecision';
import { conflictSchema, fieldHistoryEntrySchema } from './syncRecords';
import type { SyncedTable } from './tableNames';
import { verificationRequestSchema } from './verificationRequest';

export {
  adminTables,
  isAdminTable,
  isServerAuthoredTable,
  isSyncedTable,
  recordTables,
  serverAuthoredTables,
  syncedTables,
  type RecordTable,
  type ServerAuthoredTable,
  type SyncedTable,
} from './tableNames';

/**
 * The schema that validates a complete record of each table (with cross-field rules). Records
 * hold domain fields only: sync metadata (version, fieldMeta, deleted) is added by the store.
 */
export const recordSchemas = {
  cases: caseSchema,
  parties: partySchema,
  goods: goodsLineSchema,
  shipments: shipmentSchema,
  proofsOfOrigin: proofOfOriginSchema,
  deadlines: deadlineSchema,
  notes: noteSchema,
  attachments: attachmentSchema,
  verificationRequests: verificationRequestSchema,
  requestQuestions: requestQuestionSchema,
  meetings: meetingSchema,
  participants: participantSchema,
  agendaItems: agendaItemSchema,
  decisions: decisionSchema,
  meetingNotes: meetingNoteSchema,
  actionItems: actionItemSchema,
  contacts: contactSchema,
  riskLists: riskListSchema,
  riskEntries: riskEntrySchema,
  replyPeriodRules: replyPeriodRuleSchema,
  holidays: holidaySchema,
  screeningDecisions: screeningDecisionSchema,
  conflicts: conflictSchema,
  fieldHistory: fieldHistoryEntrySchema,
} as const satisfies { [T in SyncedTable]: z.ZodObject };

/** The record type stored in table `T` (parsed output: trimmed, NFC, normalised codes). */
export type RecordOf<T extends SyncedTable> = z.infer<(typeof recordSchemas)[T]>;

/**
 * The parent link of each child table (`goods.caseId` → `cases`). Deleting a parent must delete
 * (tombstone) its children; the database indexes these keys.
 */
export const parentKeys = {
  parties: { key: 'caseId', parent: 'cases' },
  goods: { key: 'caseId', parent: 'cases' },
  shipments: { key: 'caseId', parent: 'cases' },
  proofsOfOrigin: { key: 'caseId', parent: 'cases' },
  deadlines: { key: 'caseId', parent: 'cases' },
  notes: { key: 'caseId', parent: 'cases' },
  attachments: { key: 'caseId', parent: 'cases' },
  verificationRequests: { key: 'caseId', parent: 'cases' },
  requestQuestions: { key: 'requestId', parent: 'verificationRequests' },
  participants: { key: 'meetingId', parent: 'meetings' },
  agendaItems: { key: 'meetingId', parent: 'meetings' },
  decisions: { key: 'meetingId', parent: 'meetings' },
  meetingNotes: { key: 'meetingId', parent: 'meetings' },
  riskEntries: { key: 'listId', parent: 'riskLists' },
  screeningDecisions: { key: 'caseId', parent: 'cases' },
} as const satisfies { [T in SyncedTable]?: { key: string; parent: SyncedTable } };
