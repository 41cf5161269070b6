import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { leafKeys, mergeBundles } from '../../../i18n/bundles';
import { toCsv } from '../../../export';
import { requestStatisticsLocales } from './locales';
import { requestStatistics, type CountedRequest } from './requestStatistics';
import { figuresCsvRows, outcomesCsvRows, registerCsvColumns, registerCsvRows, statisticsCsvNames, type RegisterCsvRequest } from './statisticsCsv';
import { periodNamer } from './statisticsLabels';
import { statisticsTranslation } from './testI18n';

const base = {
  caseId: 'case-1',
  ourReference: '123/HQ-GSQL',
  theirReference: 'CBP-2026-77',
  amendmentNo: 0,
  direction: 'outgoing',
  status: 'closed',
  legalInstrument: 'CMAA',
  subject: 'Verification of C/O VN-US 25/01/00123',
  sentOn: '2026-01-05',
  replyDueOn: '2026-05-05',
  extensions: [{ grantedOn: '2026-04-20', newDueOn: '2026-06-05', reason: '' }],
  replyReceivedOn: '2026-03-06',
  outcome: 'confirmed',
} satisfies RegisterCsvRequest;
const cases = new Map([['case-1', { reference: '2026-K7QX-0042', partnerCountry: 'US' }]]);

const counted = (over: Partial<CountedRequest>): CountedRequest => ({ ...base, id: 'r', amendmentOf: null, ...over });

describe('register CSV', () => {
  it('has one line per request with the key columns, dates in ISO and the due date in force', () => {
    const { i18n, fmt } = statisticsTranslation('en');
    const rows = registerCsvRows([base, { ...base, caseId: 'gone', status: 'sent', outcome: null, replyReceivedOn: null, legalInstrument: 'nationalLaw' }], (id) => cases.get(id), i18n.t, fmt);
    expect(rows[0]).toEqual([
      'Our reference',
      'Their reference',
      'Case',
      'Amendment no.',
      'Direction',
      'Status',
      'Legal instrument',
      'Partner country',
      'Subject',
      'Sent on',
      'Reply due (in force)',
      'Reply received on',
      'Response time (days)',
      'Outcome',
    ]);
    expect(rows[0]).toHaveLength(registerCsvColumns.length);
    expect(rows[1]).toEqual([
      '123/HQ-GSQL',
      'CBP-2026-77',
      '2026-K7QX-0042',
      0,
      'Outgoing (we ask)',
      'Closed',
      'CMAA (mutual assistance agreement)',
      'United States',
      'Verification of C/O VN-US 25/01/00123',
      '2026-01-05',
      '2026-06-05',
      '2026-03-06',
      60,
      'Confirmed',
    ]);
    expect(rows[2]?.slice(2, 8)).toEqual(['', 0, 'Outgoing (we ask)', 'Sent', 'National law', 'Unknown']);
    expect(rows[2]?.slice(11)).toEqual([null, null, '']);
  });

  it('is written in Vietnamese when the app is, with Vietnamese names intact in the file', () => {
    const { i18n, fmt } = statisticsTranslation('vi');
    const csv = toCsv(registerCsvRows([{ ...base, subject: 'Xác minh C/O mẫu D: thép cuộn' }], (id) => cases.get(id), i18n.t, fmt));
    const [header, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header?.slice(0, 2)).toEqual(['Số tham chiếu của ta', 'Số tham chiếu của bạn']);
    expect(row?.[5]).toBe('Đã đóng');
    expect(row?.[7]).toBe('Hoa Kỳ');
    expect(row?.[8]).toBe('Xác minh C/O mẫu D: thép cuộn');
    expect(row?.[13]).toBe('Xác nhận');
  });

  it('neutralises a subject typed as a formula', () => {
    const { i18n, fmt } = statisticsTranslation('en');
    const csv = toCsv(registerCsvRows([{ ...base, subject: '=HYPERLINK("http://evil","x")' }], (id) => cases.get(id), i18n.t, fmt));
    expect(Papa.parse<string[]>(csv.slice(1)).data[1]?.[8]).toBe('\'=HYPERLINK("http://evil","x")');
  });
});

describe('figures and outcomes CSV', () => {
  const stats = requestStatistics(
    [
      counted({}),
      counted({ id: 'r2', sentOn: '2026-03-01', replyReceivedOn: null, status: 'sent', outcome: null, replyDueOn: '2026-04-01', extensions: [] }),
      counted({ id: 'r3', direction: 'incoming', caseId: 'gone', legalInstrument: 'EVFTA', sentOn: '2026-02-10', replyReceivedOn: '2026-02-20' }),
    ],
    (r) => cases.get(r.caseId)?.partnerCountry ?? '',
    { granularity: 'month', from: null, to: null, today: '2026-06-30' },
  );

  it('gives a line per period and a total, periods as ISO keys and in words', () => {
    const { i18n } = statisticsTranslation('en');
    const rows = figuresCsvRows(stats, i18n.t, periodNamer(i18n.t, 'en'));
    expect(rows[0]?.slice(0, 5)).toEqual(['Period (ISO)', 'Period', 'Sent', 'Received', 'Replies from partners: Replies']);
    expect(rows.slice(1)).toEqual([
      ['2026-01', 'Jan 2026', 1, 0, 1, 60, 60, 0, null, null, 0],
      ['2026-02', 'Feb 2026', 0, 1, 0, null, null, 1, 10, 10, 0],
      ['2026-03', 'Mar 2026', 1, 0, 0, null, null, 0, null, null, 1],
      ['', 'Total', 2, 1, 1, 60, 60, 1, 10, 10, 1],
    ]);
  });

  it('names quarters in Vietnamese', () => {
    const { i18n } = statisticsTranslation('vi');
    expect(periodNamer(i18n.t, 'vi')('2026-Q2')).toBe('Quý 2/2026');
    expect(figuresCsvRows(stats, i18n.t, periodNamer(i18n.t, 'vi')).at(-1)?.[1]).toBe('Tổng cộng');
  });

  it('breaks outcomes down by partner, then by instrument', () => {
    const { i18n, fmt } = statisticsTranslation('en');
    expect(outcomesCsvRows(stats, i18n.t, fmt)).toEqual([
      ['Breakdown', 'Code', 'Name', 'Confirmed', 'Not confirmed', 'No reply', 'Withdrawn', 'Not closed yet', 'Total'],
      ['Partner country', 'US', 'United States', 1, 0, 0, 0, 1, 2],
      ['Partner country', '', 'Unknown', 1, 0, 0, 0, 0, 1],
      ['Legal instrument', 'CMAA', 'CMAA (mutual assistance agreement)', 1, 0, 0, 0, 1, 2],
      ['Legal instrument', 'EVFTA', 'EVFTA', 1, 0, 0, 0, 0, 1],
    ]);
  });

  it('names each file after its content and the local day', () => {
    const now = new Date(2026, 2, 1, 9);
    expect([statisticsCsvNames.register(now), statisticsCsvNames.figures(now), statisticsCsvNames.outcomes(now)]).toEqual([
      'requests-2026-03-01.csv',
      'request-figures-2026-03-01.csv',
      'request-outcomes-2026-03-01.csv',
    ]);
  });
});

describe('requestStatisticsLocales', () => {
  it('has the same keys in English and Vietnamese, none empty, all under requestStatistics', () => {
    const { en, vi } = requestStatisticsLocales;
    expect(leafKeys(vi)).toEqual(leafKeys(en));
    expect(Object.keys(mergeBundles(en))).toEqual(['requestStatistics']);
    const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
    expect(leafKeys(vi).filter((key) => String(get(vi, key)).trim() === '')).toEqual([]);
  });
});
