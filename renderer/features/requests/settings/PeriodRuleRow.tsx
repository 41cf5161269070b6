import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInPeriod, dayKinds, periodUnits, type DeadlineRuleId, type Period } from '../../../../shared/domain';
import { Button, NumberField, Select } from '../../../components';
import { resetPeriodChange, savePeriodChange, type PeriodDraft } from './deadlineRuleEdits';
import { usePeriodText } from './usePeriodText';
import { useRuleCommit } from './useRuleCommit';

interface PeriodRuleRowProps {
  id: DeadlineRuleId;
  /** The instrument's name as the user reads it. */
  name: string;
  /** The administration's period, or undefined when the built-in one applies. */
  rule: Period | undefined;
  onStatus: (message: string) => void;
}

/**
 * One instrument's period: amount, unit and day kind, saved with its own button, and "Reset to
 * default" while the administration's period differs from the built-in one. A fieldset named by
 * the instrument, so each field is announced with it.
 */
export function PeriodRuleRow({ id, name, rule, onStatus }: PeriodRuleRowProps) {
  const { t } = useTranslation();
  const commit = useRuleCommit();
  const builtIn = builtInPeriod(id);
  const shown = rule ?? builtIn;
  const [draft, setDraft] = useState<PeriodDraft>({ amount: shown?.amount ?? null, unit: shown?.unit ?? 'days', dayKind: shown?.dayKind ?? 'calendar' });
  const [error, setError] = useState<string | null>(null);
  const describe = usePeriodText();
  const run = (change: Parameters<typeof commit>[0], done: string) =>
    commit(change).then(
      () => onStatus(done),
      (failure: unknown) => onStatus(t('requestDeadlines.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) })),
    );
  const save = () => {
    const result = savePeriodChange(id, draft);
    if ('error' in result) return setError(result.error);
    setError(null);
    void run(result.change, t('requestDeadlines.saved', { instrument: name }));
  };
  const update = (next: Partial<PeriodDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    if (error) setError(null);
  };

  return (
    <fieldset className="deadline-rule">
      <legend className="deadline-rule-name">{name}</legend>
      <p className="field-description">
        {builtIn ? t('requestDeadlines.builtIn', { period: describe(builtIn) }) : t('requestDeadlines.noBuiltIn')}
        {rule ? ` · ${t('requestDeadlines.changed')}` : ''}
      </p>
      <div className="field-grid field-grid-3">
        <NumberField
          label={t('requestDeadlines.amount')}
          value={draft.amount}
          onChange={(amount) => update({ amount })}
          errorMessage={error ? t(error) : null}
        />
        <Select
          label={t('requestDeadlines.unit')}
          options={periodUnits.map((u) => ({ id: u, label: t(`requestDeadlines.units.${u}`) }))}
          value={draft.unit}
          onChange={(unit) => unit && update({ unit: unit as PeriodDraft['unit'] })}
        />
        <Select
          label={t('requestDeadlines.dayKind')}
          options={dayKinds.map((k) => ({ id: k, label: t(`requestDeadlines.dayKinds.${k}`) }))}
          value={draft.dayKind}
          onChange={(dayKind) => dayKind && update({ dayKind: dayKind as PeriodDraft['dayKind'] })}
        />
      </div>
      <div className="deadline-rule-actions">
        <Button size="small" onPress={save} aria-label={t('requestDeadlines.saveLabel', { instrument: name })}>
          {t('requestDeadlines.save')}
        </Button>
        {rule ? (
          <Button
            size="small"
            variant="quiet"
            onPress={() => void run(resetPeriodChange(id), t('requestDeadlines.resetDone', { instrument: name }))}
            aria-label={t('requestDeadlines.resetLabel', { instrument: name })}
          >
            {t('requestDeadlines.reset')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
