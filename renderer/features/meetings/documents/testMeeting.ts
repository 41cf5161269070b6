import i18next from 'i18next';
import type { ActionItem, AgendaItem, Decision, MeetingNote, Participant } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { printLocales } from '../../../print';
import { recordsLocales } from '../../../records';
import type { MeetingBundle } from '../data/meetingData';
import { meetingDocumentsLocales } from './locales';

/** An i18next instance with the documents', records' and print words, the UI in English (tests only). */
export function documentsI18n() {
  const instance = i18next.createInstance();
  const bundle = (lng: 'en' | 'vi') => ({ ...meetingDocumentsLocales[lng], ...recordsLocales[lng], ...printLocales[lng] });
  void instance.init({
    resources: { en: { translation: bundle('en') }, vi: { translation: bundle('vi') } },
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const meetingId = sampleRecords.meetings.id;
const person = (id: string, fields: Partial<Participant>): Participant => ({ ...sampleRecords.participants, id, contactId: null, ...fields });
const item = (id: string, position: number, title: string, fields: Partial<AgendaItem> = {}): AgendaItem => ({
  ...sampleRecords.agendaItems,
  id,
  position,
  title,
  ...fields,
});
const decision = (id: string, agendaItemId: string | null, kind: Decision['kind'], text: string): Decision => ({ id, meetingId, agendaItemId, kind, text });
const note = (id: string, agendaItemId: string | null, text: string, capturedAt: string): MeetingNote => ({ id, meetingId, agendaItemId, text, capturedAt });
const action = (id: string, reference: string, agendaItemId: string | null, fields: Partial<ActionItem> = {}): ActionItem => ({
  ...sampleRecords.actionItems,
  id,
  reference,
  agendaItemId,
  ...fields,
});

/**
 * A VN–US committee session in Hanoi held in July (Washington on UTC−4): two agenda items given
 * out of order, lines under each and one under no item, an absent member on each side.
 */
export function julyMeeting(): MeetingBundle {
  return {
    meeting: {
      ...sampleRecords.meetings,
      status: 'held',
      startsAt: '2026-07-14T02:00:00.000Z',
      endsAt: '2026-07-14T09:30:00.000Z',
      itemsExchanged: [{ kind: 'riskList', direction: 'given', description: 'High-risk HS codes, Q2 2026', riskListId: null }],
      nextMeetingOn: '2027-03-10',
      nextMeetingNote: 'Washington, D.C.',
      minutesStatus: 'agreedJointMinutes',
    },
    participants: [
      person('p-own-member', { familyName: 'Trần', givenName: 'Thị Mai', role: 'member', title: 'Officer', organisation: 'Vietnam Customs' }),
      person('p-own-head', { familyName: 'Nguyễn', givenName: 'Văn Cẩn', role: 'head', title: 'Deputy Director General' }),
      person('p-own-absent', { familyName: 'Lê', givenName: 'Văn Vắng', role: 'member', attended: false }),
      person('p-us-head', {
        side: 'counterpart',
        familyName: 'Smith',
        givenName: 'John',
        nameOrder: 'givenFirst',
        role: 'head',
        title: 'Director, Trade Enforcement',
        organisation: 'U.S. Customs and Border Protection',
      }),
      person('p-us-absent', { side: 'counterpart', familyName: 'Doe', givenName: 'Jane', nameOrder: 'givenFirst', role: 'observer', attended: false }),
    ],
    agendaItems: [
      item('item-2', 2, 'Risk management', { leadSide: 'own', discussionSummary: 'Both sides presented their risk profiles.' }),
      item('item-1', 1, 'Origin verification cooperation'),
    ],
    decisions: [
      decision('d-risk', 'item-2', 'agreed', 'Exchange updated risk lists quarterly.'),
      decision('d-origin', 'item-1', 'deferred', 'Joint verification visits to be discussed in 2027.'),
      decision('d-general', null, 'noted', 'The adoption of the agenda.'),
    ],
    notes: [note('n-origin', 'item-1', 'CBP raised 14 pending verifications.', '2026-07-14T03:00:00.000Z')],
    actionItems: [
      action('a-risk', 'AI-2026-014', 'item-2', { owner: 'Risk Management Department', dueDate: '2026-09-30' }),
      action('a-origin', 'AI-2026-015', 'item-1', {
        ownerSide: 'counterpart',
        owner: 'Office of Trade',
        dueDate: null,
        status: 'inProgress',
        text: 'Send the list of pending verifications.',
      }),
    ],
  };
}
