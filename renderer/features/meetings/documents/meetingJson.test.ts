import { describe, expect, it } from 'vitest';
import { meetingExport, meetingExportFileName, meetingJson } from './meetingJson';
import { julyMeeting } from './testMeeting';

const by = { exportedAt: '2026-07-20T08:00:00.000Z', exportedBy: 'officer@example.org' };

describe('meetingJson', () => {
  it('holds the meeting and every row under it, without sync metadata', () => {
    const bundle = julyMeeting();
    // As stored rows: a version, field clocks and a tombstone flag the export must not carry.
    const stored = { ...bundle, meeting: { ...bundle.meeting, version: 3, clocks: [{ v: 3, hlc: '001772409600000-00000-d' }], deleted: 0 } };
    const data = JSON.parse(meetingJson(stored, by)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'formatVersion', 'exportedAt', 'exportedBy', 'meeting', 'participants', 'agendaItems', 'notes', 'decisions', 'actionItems']);
    expect(data).toMatchObject({ format: 'attache.meeting-export', formatVersion: 1, ...by });
    expect(data.meeting).toEqual(bundle.meeting);
    expect(meetingJson(stored, by)).not.toMatch(/"version"|"clocks"|"hlc"|"deleted"/);
    const ids = (key: string) => (data[key] as Array<{ id: string }>).map((row) => row.id);
    expect(ids('participants')).toEqual(['p-own-absent', 'p-own-head', 'p-own-member', 'p-us-absent', 'p-us-head']);
    expect(ids('agendaItems')).toEqual(['item-1', 'item-2']);
    expect(ids('decisions')).toEqual(['d-general', 'd-origin', 'd-risk']);
    expect(ids('notes')).toEqual(['n-origin']);
    expect(ids('actionItems')).toEqual(['a-origin', 'a-risk']);
  });

  it('writes the same file whatever order the rows came in', () => {
    const bundle = julyMeeting();
    const shuffled = { ...bundle, participants: [...bundle.participants].reverse(), decisions: [...bundle.decisions].reverse(), actionItems: [...bundle.actionItems].reverse() };
    expect(meetingJson(shuffled, by)).toBe(meetingJson(bundle, by));
    expect(meetingExport(bundle, by).actionItems[0]).toEqual(bundle.actionItems[1]);
  });

  it('names the file by the venue’s day and the title, safe in any file system', () => {
    expect(meetingExportFileName({ title: 'CMAA JC 5/2026: "risk"', startsAt: '2026-07-13T20:00:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' })).toBe(
      '2026-07-14 CMAA JC 5-2026- -risk-.json',
    );
  });
});
