import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineRuleIds, type DeadlineRuleId } from '../../../../shared/domain';
import { FormSection } from '../../../components';
import { useDeadlineRules } from '../../../deadlines';
import { enumLabel } from '../../../records';
import { HolidayList } from './HolidayList';
import { PeriodRuleRow } from './PeriodRuleRow';
import './deadlineRules.css';

/**
 * Settings > Request deadlines: the administration's reply period per legal instrument and its
 * acknowledgement period (each editable, or reset to the built-in default), and the holidays
 * business days skip. Synced: every device of the workspace computes due dates with the same.
 */
export function DeadlineRulesSection() {
  const { t } = useTranslation();
  const { rules, holidayRows } = useDeadlineRules();
  const [status, setStatus] = useState('');
  const nameOf = (id: DeadlineRuleId) => (id === 'acknowledgement' ? t('requestDeadlines.acknowledgement') : enumLabel(t, 'legalInstrument', id));
  return (
    <FormSection title={t('requestDeadlines.title')} description={t('requestDeadlines.intro')}>
      <h3 className="section-subtitle">{t('requestDeadlines.periods')}</h3>
      <div className="deadline-rules">
        {deadlineRuleIds.map((id) => {
          const rule = rules[id];
          // Remounted when the stored period changes (here or by sync), so the row shows it.
          const key = `${id}/${rule ? `${rule.amount}-${rule.unit}-${rule.dayKind}` : 'default'}`;
          return <PeriodRuleRow key={key} id={id} name={nameOf(id)} rule={rule} onStatus={setStatus} />;
        })}
      </div>
      <HolidayList holidays={holidayRows} onStatus={setStatus} />
      <p role="status" className="form-status">
        {status}
      </p>
    </FormSection>
  );
}
