// The meetings bench's records, written into the app's own (sealed) workspace through the data
// layer, as sync would bring them: the cases and the register of requests (the requests bench's
// generators), years of meetings with their action items, and the large meeting typed into.
import { v7 as uuidv7 } from 'uuid';
import { commitChanges, type AttacheDb, type Change } from '../../renderer/db';
import type { SyncedTable } from '../../shared/domain';
import { syntheticCases } from '../syntheticCases';
import { largeMeeting, syntheticActionItems, syntheticMeetings } from '../syntheticMeetings';
import { syntheticRegister } from '../syntheticRequests';

export interface MeetingsSizes {
  cases: number;
  requests: number;
  meetings: number;
  actionItems: number;
  /** Notes of the large meeting. */
  notes: number;
}

export interface MeetingsProfile {
  /** The large meeting, for `/meetings/:id/capture`. */
  meetingId: string;
  /** Rows written per table. */
  written: Record<string, number>;
  /** The local day the due dates were made around (the app's "today" when measured). */
  today: string;
  writeMs: number;
}

const put = (table: SyncedTable, record: { id: string }): Change => ({ table, id: record.id, op: 'put', fields: record });

/** The officer's calendar day where the browser is, as the app reckons "today". */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Writes the profile in four commits (cases; requests; meetings and action items; the large
 * meeting), each one transaction as a page of a first download is, so no single one holds every
 * row, clock, outbox and audit entry of 80,000 records in memory at once.
 */
export async function writeMeetingsRecords(db: AttacheDb, sizes: MeetingsSizes, ctx: { actor: string; deviceId: string }): Promise<MeetingsProfile> {
  const newId = () => uuidv7();
  const today = localToday();
  const cases = syntheticCases(sizes.cases, Array.from({ length: sizes.cases }, newId));
  const register = syntheticRegister(cases, sizes.requests, newId);
  const meetings = syntheticMeetings(sizes.meetings, today, newId);
  const items = syntheticActionItems(sizes.actionItems, { meetings, cases, requests: register.requests }, today, newId);
  const large = largeMeeting(today, newId, sizes.notes);
  const commits: Change[][] = [
    cases.map((c) => put('cases', c)),
    [...register.attachments.map((a) => put('attachments', a)), ...register.requests.map((r) => put('verificationRequests', r)), ...register.questions.map((q) => put('requestQuestions', q))],
    [...meetings.map((m) => put('meetings', m)), ...items.map((i) => put('actionItems', i))],
    [
      put('meetings', large.meeting),
      ...large.participants.map((p) => put('participants', p)),
      ...large.agendaItems.map((a) => put('agendaItems', a)),
      ...large.notes.map((n) => put('meetingNotes', n)),
      ...large.decisions.map((d) => put('decisions', d)),
      ...large.actionItems.map((i) => put('actionItems', i)),
    ],
  ];
  const written: Record<string, number> = {};
  for (const change of commits.flat()) written[change.table] = (written[change.table] ?? 0) + 1;
  const started = performance.now();
  for (const changes of commits) await commitChanges(db, changes, ctx);
  return { meetingId: large.meeting.id, written, today, writeMs: performance.now() - started };
}
