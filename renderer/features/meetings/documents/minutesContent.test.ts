import { describe, expect, it } from 'vitest';
import { documentWords } from './documentWords';
import { meetingTimeIn } from './meetingParts';
import { defaultMinutesKind, minutesContent } from './minutesContent';
import { documentsI18n, julyMeeting } from './testMeeting';

const i18n = documentsI18n();
const en = documentWords(i18n, 'en');

describe('minutesContent', () => {
  it('puts every decision, note and action item under its agenda item, the agenda in order, lines under no item in "General"', () => {
    const c = minutesContent(julyMeeting(), en, 'joint');
    expect(c.sections.map((s) => s.heading)).toEqual(['General', '1. Origin verification cooperation', '2. Risk management']);
    const [general, origin, risk] = c.sections;
    expect(general!.decisions).toEqual([{ id: 'd-general', kind: 'Noted', text: 'The adoption of the agenda.' }]);
    expect(origin!.decisions.map((d) => d.kind)).toEqual(['Deferred']);
    expect(origin!.notes.map((n) => n.text)).toEqual(['CBP raised 14 pending verifications.']);
    expect(origin!.actionItems).toEqual([
      {
        id: 'a-origin',
        reference: 'AI-2026-015',
        text: 'Send the list of pending verifications.',
        owner: 'U.S. Customs and Border Protection — Office of Trade',
        due: 'No date',
        status: 'In progress',
      },
    ]);
    expect(risk!.decisions.map((d) => d.text)).toEqual(['Exchange updated risk lists quarterly.']);
    expect(risk!.actionItems.map((a) => [a.reference, a.owner, a.due])).toEqual([['AI-2026-014', 'Vietnam Customs — Risk Management Department', '30 Sep 2026']]);
    expect(risk!.lead).toBe('Presented by: Vietnam Customs');
    expect(risk!.summary).toBe('Both sides presented their risk profiles.');
    const all = c.sections.flatMap((s) => [...s.decisions.map((d) => d.id), ...s.actionItems.map((a) => a.id)]);
    expect(all.sort()).toEqual(['a-origin', 'a-risk', 'd-general', 'd-origin', 'd-risk']);
  });

  it('lists only those who attended, heads first, names in their own order with the family name in capitals', () => {
    const c = minutesContent(julyMeeting(), en, 'joint');
    const [own, counterpart] = c.delegations;
    expect(own!.heading).toBe('Delegation of Vietnam Customs');
    expect(own!.members.map((m) => [m.name, m.role])).toEqual([
      ['NGUYỄN Văn Cẩn', 'Head of delegation'],
      ['TRẦN Thị Mai', 'Member'],
    ]);
    expect(counterpart!.heading).toBe('Delegation of U.S. Customs and Border Protection');
    expect(counterpart!.members.map((m) => m.name)).toEqual(['John SMITH']);
    expect(JSON.stringify(c)).not.toMatch(/Vắng|Jane/);
  });

  it('names a delegation whose members have no organisation by our administration, or the counterpart’s country, never "Our side"', () => {
    const bundle = julyMeeting();
    const untyped = { ...bundle, participants: bundle.participants.map((p) => ({ ...p, organisation: '' })) };
    const en = minutesContent(untyped, documentWords(i18n, 'en'), 'joint');
    expect(en.delegations.map((d) => d.heading)).toEqual(['Delegation of Vietnam Customs', 'Delegation of United States']);
    expect(en.signatures!.map((s) => s.heading)).toEqual(['For the delegation of Vietnam Customs', 'For the delegation of United States']);
    expect(en.sections[2]!.lead).toBe('Presented by: Vietnam Customs');
    expect(en.exchanged[0]).toBe('Risk list — High-risk HS codes, Q2 2026 — handed over by Vietnam Customs');
    expect(JSON.stringify(en)).not.toMatch(/Our side|Counterpart/);
    const vi = minutesContent(untyped, documentWords(i18n, 'vi'), 'joint');
    expect(vi.delegations.map((d) => d.heading)).toEqual(['Đoàn Hải quan Việt Nam', 'Đoàn Hoa Kỳ']);
    expect(vi.signatures!.map((s) => s.heading)).toEqual(['Thay mặt Đoàn Hải quan Việt Nam', 'Thay mặt Đoàn Hoa Kỳ']);
    expect(vi.sections[2]!.lead).toBe('Bên trình bày: Hải quan Việt Nam');
    expect(JSON.stringify(vi)).not.toMatch(/Phía ta|Phía bạn/);
  });

  it('names each side in each language’s own words in a bilingual document', () => {
    const bundle = julyMeeting();
    const untyped = { ...bundle, participants: bundle.participants.map((p) => ({ ...p, organisation: '' })) };
    const both = minutesContent(untyped, documentWords(i18n, 'bilingual'), 'joint');
    expect(both.delegations.map((d) => d.heading)).toEqual(['Delegation of Vietnam Customs / Đoàn Hải quan Việt Nam', 'Delegation of United States / Đoàn Hoa Kỳ']);
    expect(both.facts).toContainEqual(['Host / Chủ trì', 'Vietnam Customs / Hải quan Việt Nam']);
    const typed = minutesContent(bundle, documentWords(i18n, 'bilingual'), 'joint');
    expect(typed.delegations[1]!.heading).toBe('Delegation of U.S. Customs and Border Protection / Đoàn U.S. Customs and Border Protection');
  });

  it('gives the time in both zones, Washington on UTC−4 in July and UTC−5 in January', () => {
    const july = minutesContent(julyMeeting(), en, 'joint').facts;
    expect(july).toContainEqual(['Time at the venue', '14 Jul 2026, 09:00–16:30 (Ho Chi Minh time, UTC+7)']);
    expect(july).toContainEqual(['Time in the other capital', '13 Jul 2026 22:00 – 14 Jul 2026 05:30 (New York time, UTC\u22124)']);
    const bundle = julyMeeting();
    const january = minutesContent({ ...bundle, meeting: { ...bundle.meeting, startsAt: '2026-01-14T02:00:00.000Z', endsAt: '2026-01-14T09:30:00.000Z' } }, en, 'joint').facts;
    expect(january).toContainEqual(['Time at the venue', '14 Jan 2026, 09:00–16:30 (Ho Chi Minh time, UTC+7)']);
    expect(january).toContainEqual(['Time in the other capital', '13 Jan 2026 21:00 – 14 Jan 2026 04:30 (New York time, UTC\u22125)']);
  });

  it('gives one time when both delegations share a zone', () => {
    const bundle = julyMeeting();
    const c = minutesContent({ ...bundle, meeting: { ...bundle.meeting, counterpartTimeZone: 'Asia/Ho_Chi_Minh' } }, en, 'joint');
    expect(c.facts.filter(([label]) => label.startsWith('Time'))).toHaveLength(1);
  });

  it('has both heads sign joint minutes, and no signature block on a unilateral record', () => {
    const joint = minutesContent(julyMeeting(), en, 'joint');
    expect(joint.title).toEqual(['Joint Minutes of the CMAA Joint Committee, 5th session']);
    expect(joint.signatures).toEqual([
      { side: 'own', heading: 'For the delegation of Vietnam Customs', name: 'NGUYỄN Văn Cẩn', title: 'Deputy Director General' },
      { side: 'counterpart', heading: 'For the delegation of U.S. Customs and Border Protection', name: 'John SMITH', title: 'Director, Trade Enforcement' },
    ]);
    const record = minutesContent(julyMeeting(), en, 'unilateral');
    expect(record.title).toEqual(['Record of the meeting']);
    expect(record.subtitle).toBe('CMAA Joint Committee, 5th session');
    expect(record.signatures).toBeNull();
  });

  it('says both languages in a bilingual document, and only Vietnamese in a Vietnamese one', () => {
    const both = minutesContent(julyMeeting(), documentWords(i18n, 'bilingual'), 'joint');
    expect(both.title).toEqual(['Joint Minutes of the CMAA Joint Committee, 5th session', 'Biên bản chung CMAA Joint Committee, 5th session']);
    expect(both.sections[0]!.heading).toBe('General / Nội dung chung');
    expect(both.sections[1]!.decisions[0]!.kind).toBe('Deferred / Hoãn lại');
    expect(both.marking).toBe('OFFICIAL USE ONLY / CHỈ SỬ DỤNG TRONG CÔNG VỤ');
    const vi = minutesContent(julyMeeting(), documentWords(i18n, 'vi'), 'unilateral');
    expect(vi.title).toEqual(['Biên bản ghi nhớ (đơn phương)']);
    expect(vi.facts).toContainEqual(['Giờ tại nơi họp', '14 thg 7, 2026, 09:00–16:30 (giờ Ho Chi Minh, UTC+7)']);
    expect(JSON.stringify(vi)).not.toMatch(/Delegation of|"heading":"General"|Presented by/);
  });

  it('lists the items exchanged and the next meeting, and marks draft minutes', () => {
    const c = minutesContent(julyMeeting(), en, 'joint');
    expect(c.exchanged).toEqual(['Risk list — High-risk HS codes, Q2 2026 — handed over by Vietnam Customs']);
    expect(c.nextMeeting).toEqual([
      ['Date', '10 Mar 2027'],
      ['Note', 'Washington, D.C.'],
    ]);
    expect(c.draft).toBe('');
    const bundle = julyMeeting();
    expect(minutesContent({ ...bundle, meeting: { ...bundle.meeting, minutesStatus: 'draft' } }, en, 'joint').draft).toBe('Draft — not agreed');
  });

  it('defaults to joint minutes once they are agreed or sent for comments', () => {
    expect(defaultMinutesKind('agreedJointMinutes')).toBe('joint');
    expect(defaultMinutesKind('sentForComments')).toBe('joint');
    expect(defaultMinutesKind('draft')).toBe('unilateral');
    expect(defaultMinutesKind('unilateralRecord')).toBe('unilateral');
  });

  it('gives both days of a meeting crossing midnight on one side', () => {
    expect(meetingTimeIn(en.first, { startsAt: '2026-07-14T13:00:00.000Z', endsAt: '2026-07-14T14:00:00.000Z' }, 'Asia/Ho_Chi_Minh')).toBe(
      '14 Jul 2026, 20:00–21:00 (Ho Chi Minh time, UTC+7)',
    );
    expect(meetingTimeIn(en.first, { startsAt: '2026-07-14T16:30:00.000Z', endsAt: '2026-07-14T17:30:00.000Z' }, 'Asia/Ho_Chi_Minh')).toBe(
      '14 Jul 2026 23:30 – 15 Jul 2026 00:30 (Ho Chi Minh time, UTC+7)',
    );
  });
});
