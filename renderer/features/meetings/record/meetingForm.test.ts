import { describe, expect, it } from 'vitest';
import { meetingSchema, participantSchema, agendaItemSchema, contactSchema } from '../../../../shared/domain';
import type { Change } from '../../../db';
import type { MeetingBundle } from '../data/meetingData';
import { bundleToFormValues, emptyMeetingFormValues, emptyParticipant, meetingChanges, meetingFormSchema, type MeetingFormValues } from './meetingForm';

/** The fields a change writes, typed as the test reads them (a delete writes none). */
function written<T extends object = Record<string, unknown>>(change: Change | undefined): T {
  return (change?.op === 'put' ? change.fields : {}) as T;
}

const ids = (() => {
  let n = 0;
  return () => `0190a000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
})();

function filledForm(): MeetingFormValues {
  const values = emptyMeetingFormValues('2027-01-20', 'America/New_York', 'Asia/Ho_Chi_Minh');
  return {
    ...values,
    title: 'CMAA Joint Committee, 3rd session',
    counterpartCountry: 'VN',
    startTime: '08:00',
    endTime: '10:30',
    participants: [
      { ...emptyParticipant(ids(), 'own'), familyName: 'Smith', givenName: 'John', role: 'head' },
      { ...emptyParticipant(ids(), 'counterpart'), familyName: 'Nguyễn', givenName: 'Văn Cẩn', nameOrder: 'familyFirst', role: 'head', organisation: 'Vietnam Customs' },
    ],
    agenda: [
      { id: ids(), title: 'Origin verification', leadSide: 'counterpart', discussionSummary: '' },
      { id: ids(), title: 'Risk list exchange', leadSide: '', discussionSummary: '' },
    ],
  };
}

const parse = (values: MeetingFormValues) => meetingFormSchema.parse(values);

describe('the meeting form', () => {
  it('stores the times typed on the venue clock as instants, and reads them back the same', () => {
    const changes = meetingChanges({ before: null, meetingId: ids(), values: parse(filledForm()), newId: ids });
    const meeting = changes.find((c) => c.table === 'meetings');
    expect(meeting).toMatchObject({ op: 'put', fields: { startsAt: '2027-01-20T13:00:00.000Z', endsAt: '2027-01-20T15:30:00.000Z' } });
    expect(meetingSchema.safeParse({ ...written(meeting), id: meeting!.id, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z' }).success).toBe(true);
  });

  it('refuses an end before the start and a delegation member without a name', () => {
    const early = meetingFormSchema.safeParse({ ...filledForm(), endTime: '07:00' });
    expect(early.error?.issues.map((i) => i.path.join('.'))).toEqual(['endTime']);
    const nameless = filledForm();
    nameless.participants[0] = { ...nameless.participants[0]!, familyName: '', givenName: '' };
    expect(meetingFormSchema.safeParse(nameless).error?.issues.map((i) => i.path.join('.'))).toEqual(['participants.0.familyName']);
  });

  it('numbers the agenda in the form order and makes contacts of members typed by hand', () => {
    const meetingId = ids();
    const changes = meetingChanges({ before: null, meetingId, values: parse(filledForm()), newId: ids });
    const agenda = changes.filter((c) => c.table === 'agendaItems').map((c) => written<{ position: number; title: string; leadSide: unknown }>(c));
    expect(agenda.map((a) => [a.position, a.title, a.leadSide])).toEqual([
      [1, 'Origin verification', 'counterpart'],
      [2, 'Risk list exchange', null],
    ]);
    const contacts = changes.filter((c) => c.table === 'contacts');
    const people = changes.filter((c) => c.table === 'participants').map((c) => written<{ contactId: string }>(c));
    expect(contacts.map((c) => c.id).sort()).toEqual(people.map((p) => p.contactId).sort());
    const counterpart = contacts.map((c) => written<Record<string, unknown>>(c)).find((f) => f.side === 'counterpart')!;
    expect(counterpart).toMatchObject({ familyName: 'Nguyễn', country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' });
    for (const c of contacts) expect(contactSchema.safeParse({ ...written(c), id: c.id }).success).toBe(true);
    for (const c of changes.filter((x) => x.table === 'participants')) expect(participantSchema.safeParse({ ...written(c), id: c.id }).success).toBe(true);
    for (const c of changes.filter((x) => x.table === 'agendaItems')) expect(agendaItemSchema.safeParse({ ...written(c), id: c.id }).success).toBe(true);
  });

  it('on an edit writes only what changed, and deletes the rows taken out', () => {
    const meetingId = ids();
    const first = meetingChanges({ before: null, meetingId, values: parse(filledForm()), newId: ids });
    const fieldsOf = (table: string) => first.filter((c) => c.table === table).map((c) => ({ ...written(c), id: c.id }));
    const bundle = {
      meeting: { ...fieldsOf('meetings')[0], createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z' },
      participants: fieldsOf('participants'),
      agendaItems: fieldsOf('agendaItems'),
      decisions: [],
      notes: [],
      actionItems: [],
    } as unknown as MeetingBundle;
    const values = bundleToFormValues(bundle);
    expect(values).toMatchObject({ startDate: '2027-01-20', startTime: '08:00', endTime: '10:30' });
    expect(meetingChanges({ before: bundle, meetingId, values: parse(values), newId: ids })).toEqual([]);

    const edited = { ...values, venue: 'Ronald Reagan Building', agenda: [values.agenda[1]!], participants: values.participants };
    const changes = meetingChanges({ before: bundle, meetingId, values: parse(edited), newId: ids });
    expect(changes).toEqual([
      { table: 'meetings', id: meetingId, op: 'put', fields: { venue: 'Ronald Reagan Building' } },
      { table: 'agendaItems', id: values.agenda[1]!.id, op: 'put', fields: { position: 1 } },
      { table: 'agendaItems', id: values.agenda[0]!.id, op: 'delete' },
    ]);
  });
});

describe('a delegation member typed by hand', () => {
  it('starts in the name order of their side: ours family name first, the counterpart’s by their country', () => {
    expect(emptyParticipant('p1', 'own').nameOrder).toBe('familyFirst');
    expect(emptyParticipant('p2', 'counterpart', 'US').nameOrder).toBe('givenFirst');
    expect(emptyParticipant('p3', 'counterpart', 'KR').nameOrder).toBe('familyFirst');
    expect(emptyParticipant('p4', 'counterpart').nameOrder).toBe('givenFirst');
  });
});
