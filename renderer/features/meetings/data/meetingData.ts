import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { ActionItem, AgendaItem, Decision, Meeting, MeetingNote, Participant } from '../../../../shared/domain';
import { commitChanges, liveRecords, useDatabase, type AttacheDb, type Change } from '../../../db';

/** A meeting with everything recorded under it: what the record, meeting mode and minutes show. */
export interface MeetingBundle {
  meeting: Meeting;
  participants: Participant[];
  /** By position. */
  agendaItems: AgendaItem[];
  decisions: Decision[];
  notes: MeetingNote[];
  actionItems: ActionItem[];
}

/** Every live meeting, latest start first. */
export function useMeetings(): Meeting[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => loadMeetings(db), [db]);
}

export async function loadMeetings(db: AttacheDb): Promise<Meeting[]> {
  const rows = liveRecords(await db.meetings.toArray()) as Meeting[];
  return rows.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** One meeting and its rows; null when it does not exist or was deleted. */
export function useMeetingBundle(id: string): MeetingBundle | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadMeetingBundle(db, id), [db, id]);
}

export async function loadMeetingBundle(db: AttacheDb, id: string): Promise<MeetingBundle | null> {
  const row = await db.meetings.get(id);
  if (!row || row.deleted !== 0) return null;
  const [participants, agendaItems, decisions, notes, actionItems] = await Promise.all([
    db.participants.where('meetingId').equals(id).toArray(),
    db.agendaItems.where('meetingId').equals(id).toArray(),
    db.decisions.where('meetingId').equals(id).toArray(),
    db.meetingNotes.where('meetingId').equals(id).toArray(),
    db.actionItems.where('meetingId').equals(id).toArray(),
  ]);
  return {
    meeting: liveRecords([row])[0] as Meeting,
    participants: liveRecords(participants) as Participant[],
    agendaItems: (liveRecords(agendaItems) as AgendaItem[]).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)),
    decisions: liveRecords(decisions) as Decision[],
    notes: liveRecords(notes) as MeetingNote[],
    actionItems: liveRecords(actionItems) as ActionItem[],
  };
}

/** Writes meeting changes through the one synced write path, signed by this window's actor and device. */
export function useMeetingCommit() {
  const { db, deviceId, actor } = useDatabase();
  return useCallback((changes: Change[]) => commitChanges(db, changes, { actor: actor || deviceId, deviceId }), [db, actor, deviceId]);
}
