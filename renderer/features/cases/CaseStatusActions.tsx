import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatusMachine } from '../../../shared/domain';
import type { Case } from '../../../shared/domain';
import { Banner, Button, ConfirmDialog, Select } from '../../components';
import { StatusTransitionError } from '../../db';
import { statusChangeChanges } from './caseActions';
import { useCaseCommit } from './useCaseCommit';
import type { CaseOptions } from './useCaseOptions';

/**
 * One button per move the shared state machine allows from the current status; closing asks
 * for the outcome first. A move the data layer refuses (e.g. the status changed meanwhile on
 * another window) is explained, not silently dropped.
 */
export function CaseStatusActions({ c, options }: { c: Case; options: CaseOptions }) {
  const { t } = useTranslation();
  const { context, commit } = useCaseCommit();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState<Case['outcome']>(null);
  const [message, setMessage] = useState<string | null>(null);

  const move = async (to: Case['status'], withOutcome: Case['outcome'] = null) => {
    setMessage(null);
    try {
      await commit(statusChangeChanges(c, to, withOutcome, context()));
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
                setClosing(true);
              } else void move(to);
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
        onConfirm={() => move('closed', outcome)}
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
      </ConfirmDialog>
    </div>
  );
}
