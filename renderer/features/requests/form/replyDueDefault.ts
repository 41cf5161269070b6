import { defaultReplyDueOn, type LegalInstrument } from '../../../../shared/domain';

/**
 * The reply due date a new request opens with, as if it were sent today: the one place the form
 * asks for it, so the administration's own table of periods (the requests settings'
 * `useDeadlineRules()`, when it lands) replaces the built-in `defaultReplyDueOn` here alone.
 */
export function replyDueDefault(instrument: LegalInstrument, today: string): string | null {
  return defaultReplyDueOn(instrument, today);
}

/**
 * The reply due date after the instrument changes from `from` to `to`: the new instrument's
 * default while the field still holds the old one's (the officer has not set a date of their
 * own), else the date as it is.
 */
export function replyDueAfterInstrumentChange(current: string | null, from: LegalInstrument, to: LegalInstrument, today: string): string | null {
  return current === replyDueDefault(from, today) ? replyDueDefault(to, today) : current;
}
