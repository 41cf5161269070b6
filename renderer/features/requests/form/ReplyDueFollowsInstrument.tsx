import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDeadlineRules } from '../../../deadlines';
import { localToday, type RequestFormValues } from './requestForm';
import { replyDueAfterInstrumentChange } from './replyDueDefault';

/**
 * Keeps the reply due date on the instrument's default while the officer has not chosen one:
 * changing CMAA (120 days) to EVFTA (10 months) moves it; a date typed by hand stays. Renders
 * nothing; subscribed to the instrument alone.
 */
export function ReplyDueFollowsInstrument() {
  const { getValues, setValue } = useFormContext<RequestFormValues>();
  const instrument = useWatch<RequestFormValues, 'legalInstrument'>({ name: 'legalInstrument' });
  const table = useDeadlineRules();
  const previous = useRef(instrument);
  useEffect(() => {
    const from = previous.current;
    previous.current = instrument;
    if (from === instrument) return;
    const current = getValues('replyDueOn') ?? null;
    const next = replyDueAfterInstrumentChange(current, from, instrument, localToday(), table);
    if (next !== current) setValue('replyDueOn', next, { shouldDirty: true });
  }, [instrument, getValues, setValue, table]);
  return null;
}
