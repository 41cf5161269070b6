import type { Change } from '../../../db';
import type { MeetingBundle } from '../data/meetingData';

/**
 * Deleting a meeting deletes what was recorded under it (delegations, agenda, notes, decisions,
 * action items) in the same commit, so no device keeps rows whose meeting is gone.
 */
export function deleteMeetingChanges(bundle: MeetingBundle): Change[] {
  const rows: [Change['table'], { id: string }[]][] = [
    ['participants', bundle.participants],
    ['agendaItems', bundle.agendaItems],
    ['decisions', bundle.decisions],
    ['meetingNotes', bundle.notes],
    ['actionItems', bundle.actionItems],
  ];
  return [
    ...rows.flatMap(([table, list]) => list.map((row): Change => ({ table, id: row.id, op: 'delete' }))),
    { table: 'meetings', id: bundle.meeting.id, op: 'delete' },
  ];
}
