import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/domain';
import { Button, Select } from '../../components';
import { useFormat } from '../../i18n';
import { chosenValue, type ConflictSide, type ResolutionPlan } from './resolutionPlan';
import { fieldLabel, formatFieldValue } from './valueDisplay';

type ApplyPlan = Extract<ResolutionPlan, { kind: 'apply' }>;

/** A choice applies at once unless it moves the status more than one step, reopens, or closes. */
export function needsQuestion(plan: ResolutionPlan): plan is ApplyPlan {
  return plan.kind === 'apply' && (plan.outcomes.length > 0 || plan.route.length > 2 || plan.clearedOutcome !== null);
}

export interface ResolutionQuestionProps {
  conflict: Conflict;
  side: ConflictSide;
  plan: ApplyPlan;
  outcome: string | null;
  onOutcome: (outcome: string | null) => void;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked in the conflict's card before a choice that needs more than setting the value: says which
 * moves the state machine requires (a closed case is reopened first, its outcome cleared) and,
 * when the choice closes the record, asks for the outcome (only outcomes the record may take).
 */
export function ResolutionQuestion({ conflict, side, plan, outcome, onOutcome, busy, onConfirm, onCancel }: ResolutionQuestionProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const headingId = useId();
  const table = conflict.recordTable;
  const label = (field: string, value: unknown) => formatFieldValue(t, fmt, table, field, value);
  const asksOutcome = plan.outcomes.length > 0;
  const reopens = plan.route[0] === 'closed';
  const confirm = reopens ? 'conflicts.choice.reopenConfirm' : asksOutcome ? 'conflicts.choice.closeConfirm' : 'conflicts.choice.confirm';

  return (
    <div className="conflict-question" role="group" aria-labelledby={headingId}>
      <p className="conflict-question-heading" id={headingId}>
        {t('conflicts.choice.heading', { value: label(conflict.field, chosenValue(conflict, side)) })}
      </p>
      {plan.route.length > 2 || reopens ? (
        <p>{t('conflicts.choice.route', { route: plan.route.map((s) => label('status', s)).join(' → ') })}</p>
      ) : null}
      {plan.clearedOutcome ? <p>{t('conflicts.choice.clearsOutcome', { outcome: label('outcome', plan.clearedOutcome) })}</p> : null}
      {asksOutcome ? (
        <Select
          label={fieldLabel(t, table, 'outcome')}
          isRequired
          options={plan.outcomes.map((id) => ({ id, label: label('outcome', id) }))}
          value={outcome}
          onChange={onOutcome}
          description={t('conflicts.choice.outcomeNeeded')}
        />
      ) : null}
      <div className="conflict-question-actions">
        <Button variant="primary" size="small" isDisabled={busy || (asksOutcome && outcome === null)} onPress={onConfirm}>
          {t(confirm)}
        </Button>
        <Button size="small" isDisabled={busy} onPress={onCancel}>
          {t('conflicts.choice.cancel')}
        </Button>
      </div>
    </div>
  );
}
