// Deterministic, realistic meetings and action items for the meetings bench: an attaché office's
// years of bilateral meetings, the action items they (and cases) raised, due around `today` so the
// dashboard and the tracker have real overdue and due-this-week work, and the one large meeting
// meeting mode is typed into (200 notes). test/unit/syntheticMeetings.test.ts validates them with
// the shared schemas, so the generator cannot drift from them.
import type { ActionItem, ActionItemStatus, AgendaItem, Case, Decision, Meeting, MeetingNote, Participant, VerificationRequest } from '../shared/domain';
import { formatActionItemReference } from '../shared/domain';
import { pick, prng } from './syntheticCases';
import { addDays } from './syntheticRequestParts';
import type { NewId } from './syntheticRequests';
import type { MeetingBundle } from '../renderer/features/meetings/data/meetingData';

/** The counterpart's capital's zone, for both sides' clocks. */
const counterparts = [
  { country: 'US', zone: 'America/New_York', partner: 'U.S. Customs and Border Protection' },
  { country: 'KR', zone: 'Asia/Seoul', partner: 'Korea Customs Service' },
  { country: 'CN', zone: 'Asia/Shanghai', partner: 'General Administration of Customs of China' },
  { country: 'TH', zone: 'Asia/Bangkok', partner: 'Thai Customs Department' },
  { country: 'KH', zone: 'Asia/Phnom_Penh', partner: 'General Department of Customs and Excise of Cambodia' },
  { country: 'IN', zone: 'Asia/Kolkata', partner: 'Central Board of Indirect Taxes and Customs' },
] as const;

const meetingKinds = [
  { type: 'committeeSession', title: (p: string, n: number) => `CMAA Joint Committee with ${p}, session ${n}` },
  { type: 'workingGroup', title: (p: string, n: number) => `Working group on origin verification with ${p} (${n})` },
  { type: 'technicalMeeting', title: (p: string, n: number) => `Technical meeting on transshipment risk with ${p} (${n})` },
  { type: 'videoCall', title: (p: string, n: number) => `Video call with ${p} on pending verification requests (${n})` },
  { type: 'delegationVisit', title: (p: string, n: number) => `Delegation visit of ${p}, round ${n}` },
] as const;

// Owners as offices write them: units of either side and named officers, some in Vietnamese, so
// the tracker's owner search ("phong kiem tra" finds "Phòng Kiểm tra sau thông quan") has work.
const ownOwners = ['Phòng Kiểm tra sau thông quan', 'Post-Clearance Audit Department', 'Risk Management Department', 'Cục Điều tra chống buôn lậu', 'Nguyễn Văn An', 'Trần Thị Bích', 'Customs attaché office'];
const counterpartOwners = ['Office of Trade, CBP', 'Trade Remedies Directorate', 'Origin Verification Division', 'John Carter', 'Regional audit team', ''];

const actionTexts = [
  'Send the updated list of high-risk exporters of plywood.',
  'Reply to the verification request on steel wire with the producer’s purchase records.',
  'Share the statistics of imports of solar cells for the last two quarters.',
  'Arrange a joint visit to the producer’s factory in the industrial zone.',
  'Confirm the focal points for origin verification and their secure email addresses.',
  'Provide the translation of the C/O issuing rules adopted last year.',
  'Check the bills of lading of the aluminium extrusions shipments against the declared route.',
  'Propose dates for the next working group session.',
  'Send the draft joint minutes for comments.',
  'Report on the outcome of the EAPA investigation on quartz surface products.',
];
// Work not yet long due: 35% open, 20% in progress, 30% done, 10% cancelled, 5% superseded.
const statusWeights: [ActionItemStatus, number][] = [
  ['open', 0.35],
  ['inProgress', 0.55],
  ['done', 0.85],
  ['cancelled', 0.95],
  ['superseded', 1],
];
const statusOf = (r: number): ActionItemStatus => statusWeights.find(([, upTo]) => r < upTo)![0];

/** `YYYY-MM-DD` at 02:00 UTC (09:00 in Hanoi), as an instant. */
const morningOf = (day: string, hours = 2) => `${day}T${String(hours).padStart(2, '0')}:00:00.000Z`;

/**
 * `count` meetings over the three years before `today` (held or, for a few, cancelled) and the
 * coming three months (planned); none on `today` itself, the day of `largeMeeting`.
 */
export function syntheticMeetings(count: number, today: string, newId: NewId, seed = 11): Meeting[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const side = pick(rand, counterparts);
    const kind = pick(rand, meetingKinds);
    // One in twelve ahead of today, the rest behind it, back to three years ago.
    const future = rand() < 1 / 12;
    const day = addDays(today, future ? 1 + Math.floor(rand() * 90) : -(1 + Math.floor(rand() * 1095)));
    const startsAt = morningOf(day);
    const status = future ? 'planned' : rand() < 0.06 ? 'cancelled' : 'held';
    const created = `${addDays(day, -30)}T03:00:00.000Z`;
    return {
      id: newId(),
      title: kind.title(side.partner, i + 1),
      type: kind.type,
      framework: 'CMAA',
      sessionNo: kind.type === 'committeeSession' ? String(i + 1) : '',
      status,
      startsAt,
      endsAt: morningOf(day, 9),
      timeZone: 'Asia/Ho_Chi_Minh',
      counterpartTimeZone: side.zone,
      venue: kind.type === 'videoCall' ? '' : pick(rand, ['Tổng cục Hải quan, Hà Nội', 'Embassy of Viet Nam, Washington', 'WCO headquarters, Brussels']),
      mode: kind.type === 'videoCall' ? 'virtual' : pick(rand, ['inPerson', 'hybrid'] as const),
      hostSide: pick(rand, ['own', 'counterpart', 'thirdParty'] as const),
      counterpartCountry: side.country,
      itemsExchanged: [],
      nextMeetingOn: null,
      nextMeetingNote: '',
      minutesStatus: status === 'held' ? pick(rand, ['draft', 'sentForComments', 'agreedJointMinutes', 'agreedJointMinutes', 'unilateralRecord'] as const) : 'draft',
      classification: 'officialUse',
      caseIds: [],
      createdAt: created,
      updatedAt: created,
    };
  });
}

export interface ActionItemLinks {
  meetings: readonly Pick<Meeting, 'id' | 'startsAt' | 'status'>[];
  cases: readonly Pick<Case, 'id'>[];
  requests: readonly Pick<VerificationRequest, 'id'>[];
}

/**
 * `count` action items: 85% raised at the meetings held (on the meeting's day), the rest from cases
 * and requests over the same three years; each due two weeks to five months after it was raised
 * (one in ten without a date). Items due more than two months ago are mostly closed, but one in
 * ten still open lingers overdue, as in any office; so the dashboard and the tracker have about
 * a tenth of the items overdue, and some due this week (how many depends on the weekday). A third link a case, one in ten a request; superseded
 * ones point at the item raised after them.
 */
export function syntheticActionItems(count: number, links: ActionItemLinks, today: string, newId: NewId, seed = 13): ActionItem[] {
  const rand = prng(seed);
  const held = links.meetings.filter((m) => m.status === 'held' && m.startsAt.slice(0, 10) <= today);
  const ids = Array.from({ length: count }, newId);
  return ids.map((id, i) => {
    const meeting = held.length > 0 && rand() < 0.85 ? pick(rand, held) : null;
    const raisedOn = meeting ? meeting.startsAt.slice(0, 10) : addDays(today, -Math.floor(rand() * 1095));
    const createdAt = `${raisedOn}T04:00:00.000Z`;
    const dueDate = rand() < 0.1 ? null : addDays(raisedOn, 14 + Math.floor(rand() * 140));
    const longPast = (dueDate ?? raisedOn) < addDays(today, -60);
    // Work long due is closed, but for one item in ten still open or in progress.
    let status: ActionItemStatus = !longPast ? statusOf(rand()) : rand() < 0.1 ? pick(rand, ['open', 'inProgress'] as const) : statusOf(0.55 + rand() * 0.45);
    if (status === 'superseded' && i === count - 1) status = 'done'; // the last item has no successor
    const closed = status === 'done' || status === 'cancelled' || status === 'superseded';
    const closedOn = addDays(raisedOn, 5 + Math.floor(rand() * 60));
    const closedAt = closed ? `${closedOn > today ? today : closedOn}T08:00:00.000Z` : null;
    const ownerSide = rand() < 0.55 ? 'own' : 'counterpart';
    return {
      id,
      reference: formatActionItemReference(Number(raisedOn.slice(0, 4)), i + 1),
      text: `${pick(rand, actionTexts)} (${i + 1})`,
      meetingId: meeting?.id ?? null,
      agendaItemId: null,
      ownerSide,
      owner: pick(rand, ownerSide === 'own' ? ownOwners : counterpartOwners),
      dueDate,
      priority: pick(rand, ['low', 'normal', 'normal', 'normal', 'high', 'urgent'] as const),
      status,
      caseIds: links.cases.length > 0 && rand() < 0.33 ? [pick(rand, links.cases).id] : [],
      requestIds: links.requests.length > 0 && rand() < 0.1 ? [pick(rand, links.requests).id] : [],
      closingNote: status === 'done' ? 'Done; the documents were sent by secure email.' : status === 'cancelled' ? 'No longer needed after the joint visit.' : '',
      supersededById: status === 'superseded' ? ids[i + 1]! : null,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? createdAt,
    };
  });
}

const noteOpenings = [
  'The counterpart explained that',
  'CBP noted that',
  'The Vietnamese side recalled that',
  'Both sides agreed in principle that',
  'The head of delegation asked whether',
  'The Post-Clearance Audit Department reported that',
  'The counterpart’s origin unit confirmed that',
  'It was pointed out that',
];
const noteBodies = [
  'imports of plywood declared of Vietnamese origin rose by 40% after the anti-dumping order on Chinese plywood.',
  'three exporters registered in 2025 shipped more than their declared capacity allows.',
  'the verification visits planned for the second quarter need the producers’ consent in writing.',
  'the risk list exchanged at the last session was used to select 120 declarations for review.',
  'the C/O issuing authority will publish the list of its authorised signatories each quarter.',
  'bills of lading of the solar cell shipments show a stop in a third port not declared on the C/O.',
  'the secure email channel will replace the diplomatic pouch for requests under the CMAA.',
  'the replies to the last five requests were late because the producers had moved.',
  'a joint training on the rules of origin of the EVFTA is proposed for the autumn.',
  'statistics on honey imports differ between the two administrations by about 15%.',
];

/** The meeting and every row under it, as the app loads it (one shape for both). */
export type LargeMeeting = MeetingBundle;

/**
 * The meeting meeting mode is typed into: held today, eight agenda items, and `noteCount` notes
 * all under the first item, the one meeting mode opens on, so every one of them is on screen
 * while typing (the worst case for the capture box's page); decisions and action items under the
 * other items. Action item references start at `referenceFrom` (clear of the tracker's).
 */
export function largeMeeting(today: string, newId: NewId, noteCount = 200, referenceFrom = 900_001): LargeMeeting {
  const rand = prng(2026);
  const meetingId = newId();
  const startsAt = morningOf(today, 1);
  const created = `${addDays(today, -20)}T03:00:00.000Z`;
  const meeting: Meeting = {
    id: meetingId,
    title: 'CMAA Joint Committee with U.S. Customs and Border Protection, 7th session',
    type: 'committeeSession',
    framework: 'CMAA',
    sessionNo: '7',
    status: 'held',
    startsAt,
    endsAt: morningOf(today, 10),
    timeZone: 'Asia/Ho_Chi_Minh',
    counterpartTimeZone: 'America/New_York',
    venue: 'Tổng cục Hải quan, Hà Nội',
    mode: 'hybrid',
    hostSide: 'own',
    counterpartCountry: 'US',
    itemsExchanged: [],
    nextMeetingOn: null,
    nextMeetingNote: '',
    minutesStatus: 'draft',
    classification: 'officialUse',
    caseIds: [],
    createdAt: created,
    updatedAt: created,
  };
  const people: [Participant['side'], string, string, Participant['role']][] = [
    ['own', 'Nguyễn', 'Văn Cẩn', 'coChair'],
    ['own', 'Trần', 'Thị Bích', 'member'],
    ['own', 'Lê', 'Minh Châu', 'secretary'],
    ['counterpart', 'Carter', 'John', 'coChair'],
    ['counterpart', 'Miller', 'Anne', 'member'],
    ['counterpart', 'Tran', 'Linh', 'interpreter'],
  ];
  const participants = people.map(([side, familyName, givenName, role]): Participant => ({
    id: newId(),
    meetingId,
    side,
    familyName,
    givenName,
    nameOrder: side === 'own' ? 'familyFirst' : 'givenFirst',
    title: '',
    organisation: side === 'own' ? 'Vietnam Customs' : 'U.S. Customs and Border Protection',
    role,
    contactId: null,
    attended: true,
  }));
  const titles = ['Origin verification cooperation', 'Transshipment of plywood and steel wire', 'Forced labour import controls', 'Exchange of risk lists', 'Statistics reconciliation', 'Training and capacity building', 'Secure communication channel', 'Date and venue of the next session'];
  const agendaItems = titles.map((title, i): AgendaItem => ({ id: newId(), meetingId, position: i + 1, title, leadSide: i % 3 === 2 ? null : i % 2 === 0 ? 'own' : 'counterpart', discussionSummary: '', caseIds: [] }));
  const at = (minutes: number) => new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  const notes = Array.from({ length: noteCount }, (_, i): MeetingNote => ({
    id: newId(),
    meetingId,
    agendaItemId: agendaItems[0]!.id,
    text: `${pick(rand, noteOpenings)} ${pick(rand, noteBodies)}`,
    capturedAt: at(Math.floor((i * 180) / Math.max(1, noteCount))),
  }));
  const decisions = Array.from({ length: 14 }, (_, i): Decision => {
    const what = pick(rand, actionTexts);
    return {
      id: newId(),
      meetingId,
      agendaItemId: agendaItems[1 + (i % 7)]!.id,
      kind: pick(rand, ['agreed', 'agreed', 'noted', 'deferred', 'rejected'] as const),
      text: `The two sides ${pick(rand, ['agreed to', 'noted the proposal to', 'deferred the proposal to'])} ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
    };
  });
  const actionItems = Array.from({ length: 10 }, (_, i): ActionItem => {
    const ownerSide = i % 2 === 0 ? 'own' : 'counterpart';
    return {
      id: newId(),
      reference: formatActionItemReference(Number(today.slice(0, 4)), referenceFrom + i),
      text: pick(rand, actionTexts),
      meetingId,
      agendaItemId: agendaItems[1 + (i % 7)]!.id,
      ownerSide,
      owner: pick(rand, ownerSide === 'own' ? ownOwners : counterpartOwners),
      dueDate: addDays(today, 14 + i * 7),
      priority: 'normal',
      status: 'open',
      caseIds: [],
      requestIds: [],
      closingNote: '',
      supersededById: null,
      closedAt: null,
      createdAt: at(200 + i),
      updatedAt: at(200 + i),
    };
  });
  return { meeting, participants, agendaItems, decisions, notes, actionItems };
}
