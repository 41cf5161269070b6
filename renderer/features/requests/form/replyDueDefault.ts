import { defaultReplyDueOn, type LegalInstrument } from '../../../../shared/domain';

/**
 * The reply due date a new request opens with, as if it were sent today: the one place the form
 * asks for it, so the administration's own table of periods (the requests settings'
 * `useDeadlineRules()`, when it lands) replaces the built-in `defaultReplyDueOn` here alone.
 */
export function replyDueDefault(instrument: LegalInstrument, today: string): string | null {
  return defaultReplyDueOn(instrument, today);
}
