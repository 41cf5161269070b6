import { useTranslation } from 'react-i18next';
import { lockAfterChoices, usePreferences } from '../../profile';
import { Button, FormSection, Select, type Option } from '../../components';
import { lockSession } from '../../security/session';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { EraseDeviceButton } from './EraseDeviceButton';
import { KeychainUnlockSetting } from './KeychainUnlockSetting';

/** Settings > Security: how soon the app locks when left alone, locking now, the passphrase, erasing. */
export function LockSettingsSection() {
  const { t } = useTranslation();
  const minutes = usePreferences((s) => s.lockAfterMinutes);
  const setMinutes = usePreferences((s) => s.setLockAfterMinutes);
  const options: Option[] = lockAfterChoices.map((m) => ({ id: String(m), label: t('lock.settings.minutes', { count: m }) }));
  return (
    <FormSection title={t('lock.settings.title')}>
      <Select
        label={t('lock.settings.lockAfter')}
        description={t('lock.settings.lockAfterHelp')}
        options={options}
        value={String(minutes)}
        onChange={(value) => value !== null && setMinutes(Number(value))}
      />
      <div className="lock-settings-actions">
        <Button variant="secondary" onPress={() => lockSession()}>
          {t('lock.lockNow')}
        </Button>
      </div>
      <h3 className="lock-settings-heading">{t('lock.change.title')}</h3>
      <ChangePassphraseForm />
      <KeychainUnlockSetting />
      <h3 className="lock-settings-heading">{t('lock.erase.title')}</h3>
      <p className="field-description">{t('lock.erase.help')}</p>
      <div className="lock-settings-actions">
        <EraseDeviceButton />
      </div>
    </FormSection>
  );
}
