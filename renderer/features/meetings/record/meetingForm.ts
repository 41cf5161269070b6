// The meeting form's values and their mapping to the records: the meeting itself, its two
// delegations (participants), its agenda and the items exchanged. Times are typed on the venue's
// clock (date and HH:mm) and stored as instants; new delegation members become contacts.
import { z } from 'zod';
import { currentZoneName, instantFromWallClock, zonedTime } from '../../../../shared/dates';
import {
  agendaItemSchema,
  exchangedItemSchema,
  meetingFieldsSchema,
  meetingSides,
  msg,
  participantFieldsSchema,
  usualNameOrder,
  type AgendaItem,
  type Contact,
  type Meeting,
  type Participant,
} from '../../../../shared/domain';
import type { Change } from '../../../db';
import type { MeetingBundle } from '../data/meetingData';

const { id: _id, startsAt: _s, endsAt: _e, caseIds: _c, createdAt: _ca, updatedAt: _ua, itemsExchanged: _ie, ...meetingFields } = meetingFieldsSchema.shape;
const { meetingId: _m, ...participantFields } = participantFieldsSchema.shape;
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg.dateTimeFormat);
const dateText = meetingFieldsSchema.shape.nextMeetingOn.unwrap();

export const participantFormSchema = z.object(participantFields).superRefine((p, ctx) => {
  if (p.familyName === '' && p.givenName === '') ctx.addIssue({ code: 'custom', path: ['familyName'], message: msg.required });
});

const agendaFormSchema = z.object({
  id: agendaItemSchema.shape.id,
  title: agendaItemSchema.shape.title,
  /** '' for a joint item. */
  leadSide: z.union([z.literal(''), z.enum(meetingSides)]),
  discussionSummary: agendaItemSchema.shape.discussionSummary,
});

const exchangedFormSchema = exchangedItemSchema.extend({
  /** '' when the item is not an imported risk list. */
  riskListId: z.string(),
});

export const meetingFormSchema = z
  .object({
    ...meetingFields,
    startDate: dateText,
    startTime: timeSchema,
    endDate: dateText,
    endTime: timeSchema,
    participants: z.array(participantFormSchema),
    agenda: z.array(agendaFormSchema),
    itemsExchanged: z.array(exchangedFormSchema),
  })
  .superRefine((v, ctx) => {
    const starts = safeInstant(v.startDate, v.startTime, v.timeZone);
    const ends = safeInstant(v.endDate, v.endTime, v.timeZone);
    if (starts && ends && ends < starts) ctx.addIssue({ code: 'custom', path: ['endTime'], message: msg.dateOrder });
  });

export type MeetingFormValues = z.input<typeof meetingFormSchema>;
export type MeetingFormOutput = z.output<typeof meetingFormSchema>;
export type ParticipantFormValues = MeetingFormValues['participants'][number];

function safeInstant(date: string, time: string, zone: string): string | null {
  try {
    return instantFromWallClock(date, time, zone);
  } catch {
    return null;
  }
}

/** A new meeting: a video call from Washington with Hanoi, an hour long, drafted minutes. */
export function emptyMeetingFormValues(today: string, zone: string, counterpartZone: string): MeetingFormValues {
  return {
    title: '',
    type: 'committeeSession',
    framework: 'CMAA',
    sessionNo: '',
    status: 'planned',
    startDate: today,
    startTime: '09:00',
    endDate: today,
    endTime: '12:00',
    timeZone: zone,
    counterpartTimeZone: counterpartZone,
    venue: '',
    mode: 'inPerson',
    hostSide: 'own',
    counterpartCountry: '',
    nextMeetingOn: null,
    nextMeetingNote: '',
    minutesStatus: 'draft',
    classification: 'officialUse',
    participants: [],
    agenda: [],
    itemsExchanged: [],
  };
}

/**
 * A member typed by hand. Their name order starts as their country writes names: ours family name
 * first (the app's own administration is Vietnam Customs, see `common.ourAdministration`), the
 * counterpart's by `counterpartCountry` (a US delegate given name first, a Korean family name first).
 */
export function emptyParticipant(id: string, side: Participant['side'], counterpartCountry = ''): ParticipantFormValues {
  const nameOrder = side === 'own' ? 'familyFirst' : usualNameOrder(counterpartCountry);
  return { id, side, familyName: '', givenName: '', nameOrder, title: '', organisation: '', role: 'member', contactId: null, attended: true };
}

/** A delegation member taken from the directory: the contact's names, title and organisation. */
export function participantFromContact(id: string, side: Participant['side'], c: Contact): ParticipantFormValues {
  return { id, side, familyName: c.familyName, givenName: c.givenName, nameOrder: c.nameOrder, title: c.title, organisation: c.organisation, role: 'member', contactId: c.id, attended: true };
}

export function bundleToFormValues({ meeting, participants, agendaItems }: MeetingBundle): MeetingFormValues {
  const { id: _i, startsAt, endsAt, caseIds: _ci, createdAt: _c, updatedAt: _u, itemsExchanged, ...rest } = meeting;
  const start = zonedTime(startsAt, meeting.timeZone);
  const end = zonedTime(endsAt, meeting.timeZone);
  return {
    ...rest,
    // A meeting saved with a zone's old name ("Asia/Saigon") opens with the name the list offers.
    timeZone: currentZoneName(meeting.timeZone),
    counterpartTimeZone: currentZoneName(meeting.counterpartTimeZone),
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    participants: participants.map(({ meetingId: _m2, ...p }) => p),
    agenda: agendaItems.map((a) => ({ id: a.id, title: a.title, leadSide: a.leadSide ?? '', discussionSummary: a.discussionSummary })),
    itemsExchanged: itemsExchanged.map((item) => ({ ...item, riskListId: item.riskListId ?? '' })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A put of only what changed (everything for a new record); null when nothing did. */
function putChange<T extends { id: string }>(table: Change['table'], before: T | undefined, after: T): Change | null {
  const { id, ...fields } = after;
  if (!before) return { table, id, op: 'put', fields };
  const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, before[key as keyof T])));
  return Object.keys(changed).length === 0 ? null : { table, id, op: 'put', fields: changed };
}

/** The rows of a list after the form: puts for new and edited rows, deletes for the removed. */
function listChanges<T extends { id: string }>(table: Change['table'], before: readonly T[], after: readonly T[]): Change[] {
  const old = new Map(before.map((row) => [row.id, row]));
  const kept = new Set(after.map((row) => row.id));
  return [
    ...after.map((row) => putChange(table, old.get(row.id), row)).filter((c): c is Change => c !== null),
    ...before.filter((row) => !kept.has(row.id)).map((row): Change => ({ table, id: row.id, op: 'delete' })),
  ];
}

export interface MeetingSaveInput {
  /** The meeting as the form opened it; null for a new one. */
  before: MeetingBundle | null;
  meetingId: string;
  values: MeetingFormOutput;
  /** Ids for the contacts made from new delegation members. */
  newId: () => string;
}

/**
 * The changes that save the form, in one commit: the meeting (only changed fields on an edit, so
 * a field synced meanwhile from a colleague's laptop is kept), its participants and agenda items
 * (positions from the form's order), and a contact for every delegation member typed by hand,
 * so the directory learns the people the attaché meets.
 */
export function meetingChanges({ before, meetingId, values, newId }: MeetingSaveInput): Change[] {
  const { startDate, startTime, endDate, endTime, participants, agenda, itemsExchanged, ...fields } = values;
  const meeting: Omit<Meeting, 'createdAt' | 'updatedAt'> = {
    ...fields,
    id: meetingId,
    startsAt: instantFromWallClock(startDate, startTime, fields.timeZone),
    endsAt: instantFromWallClock(endDate, endTime, fields.timeZone),
    itemsExchanged: itemsExchanged.map((item) => ({ ...item, riskListId: item.riskListId === '' ? null : item.riskListId })),
    caseIds: before?.meeting.caseIds ?? [],
  };
  const contacts: Change[] = [];
  const members: Participant[] = participants.map((p) => {
    if (p.contactId !== null) return { ...p, meetingId };
    const contactId = newId();
    const contact: Omit<Contact, 'id'> = {
      familyName: p.familyName,
      givenName: p.givenName,
      nameOrder: p.nameOrder,
      title: p.title,
      organisation: p.organisation,
      unit: '',
      country: p.side === 'counterpart' ? fields.counterpartCountry : '',
      side: p.side,
      topics: [],
      email: '',
      phone: '',
      mobile: '',
      timeZone: p.side === 'counterpart' ? fields.counterpartTimeZone : '',
      notes: '',
    };
    contacts.push({ table: 'contacts', id: contactId, op: 'put', fields: contact });
    return { ...p, meetingId, contactId };
  });
  const oldAgenda = new Map(before?.agendaItems.map((a) => [a.id, a]));
  const items: AgendaItem[] = agenda.map((a, i) => ({
    id: a.id,
    meetingId,
    position: i + 1,
    title: a.title,
    leadSide: a.leadSide === '' ? null : a.leadSide,
    discussionSummary: a.discussionSummary,
    caseIds: oldAgenda.get(a.id)?.caseIds ?? [],
  }));
  const meetingChange = putChange('meetings', before?.meeting, meeting as Meeting);
  return [
    ...(meetingChange ? [meetingChange] : []),
    ...contacts,
    ...listChanges('participants', before?.participants ?? [], members),
    ...listChanges('agendaItems', before?.agendaItems ?? [], items),
  ];
}
