import type { ActionItem, Decision, Meeting, MeetingNote } from '../../../../shared/domain';
import { toRecord } from '../../../db';
import type { MeetingBundle } from '../data/meetingData';
import { zonedTime } from '../../../../shared/dates';
import { meetingCaptureOrder } from '../../../../shared/domain';
import { capturedLines } from './minutesContent';

/** Names the file's kind and layout, so a reader (or a later version of Attaché) knows what it holds. */
export const meetingExportFormat = 'attache.meeting-export';
export const meetingExportFormatVersion = 1;

/**
 * A meeting exported whole: the meeting and every row recorded under it, as domain records (no
 * sync metadata: version, field clocks, tombstones), in the order the minutes print them.
 */
export interface MeetingExport extends MeetingBundle {
  format: typeof meetingExportFormat;
  formatVersion: typeof meetingExportFormatVersion;
  exportedAt: string;
  exportedBy: string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The export of a meeting, pure: rows stripped of sync metadata (whatever the caller passes),
 * participants by side then id, the agenda by position, notes, decisions and action items in
 * `meetingCaptureOrder`, so two devices holding the same meeting write the same file.
 */
export function meetingExport(bundle: MeetingBundle, by: { exportedAt: string; exportedBy: string }): MeetingExport {
  const order = meetingCaptureOrder(bundle.agendaItems, capturedLines(bundle)).flatMap((section) => section.lines);
  const rows = (kind: 'note' | 'decision' | 'actionItem') =>
    order.filter((line) => line.kind === kind).map((line) => toRecord(line.row));
  return {
    format: meetingExportFormat,
    formatVersion: meetingExportFormatVersion,
    exportedAt: by.exportedAt,
    exportedBy: by.exportedBy,
    meeting: toRecord(bundle.meeting),
    participants: bundle.participants.map((p) => toRecord(p)).sort((a, b) => (a.side === b.side ? byId(a, b) : a.side === 'own' ? -1 : 1)),
    agendaItems: bundle.agendaItems.map((a) => toRecord(a)).sort((a, b) => a.position - b.position || byId(a, b)),
    notes: rows('note') as MeetingNote[],
    decisions: rows('decision') as Decision[],
    actionItems: rows('actionItem') as ActionItem[],
  };
}

/** The export as a JSON document, indented so it also reads as text. */
export function meetingJson(bundle: MeetingBundle, by: { exportedAt: string; exportedBy: string }): string {
  return `${JSON.stringify(meetingExport(bundle, by), null, 2)}\n`;
}

/** The file's name: the meeting's day at the venue and its title ("2026-03-10 CMAA Joint Committee, 5th session.json"), safe in any file system. */
export function meetingExportFileName(meeting: Pick<Meeting, 'title' | 'startsAt' | 'timeZone'>): string {
  const base = `${zonedTime(meeting.startsAt, meeting.timeZone).date} ${meeting.title}`
    // eslint-disable-next-line no-control-regex -- control characters are refused by the save channel
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .trim()
    .slice(0, 200);
  return `${base || 'meeting'}.json`;
}
