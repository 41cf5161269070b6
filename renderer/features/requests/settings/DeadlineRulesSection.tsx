import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInPeriod, deadlineRuleIds, type DeadlineRuleId, type Holiday, type Period } from '../../../../shared/domain';
import { Banner, FormSection } from '../../../components';
import { useDeadlineRules } from '../../../deadlines';
import { enumLabel } from '../../../records';
import { useSyncStore } from '../../sync';
import { HolidayList } from './HolidayList';
import { PeriodRuleRow } from './PeriodRuleRow';
import { usePeriodText } from './usePeriodText';
import './deadlineRules.css';

/**
 * Settings > Request deadlines: the administration's reply period per legal instrument and its
 * acknowledgement period (each editable, or reset to the built-in default), and the holidays
 * business days skip. Synced: every device of the workspace computes due dates with the same.
 * On a device enrolled as a member or viewer they are shown, not edited: the server keeps only an
 * administrator's change (`adminTables`). A device on its own is its own administration.
 */
export function DeadlineRulesSection() {
  const enrollment = useSyncStore((s) => s.enrollment);
  const adminOnly = enrollment && enrollment.member.role !== 'admin' ? { workspace: enrollment.workspace.name } : null;
  return <DeadlineRulesView adminOnly={adminOnly} />;
}

/** The section; `adminOnly` names the workspace whose administrators alone change the rules. */
export function DeadlineRulesView({ adminOnly }: { adminOnly: { workspace: string } | null }) {
  const { t } = useTranslation();
  const { rules, holidayRows } = useDeadlineRules();
  const [status, setStatus] = useState('');
  const nameOf = (id: DeadlineRuleId) => (id === 'acknowledgement' ? t('requestDeadlines.acknowledgement') : enumLabel(t, 'legalInstrument', id));
  if (adminOnly) {
    return (
      <FormSection title={t('requestDeadlines.title')} description={t('requestDeadlines.intro')}>
        <Banner tone="info" title={t('requestDeadlines.adminOnly', { workspace: adminOnly.workspace })} />
        <RulesInForce names={nameOf} rules={rules} holidays={holidayRows} />
      </FormSection>
    );
  }
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

/** The periods and holidays in force, to read: each instrument's period and whose it is. */
function RulesInForce({ names, rules, holidays }: { names: (id: DeadlineRuleId) => string; rules: Partial<Record<DeadlineRuleId, Period>>; holidays: readonly Holiday[] }) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  return (
    <>
      <table className="deadline-rules-table">
        <caption className="section-subtitle">{t('requestDeadlines.periods')}</caption>
        <tbody>
          {deadlineRuleIds.map((id) => {
            const period = rules[id] ?? builtInPeriod(id);
            return (
              <tr key={id}>
                <th scope="row">{names(id)}</th>
                <td>{period ? periodText(period) : t('requestDeadlines.noBuiltIn')}</td>
                <td className="muted">{rules[id] ? t('requestDeadlines.changed') : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <HolidayList holidays={holidays} onStatus={() => undefined} readOnly />
    </>
  );
}
