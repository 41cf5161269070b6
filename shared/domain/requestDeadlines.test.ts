import { describe, expect, it } from 'vitest';
import {
  acknowledgementDueOnFor,
  addPeriod,
  builtInPeriod,
  daysLeft,
  dueState,
  openDeadlines,
  periodFor,
  replyDueOnFor,
  type Period,
} from './requestDeadlines';
import { defaultReplyDueOn } from './requestRules';
import { sampleRecords } from './sampleRecords';
import { legalInstruments } from './verificationRequest';

const days = (amount: number, dayKind: Period['dayKind'] = 'calendar'): Period => ({ amount, unit: 'days', dayKind });
const months = (amount: number, dayKind: Period['dayKind'] = 'calendar'): Period => ({ amount, unit: 'months', dayKind });
// Tết 2026: Monday 16 to Friday 20 February.
const tet2026 = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];

describe('calendar days', () => {
  it.each([
    ['2026-01-05', 120, '2026-05-05'],
    ['2026-01-30', 45, '2026-03-16'],
    ['2026-12-20', 30, '2027-01-19'],
    ['2024-02-01', 29, '2024-03-01'],
  ])('%s + %i calendar days = %s (weekends and holidays count)', (start, amount, due) => {
    expect(addPeriod(start, days(amount), tet2026)).toBe(due);
  });
});

describe('months', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-04-30', 10, '2026-02-28'],
    ['2023-04-30', 10, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-05', 10, '2026-11-05'],
    ['2026-05-15', 12, '2027-05-15'],
  ])('%s + %i months = %s (the month end clamps)', (start, amount, due) => {
    expect(addPeriod(start, months(amount))).toBe(due);
  });

  it('moves a period in business months off a weekend to the next business day', () => {
    // 31 Jan + 1 month = Saturday 28 Feb 2026 → Monday 2 March.
    expect(addPeriod('2026-01-31', months(1, 'business'))).toBe('2026-03-02');
    expect(addPeriod('2026-01-31', months(1, 'calendar'))).toBe('2026-02-28');
    // Lands on the first day of Tết: the holiday week and the weekend after it are skipped.
    expect(addPeriod('2026-01-16', months(1, 'business'), tet2026)).toBe('2026-02-23');
  });
});

describe('business days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(addPeriod('2026-01-30', days(1, 'business'))).toBe('2026-02-02'); // Friday → Monday
    expect(addPeriod('2026-01-05', days(5, 'business'))).toBe('2026-01-12'); // Monday → next Monday
    expect(addPeriod('2026-01-05', days(10, 'business'))).toBe('2026-01-19');
  });

  it('skips the holidays of the list too', () => {
    // Friday 13 Feb + 3 business days: the weekend, Tết week and the next weekend are skipped.
    expect(addPeriod('2026-02-13', days(3, 'business'), tet2026)).toBe('2026-02-25');
    expect(addPeriod('2026-02-13', days(3, 'business'))).toBe('2026-02-18');
  });

  it('does not end on a holiday that falls on the last day', () => {
    expect(addPeriod('2026-09-01', days(1, 'business'), ['2026-09-02'])).toBe('2026-09-03');
  });

  it('counts a holiday on a weekend only once', () => {
    expect(addPeriod('2026-08-28', days(1, 'business'), ['2026-08-29'])).toBe('2026-08-31');
  });
});

describe('the rule table', () => {
  it('falls back to the built-in defaults, as defaultReplyDueOn computes them', () => {
    for (const instrument of legalInstruments) {
      expect(replyDueOnFor(instrument, '2026-01-31', {}, tet2026)).toBe(defaultReplyDueOn(instrument, '2026-01-31'));
    }
  });

  it('uses the administration rule of an instrument over the default', () => {
    const rules = { CPTPP: days(20, 'business'), EAPA: months(3) };
    expect(periodFor('CPTPP', rules)).toEqual(days(20, 'business'));
    expect(replyDueOnFor('CPTPP', '2026-02-02', rules, tet2026)).toBe('2026-03-09');
    // EAPA has no treaty period by default; the administration gave it one.
    expect(replyDueOnFor('EAPA', '2026-01-05', {}, [])).toBeNull();
    expect(replyDueOnFor('EAPA', '2026-01-05', rules, [])).toBe('2026-04-05');
    // Other instruments keep their defaults.
    expect(replyDueOnFor('CMAA', '2026-01-05', rules, [])).toBe('2026-05-05');
  });

  it('reads the built-in defaults as periods', () => {
    expect(builtInPeriod('CMAA')).toEqual(days(120));
    expect(builtInPeriod('EVFTA')).toEqual(months(10));
    expect(builtInPeriod('nationalLaw')).toBeNull();
    expect(builtInPeriod('acknowledgement')).toEqual(days(30));
  });

  it('computes the acknowledgement due date: 30 calendar days unless the administration says otherwise', () => {
    expect(acknowledgementDueOnFor('2026-01-05', {}, [])).toBe('2026-02-04');
    expect(acknowledgementDueOnFor('2026-02-13', { acknowledgement: days(5, 'business') }, tet2026)).toBe('2026-02-27');
  });
});

describe('days left', () => {
  it.each([
    ['2026-05-05', '2026-05-05', 0],
    ['2026-05-05', '2026-05-04', 1],
    ['2026-05-05', '2026-05-08', -3],
    // Across the US (8 March) and EU (29 March) clock changes: still whole days.
    ['2026-03-09', '2026-03-07', 2],
    ['2026-03-30', '2026-03-28', 2],
    ['2026-11-02', '2026-10-31', 2],
    ['2027-01-01', '2026-12-31', 1],
    ['2024-03-01', '2024-02-28', 2],
    ['2025-03-01', '2025-02-28', 1],
  ])('due %s, today %s → %i', (due, today, left) => {
    expect(daysLeft(due, today)).toBe(left);
  });

  it('states how a due date stands', () => {
    expect(dueState(null, '2026-05-01', 7)).toBe('none');
    expect(dueState('2026-04-30', '2026-05-01', 7)).toBe('overdue');
    expect(dueState('2026-05-01', '2026-05-01', 0)).toBe('dueSoon');
    expect(dueState('2026-05-08', '2026-05-01', 7)).toBe('dueSoon');
    expect(dueState('2026-05-09', '2026-05-01', 7)).toBe('ok');
    expect(dueState('2026-05-02', '2026-05-01', 0)).toBe('ok');
  });
});

describe('open deadlines of a request', () => {
  const sent = {
    ...sampleRecords.verificationRequests,
    status: 'sent' as const,
    legalInstrument: 'CMAA' as const,
    sentOn: '2026-01-05',
    acknowledgedOn: null,
    acknowledgementDueOn: null,
    replyDueOn: null,
    extensions: [],
    replyReceivedOn: null,
  };

  it('runs the acknowledgement and the reply from the rule table when none were recorded', () => {
    expect(openDeadlines(sent, {}, [])).toEqual({ acknowledgementDueOn: '2026-02-04', replyDueOn: '2026-05-05' });
  });

  it('keeps the dates recorded on the request, and the last extension over them', () => {
    const recorded = { ...sent, acknowledgementDueOn: '2026-01-20', replyDueOn: '2026-05-01' };
    expect(openDeadlines(recorded, {}, [])).toEqual({ acknowledgementDueOn: '2026-01-20', replyDueOn: '2026-05-01' });
    const extended = {
      ...recorded,
      extensions: [
        { grantedOn: '2026-04-20', newDueOn: '2026-06-01', reason: 'Exporter audit' },
        { grantedOn: '2026-05-25', newDueOn: '2026-07-01', reason: 'Second visit' },
      ],
    };
    expect(openDeadlines(extended, {}, []).replyDueOn).toBe('2026-07-01');
  });

  it('stops the acknowledgement once acknowledged, and both once the reply is in', () => {
    expect(openDeadlines({ ...sent, status: 'acknowledged', acknowledgedOn: '2026-01-15' }, {}, []).acknowledgementDueOn).toBeNull();
    expect(openDeadlines({ ...sent, status: 'inProgress' }, {}, []).acknowledgementDueOn).toBeNull();
    const none = { acknowledgementDueOn: null, replyDueOn: null };
    expect(openDeadlines({ ...sent, status: 'replyReceived', replyReceivedOn: '2026-03-01' }, {}, [])).toEqual(none);
    expect(openDeadlines({ ...sent, status: 'draft', sentOn: null }, {}, [])).toEqual(none);
    expect(openDeadlines({ ...sent, status: 'closed' }, {}, [])).toEqual(none);
  });
});
