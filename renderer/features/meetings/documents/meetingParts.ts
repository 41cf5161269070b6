import { formatPersonName, participantRoles, type Meeting, type MeetingSide, type Participant } from '../../../../shared/domain';
import { zoneCity, zonedTime } from '../../../../shared/dates';
import type { OneLanguage } from '../../../print';
import type { DocumentWords } from './documentWords';

/**
 * A delegate's name as minutes print it: in the person's own order, the family name in capitals
 * so a reader of either language knows which part it is ("NGUYỄN Văn Cẩn", "John SMITH").
 */
export function delegateName(p: Pick<Participant, 'familyName' | 'givenName' | 'nameOrder'>): string {
  return formatPersonName({ ...p, familyName: p.familyName.toLocaleUpperCase() });
}

const roleRank = (p: Participant) => participantRoles.indexOf(p.role);

/** Those of `side` who attended, heads first (the order of `participantRoles`), then as entered (by id). */
export function attendingDelegation(participants: readonly Participant[], side: MeetingSide): Participant[] {
  return participants
    .filter((p) => p.side === side && p.attended)
    .sort((a, b) => roleRank(a) - roleRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Who signs for a side: its head of delegation, else its co-chair; null when neither attended. */
export function headOfDelegation(delegation: readonly Participant[]): Participant | null {
  return delegation.find((p) => p.role === 'head') ?? delegation.find((p) => p.role === 'coChair') ?? null;
}

/**
 * How the document names a side: the organisation its head (or most of its members) belongs
 * to ("Vietnam Customs", "U.S. Customs and Border Protection"), as typed, the same in every
 * language; failing that, our administration (`common.ourAdministration`) for ours and the
 * counterpart's country for theirs, in the document's language ("Hải quan Việt Nam", "Hoa Kỳ").
 * Never the side's bare label: "Delegation of Our side" names nobody.
 */
export function sideName(one: OneLanguage, meeting: Meeting, participants: readonly Participant[], side: MeetingSide): string {
  const delegation = attendingDelegation(participants, side);
  const headOrganisation = headOfDelegation(delegation)?.organisation ?? '';
  if (headOrganisation) return headOrganisation;
  const counts = new Map<string, number>();
  for (const p of delegation) if (p.organisation) counts.set(p.organisation, (counts.get(p.organisation) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1]);
  if (common) return common[0];
  if (side === 'own') return one.label('common.ourAdministration');
  return one.fmt.countryName(meeting.counterpartCountry) || one.value('meetingSide', side);
}

/** Both sides' names in every language of the document, " / "-joined where they differ (values: an owner, the letter's From and To). */
export function sideNames(w: DocumentWords, meeting: Meeting, participants: readonly Participant[]): Record<MeetingSide, string> {
  return {
    own: w.joined((one) => sideName(one, meeting, participants, 'own')),
    counterpart: w.joined((one) => sideName(one, meeting, participants, 'counterpart')),
  };
}

/**
 * A label naming a side (`{{name}}`), each language with the side's name in its own words:
 * "Delegation of Vietnam Customs / Đoàn Hải quan Việt Nam", not both names in both sentences.
 */
export function sideLabel(w: DocumentWords, meeting: Meeting, participants: readonly Participant[], side: MeetingSide, key: string): string {
  return w.joined((one) => one.label(key, { name: sideName(one, meeting, participants, side) }));
}

/**
 * The meeting's start and end on the wall clock of `zone`, with its UTC offset on that date:
 * "10 Mar 2026, 09:00–16:00 (Ho Chi Minh time, UTC+7)"; a meeting that crosses midnight there
 * gives both days. The zone database decides each date's offset (Washington UTC−5 in January,
 * UTC−4 in July).
 */
export function meetingTimeIn(one: OneLanguage, meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, zone: string): string {
  const start = zonedTime(meeting.startsAt, zone);
  const end = zonedTime(meeting.endsAt, zone);
  const when =
    start.date === end.date
      ? `${one.fmt.date(start.date)}, ${start.time}–${end.time}`
      : `${one.fmt.date(start.date)} ${start.time} – ${one.fmt.date(end.date)} ${end.time}`;
  const offset = start.offset === end.offset ? start.offset : `${start.offset} / ${end.offset}`;
  return one.label('common.timeIn', { when, place: zoneCity(zone), offset });
}

/** The zones the meeting's time is given in: the venue's, then the other capital's when it differs. */
export function meetingZones(meeting: Pick<Meeting, 'timeZone' | 'counterpartTimeZone'>): string[] {
  return meeting.counterpartTimeZone && meeting.counterpartTimeZone !== meeting.timeZone ? [meeting.timeZone, meeting.counterpartTimeZone] : [meeting.timeZone];
}

/** The classification marking in capitals in each language; none when public. */
export function classificationMarking(w: DocumentWords, meeting: Pick<Meeting, 'classification'>): string | undefined {
  if (meeting.classification === 'public') return undefined;
  return w.joined((one) => one.value('confidentiality', meeting.classification).toLocaleUpperCase(one.lang));
}
