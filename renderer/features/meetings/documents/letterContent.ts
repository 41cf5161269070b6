import type { MeetingBundle } from '../data/meetingData';
import { zonedTime } from '../../../../shared/dates';
import { meetingCaptureOrder } from '../../../../shared/domain';
import type { OneLanguage } from '../../../print';
import type { DocumentWords } from './documentWords';
import { classificationMarking, sideNames } from './meetingParts';
import { capturedLines, documentActionItem, type DocumentActionItem, type DocumentFact } from './minutesContent';

export interface LetterDecision {
  id: string;
  kind: string;
  text: string;
  /** The agenda item it was taken under ("Origin verification cooperation"), '' for none. */
  item: string;
}

/** Everything the follow-up letter prints, as text in the document's language(s). */
export interface FollowUpLetterContent {
  documentTitle: string;
  marking: string | undefined;
  heading: DocumentFact[];
  title: string;
  /** The opening sentence, one per language. */
  intro: string[];
  decisions: LetterDecision[];
  actionItems: DocumentActionItem[];
  /** The next meeting's sentence, one per language; empty when none is set. */
  nextMeeting: string[];
  closing: string[];
  /** The sending side, under the closing. */
  signedBy: string;
}

/**
 * The letter sent to the counterpart after a meeting, in `w`'s language(s), laid out as the
 * request letter is: from, to, date, subject; a sentence naming the meeting and its date (the
 * venue's day); the decisions in the order they were taken; the action items as a table
 * (reference, action, owner, due date, status); the next meeting; the closing. `today` is the
 * letter's date (YYYY-MM-DD).
 */
export function followUpLetterContent(bundle: MeetingBundle, w: DocumentWords, today: string): FollowUpLetterContent {
  const { meeting } = bundle;
  const sides = sideNames(w, meeting, bundle.participants);
  const meetingDay = zonedTime(meeting.startsAt, meeting.timeZone).date;
  const ordered = meetingCaptureOrder(bundle.agendaItems, capturedLines(bundle));
  const decisions = ordered.flatMap(({ agendaItem, lines }) =>
    lines.flatMap((line) =>
      line.kind === 'decision'
        ? [{ id: line.row.id, kind: w.value('decisionKind', line.row.kind), text: line.row.text, item: agendaItem?.title ?? '' }]
        : [],
    ),
  );
  const actionItems = ordered.flatMap(({ lines }) => lines.flatMap((line) => (line.kind === 'actionItem' ? [documentActionItem(w, line.row, sides)] : [])));
  const subject = (one: OneLanguage) =>
    one.label('letter.subject', { title: meeting.title, date: one.fmt.date(meetingDay) });
  const heading: DocumentFact[] = (
    [
      [w.label('letter.from'), sides.own],
      [w.label('letter.to'), sides.counterpart],
      [w.label('letter.date'), w.date(today)],
      [w.label('letter.subjectLabel'), w.joined(subject)],
    ] as const
  ).filter(([, value]) => value !== '');
  return {
    documentTitle: w.first.label('letter.documentTitle', { title: meeting.title }),
    marking: classificationMarking(w, meeting),
    heading,
    title: w.label('letter.title'),
    intro: w.each((one) =>
      one.label(meeting.venue ? 'letter.introAt' : 'letter.intro', { title: meeting.title, date: one.fmt.date(meetingDay), venue: meeting.venue }),
    ),
    decisions,
    actionItems,
    nextMeeting: meeting.nextMeetingOn
      ? w.each((one) => one.label('letter.nextMeeting', { date: one.fmt.date(meeting.nextMeetingOn) }))
      : [],
    closing: w.each((one) => one.label('letter.closing')),
    signedBy: sides.own,
  };
}
