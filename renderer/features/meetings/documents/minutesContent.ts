import { meetingCaptureOrder, type ActionItem, type CapturedLine, type MeetingSide, type MinutesStatus } from '../../../../shared/domain';
import type { MeetingBundle } from '../data/meetingData';
import type { DocumentWords } from './documentWords';
import { attendingDelegation, classificationMarking, delegateName, headOfDelegation, meetingTimeIn, meetingZones, sideLabel, sideNames } from './meetingParts';

/** Joint minutes are agreed and signed by both heads of delegation; a unilateral record is one side's note of the meeting. */
export const minutesKinds = ['joint', 'unilateral'] as const;
export type MinutesKind = (typeof minutesKinds)[number];

export const isMinutesKind = (value: string | null | undefined): value is MinutesKind =>
  (minutesKinds as readonly (string | null | undefined)[]).includes(value);

/** Minutes agreed, or sent to the counterpart for comments, are joint; a draft or a unilateral record is one side's. */
export function defaultMinutesKind(status: MinutesStatus): MinutesKind {
  return status === 'agreedJointMinutes' || status === 'sentForComments' ? 'joint' : 'unilateral';
}

/** A label and its value; rows without a value are dropped before they reach the model. */
export type DocumentFact = readonly [label: string, value: string];

export interface MinutesDelegate {
  id: string;
  name: string;
  title: string;
  organisation: string;
  role: string;
}

export interface MinutesDelegation {
  side: MeetingSide;
  heading: string;
  members: MinutesDelegate[];
}

export interface DocumentActionItem {
  id: string;
  reference: string;
  text: string;
  /** The side by name, and the person or unit: "Vietnam Customs — Risk Management Department". */
  owner: string;
  due: string;
  status: string;
}

export interface MinutesSection {
  /** The agenda item's id; `general` for lines under no item. */
  id: string;
  heading: string;
  /** "Presented by: …", '' when joint. */
  lead: string;
  summary: string;
  notes: Array<{ id: string; text: string }>;
  decisions: Array<{ id: string; kind: string; text: string }>;
  actionItems: DocumentActionItem[];
}

export interface MinutesSignature {
  side: MeetingSide;
  heading: string;
  name: string;
  title: string;
}

/** Everything the minutes print, as text in the document's language(s), in print order. */
export interface MinutesContent {
  /** What the document is, for screen readers and the PDF's name (first language). */
  documentTitle: string;
  marking: string | undefined;
  /** "Draft — not agreed", '' once the minutes are agreed or recorded. */
  draft: string;
  /** The heading, one line per language. */
  title: string[];
  /** The meeting's title under the heading of a unilateral record; '' for joint minutes (it is in the heading). */
  subtitle: string;
  facts: DocumentFact[];
  delegations: MinutesDelegation[];
  sections: MinutesSection[];
  exchanged: string[];
  nextMeeting: DocumentFact[];
  /** Both heads of delegation, for joint minutes; null for a unilateral record. */
  signatures: MinutesSignature[] | null;
}

const present = (rows: ReadonlyArray<readonly [string, string]>): DocumentFact[] => rows.filter(([, value]) => value.trim() !== '');

/** An action item's row as the minutes and the follow-up letter print it. */
export function documentActionItem(w: DocumentWords, item: ActionItem, sides: Record<MeetingSide, string>): DocumentActionItem {
  return {
    id: item.id,
    reference: item.reference,
    text: item.text,
    owner: [sides[item.ownerSide], item.owner].filter(Boolean).join(' — '),
    due: item.dueDate ? w.date(item.dueDate) : w.label('common.noDueDate'),
    status: w.value('actionItemStatus', item.status),
  };
}

/** The bundle's notes, decisions and action items as captured lines, for `meetingCaptureOrder`. */
export function capturedLines(bundle: Pick<MeetingBundle, 'notes' | 'decisions' | 'actionItems'>): CapturedLine[] {
  return [
    ...bundle.notes.map((row): CapturedLine => ({ kind: 'note', row })),
    ...bundle.decisions.map((row): CapturedLine => ({ kind: 'decision', row })),
    ...bundle.actionItems.map((row): CapturedLine => ({ kind: 'actionItem', row })),
  ];
}

/**
 * The minutes of a meeting in `w`'s language(s): the heading (joint minutes or a unilateral
 * record), framework, session, the time in both delegations' zones, venue, mode and host; each
 * delegation's members who attended, heads first; the agenda in order, each item with its
 * summary, notes, decisions and action items (lines under no item in a "General" section, in
 * `meetingCaptureOrder`); the items exchanged; the next meeting; and for joint minutes both
 * heads of delegation to sign. Pure: the same bundle gives the same document on every device.
 */
export function minutesContent(bundle: MeetingBundle, w: DocumentWords, kind: MinutesKind): MinutesContent {
  const { meeting, participants } = bundle;
  const sides = sideNames(w, meeting, participants);
  const aboutSide = (side: MeetingSide, key: string) => sideLabel(w, meeting, participants, side, key);
  const joint = kind === 'joint';
  const title = w.each((one) => (joint ? one.label('minutes.jointTitle', { title: meeting.title }) : one.label('minutes.unilateralTitle')));
  const zones = meetingZones(meeting);

  const facts = present([
    [w.label('fields.framework'), meeting.framework],
    [w.label('fields.session'), meeting.sessionNo],
    [w.label('fields.type'), w.value('meetingType', meeting.type)],
    ...zones.map((zone, i): [string, string] => [
      i === 0 ? w.label('fields.venueTime') : w.label('fields.otherTime'),
      w.joined((one) => meetingTimeIn(one, meeting, zone)),
    ]),
    [w.label('fields.venue'), meeting.venue],
    [w.label('fields.mode'), w.value('meetingMode', meeting.mode)],
    [w.label('fields.host'), meeting.hostSide === 'thirdParty' ? w.value('hostSide', 'thirdParty') : sides[meeting.hostSide]],
  ]);

  const delegations = (['own', 'counterpart'] as const).map(
    (side): MinutesDelegation => ({
      side,
      heading: aboutSide(side, 'minutes.delegationOf'),
      members: attendingDelegation(participants, side).map((p) => ({
        id: p.id,
        name: delegateName(p),
        title: p.title,
        organisation: p.organisation,
        role: w.value('participantRole', p.role),
      })),
    }),
  );

  let number = 0;
  const sections = meetingCaptureOrder(bundle.agendaItems, capturedLines(bundle)).map(({ agendaItem, lines }): MinutesSection => {
    if (agendaItem) number += 1;
    return {
      id: agendaItem?.id ?? 'general',
      heading: agendaItem ? `${number}. ${agendaItem.title}` : w.label('minutes.general'),
      lead: agendaItem?.leadSide ? aboutSide(agendaItem.leadSide, 'minutes.presentedBy') : '',
      summary: agendaItem?.discussionSummary ?? '',
      notes: lines.flatMap((line) => (line.kind === 'note' ? [{ id: line.row.id, text: line.row.text }] : [])),
      decisions: lines.flatMap((line) =>
        line.kind === 'decision' ? [{ id: line.row.id, kind: w.value('decisionKind', line.row.kind), text: line.row.text }] : [],
      ),
      actionItems: lines.flatMap((line) => (line.kind === 'actionItem' ? [documentActionItem(w, line.row, sides)] : [])),
    };
  });

  const exchanged = meeting.itemsExchanged.map((item) =>
    [
      w.value('exchangedItemKind', item.kind),
      item.description,
      aboutSide(item.direction === 'given' ? 'own' : 'counterpart', 'minutes.handedOverBy'),
    ].join(' — '),
  );

  const signatures = joint
    ? (['own', 'counterpart'] as const).map((side): MinutesSignature => {
        const head = headOfDelegation(attendingDelegation(participants, side));
        return {
          side,
          heading: aboutSide(side, 'minutes.forDelegation'),
          name: head ? delegateName(head) : '',
          title: head?.title ?? '',
        };
      })
    : null;

  return {
    documentTitle: `${title[0]}${joint ? '' : ` — ${meeting.title}`}`,
    marking: classificationMarking(w, meeting),
    draft: meeting.minutesStatus === 'draft' || meeting.minutesStatus === 'sentForComments' ? w.label('minutes.draft') : '',
    title,
    subtitle: joint ? '' : meeting.title,
    facts,
    delegations,
    sections,
    exchanged,
    nextMeeting: present([
      [w.label('fields.nextMeetingOn'), w.date(meeting.nextMeetingOn)],
      [w.label('fields.nextMeetingNote'), meeting.nextMeetingNote],
    ]),
    signatures,
  };
}
