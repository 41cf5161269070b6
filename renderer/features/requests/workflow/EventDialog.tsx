import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgementDueOnFor, replyDueOnFor, requestOutcomes, type Case, type RequestOutcome, type VerificationRequest } from '../../../../shared/domain';
import { Banner, Button, Checkbox, DateField, Dialog, Select, TextArea, TextField } from '../../../components';
import { enumLabel } from '../../../records';
import type { DeadlineTable } from '../register/registerRows';
import { caseCanClose, sendBlockers, type EventInput, type RequestEvent } from './requestEvents';
import { useEventLabel } from './useEventLabel';

export interface EventDialogProps {
  event: RequestEvent;
  request: VerificationRequest;
  questionCount: number;
  linkedCase: Case | null;
  table: DeadlineTable;
  today: string;
  onCancel(): void;
  onRecord(input: EventInput): Promise<void>;
}

/** What an event needs before it is recorded: its date, and what this event fills in. */
export function EventDialog({ event, request, questionCount, linkedCase, table, today, onCancel, onRecord }: EventDialogProps) {
  const { t } = useTranslation();
  const label = useEventLabel();
  const [date, setDate] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [theirReference, setTheirReference] = useState(request.theirReference);
  // Sending: the due dates follow the date sent by the administration's rules until typed by hand.
  const [replyDueTyped, setReplyDueOn] = useState<string | null | undefined>(undefined);
  const [acknowledgementDueTyped, setAcknowledgementDueOn] = useState<string | null | undefined>(undefined);
  const sentOn = date ?? today;
  const replyDueOn = replyDueTyped !== undefined ? replyDueTyped : replyDueOnFor(request.legalInstrument, sentOn, table.rules, table.holidays);
  const acknowledgementDueOn =
    acknowledgementDueTyped !== undefined ? acknowledgementDueTyped : acknowledgementDueOnFor(sentOn, table.rules, table.holidays);
  const [newDueOn, setNewDueOn] = useState<string | null>(null);
  const [findings, setFindings] = useState(request.findings);
  const [outcome, setOutcome] = useState<RequestOutcome | null>(request.sentOn ? null : 'withdrawn');
  const [closeCase, setCloseCase] = useState(false);
  const [busy, setBusy] = useState(false);

  const blockers = event === 'send' ? sendBlockers(request, questionCount, today) : [];
  const missing = date === null || (event === 'extend' && newDueOn === null) || (event === 'close' && outcome === null);
  const outcomes = request.sentOn ? requestOutcomes : (['withdrawn'] as const);

  const record = async () => {
    if (missing || blockers.length > 0) return;
    setBusy(true);
    try {
      await onRecord({ date: date!, note, theirReference, replyDueOn, acknowledgementDueOn, newDueOn: newDueOn ?? undefined, findings, outcome: outcome ?? undefined, closeCase });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen
      onOpenChange={(open) => (open ? undefined : onCancel())}
      title={label(event, request.direction)}
      footer={
        <>
          <Button onPress={onCancel}>{t('common.actions.cancel')}</Button>
          <Button variant="primary" isDisabled={busy || missing || blockers.length > 0} onPress={() => void record()}>
            {label(event, request.direction)}
          </Button>
        </>
      }
    >
      <div className="stack">
        {blockers.length > 0 ? (
          <Banner tone="error" title={t('requests.events.cannotSend')}>
            <ul>
              {blockers.map((issue, index) => (
                <li key={index}>{t(issue.message)}</li>
              ))}
            </ul>
          </Banner>
        ) : null}
        {event === 'send' ? <p className="muted">{t('requests.events.sendConfirm')}</p> : null}
        <DateField label={t('requests.events.date')} value={date} onChange={setDate} isRequired />
        {event === 'send' ? (
          <>
            <DateField
              label={t('requests.events.replyDueOn')}
              description={t('requests.events.dueHelp', { instrument: enumLabel(t, 'legalInstrument', request.legalInstrument) })}
              value={replyDueOn}
              onChange={setReplyDueOn}
            />
            <DateField label={t('requests.events.acknowledgementDueOn')} value={acknowledgementDueOn} onChange={setAcknowledgementDueOn} />
          </>
        ) : null}
        {event === 'acknowledge' ? <TextField label={t('requests.events.theirReference')} value={theirReference} onChange={setTheirReference} /> : null}
        {event === 'extend' ? <DateField label={t('requests.events.newDueOn')} value={newDueOn} onChange={setNewDueOn} isRequired /> : null}
        {event === 'close' ? (
          <Select
            label={t('requests.events.outcome')}
            options={outcomes.map((o) => ({ id: o, label: enumLabel(t, 'requestOutcome', o) }))}
            value={outcome}
            onChange={(v) => setOutcome(v as RequestOutcome | null)}
            isRequired
          />
        ) : null}
        {event === 'receiveReply' || event === 'close' ? <TextArea label={t('requests.events.findings')} value={findings} onChange={setFindings} rows={4} /> : null}
        <TextArea label={event === 'extend' ? t('requests.events.reason') : t('requests.events.note')} value={note} onChange={setNote} rows={3} />
        {event === 'close' && linkedCase && caseCanClose(linkedCase) ? (
          <Checkbox label={t('requests.events.closeCase', { reference: linkedCase.reference })} isSelected={closeCase} onChange={setCloseCase} />
        ) : null}
      </div>
    </Dialog>
  );
}
