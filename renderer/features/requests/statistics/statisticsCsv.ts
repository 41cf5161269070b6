import type { TFunction } from 'i18next';
import { effectiveReplyDueOn, type VerificationRequest } from '../../../../shared/domain';
import { datedCsvName, type CsvCell } from '../../../export';
import type { Formatter } from '../../../i18n';
import { enumLabel } from '../../../records';
import { outcomeColumns, responseDays, type PeriodFigures, type RequestStatistics } from './requestStatistics';
import { instrumentLabel, partnerLabel } from './statisticsLabels';

const h = (t: TFunction, column: string) => t(`requestStatistics.csv.${column}`);

/**
 * The figures by period, then a total line: the same numbers as the page's table. Periods are
 * given twice, as a sortable ISO key (`2026-01`, `2026-Q1`) and in words; days are plain numbers
 * (a spreadsheet reads them in its own locale), an empty cell where there was no reply.
 */
export function figuresCsvRows(stats: RequestStatistics, t: TFunction, periodName: (key: string) => string): CsvCell[][] {
  const f = (key: string) => t(`requestStatistics.figures.${key}`);
  const header = [
    h(t, 'period'),
    h(t, 'periodLabel'),
    f('sent'),
    f('received'),
    `${f('theirReplies')}: ${f('replies')}`,
    `${f('theirReplies')}: ${f('median')}`,
    `${f('theirReplies')}: ${f('p90')}`,
    `${f('ourReplies')}: ${f('replies')}`,
    `${f('ourReplies')}: ${f('median')}`,
    `${f('ourReplies')}: ${f('p90')}`,
    f('overdue'),
  ];
  const row = (p: PeriodFigures): CsvCell[] => [
    p.period === 'total' ? '' : p.period,
    periodName(p.period),
    p.sent,
    p.received,
    p.theirReplies.count,
    p.theirReplies.median,
    p.theirReplies.p90,
    p.ourReplies.count,
    p.ourReplies.median,
    p.ourReplies.p90,
    p.overdue,
  ];
  return [header, ...stats.periods.map(row), row(stats.total)];
}

/** Outcomes by partner country, then by legal instrument, one line each, with codes and names. */
export function outcomesCsvRows(stats: RequestStatistics, t: TFunction, fmt: Formatter): CsvCell[][] {
  const header = [
    h(t, 'breakdown'),
    h(t, 'key'),
    h(t, 'name'),
    ...outcomeColumns.map((c) => (c === 'pending' || c === 'total' ? t(`requestStatistics.outcomes.${c}`) : enumLabel(t, 'requestOutcome', c))),
  ];
  const partner = t('requestStatistics.outcomes.partner');
  const instrument = t('requestStatistics.outcomes.instrument');
  return [
    header,
    ...stats.byPartner.map(({ key, counts }) => [partner, key, partnerLabel(t, fmt, key), ...outcomeColumns.map((c) => counts[c])]),
    ...stats.byInstrument.map(({ key, counts }) => [instrument, key, instrumentLabel(t, key), ...outcomeColumns.map((c) => counts[c])]),
  ];
}

/** What the register's CSV reads of a request. */
export type RegisterCsvRequest = Pick<
  VerificationRequest,
  | 'caseId'
  | 'ourReference'
  | 'theirReference'
  | 'amendmentNo'
  | 'direction'
  | 'status'
  | 'legalInstrument'
  | 'subject'
  | 'sentOn'
  | 'replyDueOn'
  | 'extensions'
  | 'replyReceivedOn'
  | 'outcome'
>;
/** The case a request belongs to, as the register's CSV names it. */
export interface RegisterCsvCase {
  reference: string;
  partnerCountry: string;
}

export const registerCsvColumns = [
  'ourReference',
  'theirReference',
  'caseReference',
  'amendmentNo',
  'direction',
  'status',
  'instrument',
  'partnerCountry',
  'subject',
  'sentOn',
  'dueOn',
  'replyReceivedOn',
  'responseDays',
  'outcome',
] as const;

/**
 * The register as CSV rows, header first, one line per request in the order given (the register
 * passes what its filters show). Dates are ISO 8601 (YYYY-MM-DD: unambiguous, and sorted right by
 * any spreadsheet); the due date is the one in force, after extensions; the partner is the case's
 * partner country; words are in the UI language. Formulas typed into a subject are neutralised
 * by `toCsv`.
 */
export function registerCsvRows(
  requests: readonly RegisterCsvRequest[],
  caseOf: (caseId: string) => RegisterCsvCase | undefined,
  t: TFunction,
  fmt: Formatter,
): CsvCell[][] {
  const body = requests.map((r): CsvCell[] => {
    const c = caseOf(r.caseId);
    return [
      r.ourReference,
      r.theirReference,
      c?.reference ?? '',
      r.amendmentNo,
      enumLabel(t, 'caseDirection', r.direction),
      enumLabel(t, 'requestStatus', r.status),
      instrumentLabel(t, r.legalInstrument),
      partnerLabel(t, fmt, c?.partnerCountry ?? ''),
      r.subject,
      r.sentOn,
      effectiveReplyDueOn(r),
      r.replyReceivedOn,
      responseDays(r),
      r.outcome === null ? '' : enumLabel(t, 'requestOutcome', r.outcome),
    ];
  });
  return [registerCsvColumns.map((c) => h(t, c)), ...body];
}

/** `requests-2026-03-01.csv`, `request-figures-…`, `request-outcomes-…`: the local day of `now`. */
export const statisticsCsvNames = {
  register: (now: Date) => datedCsvName('requests', now),
  figures: (now: Date) => datedCsvName('request-figures', now),
  outcomes: (now: Date) => datedCsvName('request-outcomes', now),
};
