import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatusMachine } from '../../../shared/domain';
import type { Case } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, Select, TextArea } from '../../components';
import { newId, StatusTransitionError, type Change } from '../../db';
import { closeChanges, statusChangeChanges } from './caseActions';
import { useCaseCommit } from './useCaseCommit';
import type { CaseOptions } from './useCaseOptions';

/**
 * One button per move the shared state machine allows from the current status; closing asks
 * for the outcome first and takes an optional closing note. A move the data layer refuses (e.g.
 * the status changed meanwhile on another window) is explained, not silently dropped.
 */
export function CaseStatusActions({ c, options }: { c: Case; options: CaseOptions }) {
  const { t } = useTranslation();
  const { context, commit } = useCaseCommit();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<Case['outcome']>(null);
  const [closingNote, setClosingNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const run = async (changes: Change[]) => {
    setMessage(null);
    try {
      await commit(changes);
    } catch (error) {
      const statusName = (s: string) => t(`cases.status.${s}`);
      setMessage(
        error instanceof StatusTransitionError
          ? t('cases.transition.refused', { from: statusName(error.from), to: statusName(error.to) })
          : t('cases.detail.actionFailed'),
      );
    }
  };

  const label = (to: Case['status']) =>
    c.status === 'closed' && to === 'open' ? t('cases.transition.reopen') : t(`cases.transition.to.${to}`);

  return (
    <div className="case-status-actions">
      <div className="case-transitions" role="group" aria-label={t('cases.transition.heading')}>
        {caseStatusMachine[c.status].map((to) => (
          <Button
            key={to}
            variant={to === 'closed' ? 'secondary' : 'primary'}
            onPress={() => {
              if (to === 'closed') {
                setOutcome(null);
                setClosingNote('');
                setClosing(true);
              } else void run(statusChangeChanges(c, to, null, context()));
            }}
          >
            {label(to)}
          </Button>
        ))}
      </div>
      {message ? <Banner tone="error" title={message} /> : null}
      <ConfirmDialog
        isOpen={closing}
        onOpenChange={setClosing}
        title={t('cases.transition.closeTitle')}
        confirmLabel={t('cases.transition.closeConfirm')}
        isConfirmDisabled={outcome === null}
        onConfirm={() => run(closeChanges(c, outcome, closingNote, context(), newId()))}
      >
        <p>{t('cases.transition.closeBody')}</p>
        <Select
          label={t('cases.fields.outcome')}
          isRequired
          options={options.outcomes}
          value={outcome}
          onChange={(v) => setOutcome(v as Case['outcome'])}
          description={outcome === null ? t('cases.transition.outcomeRequired') : undefined}
        />
        <TextArea
          label={t('cases.transition.closingNote')}
          description={t('cases.transition.closingNoteHelp')}
          rows={3}
          value={closingNote}
          onChange={setClosingNote}
        />
      </ConfirmDialog>
    </div>
  );
}
