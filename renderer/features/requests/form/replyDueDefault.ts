import { replyDueOnFor, type LegalInstrument, type PeriodRules } from '../../../../shared/domain';

/** The administration's rule table and holidays (`useDeadlineRules()`); empty = the built-in periods. */
export interface ReplyDueTable {
  rules: PeriodRules;
  holidays: readonly string[];
}
const builtIn: ReplyDueTable = { rules: {}, holidays: [] };

/**
 * The reply due date a new request opens with, as if it were sent today, by the administration's
 * table of periods (Settings) over the built-in defaults: the one place the form asks for it.
 */
export function replyDueDefault(instrument: LegalInstrument, today: string, table: ReplyDueTable = builtIn): string | null {
  return replyDueOnFor(instrument, today, table.rules, table.holidays);
}

/**
 * The reply due date after the instrument changes from `from` to `to`: the new instrument's
 * default while the field still holds the old one's (the officer has not set a date of their
 * own), else the date as it is.
 */
export function replyDueAfterInstrumentChange(
  current: string | null,
  from: LegalInstrument,
  to: LegalInstrument,
  today: string,
  table: ReplyDueTable = builtIn,
): string | null {
  return current === replyDueDefault(from, today, table) ? replyDueDefault(to, today, table) : current;
}
