import { useTranslation } from 'react-i18next';
import { FormSection, Select, type Option } from '../components';
import { daysAheadChoices, useReminderStore } from './reminderStore';

/** Settings > Deadline reminders: how many days ahead this computer notifies, or never. */
export function ReminderSettingsSection() {
  const { t } = useTranslation();
  const daysAhead = useReminderStore((s) => s.daysAhead);
  const setDaysAhead = useReminderStore((s) => s.setDaysAhead);
  const options: Option[] = daysAheadChoices.map((d) => ({
    id: String(d),
    label: d === 0 ? t('reminders.settings.off') : t('reminders.settings.days', { count: d }),
  }));
  return (
    <FormSection title={t('reminders.settings.title')}>
      <Select
        label={t('reminders.settings.daysAhead')}
        description={t('reminders.settings.help')}
        options={options}
        value={String(daysAhead)}
        onChange={(value) => value !== null && setDaysAhead(Number(value))}
      />
    </FormSection>
  );
}
