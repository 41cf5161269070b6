import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Checkbox } from '../../components';
import { usePlatform } from '../../platform';
import { profileKeyringStore } from '../../security/keyringStore';
import { sessionKey } from '../../security/session';
import { disableKeychainUnlock, enableKeychainUnlock } from './profileLock';
import { useKeychainStatus } from './useKeychainStatus';

/**
 * Settings > Security, desktop only: also unlock with the computer account (OS keychain). Not
 * shown where there is no keychain (the web host); explained, not offered, where the keychain
 * protects nothing (Linux `basic_text`).
 */
export function KeychainUnlockSetting() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const status = useKeychainStatus();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void profileKeyringStore()
      .load()
      .then((keyring) => setEnabled(Boolean(keyring?.keychainWrap)));
  }, []);

  if (status === null || status === 'unavailable' || enabled === null) return null;
  if (status === 'insecure') return <p className="field-description">{t('lock.keychain.insecure')}</p>;

  const toggle = async (on: boolean) => {
    setError(null);
    const key = sessionKey();
    try {
      if (on && key) await enableKeychainUnlock(profileKeyringStore(), key, { seal: (b) => platform.keychainSeal(b), open: (b) => platform.keychainOpen(b) });
      else await disableKeychainUnlock(profileKeyringStore());
      setEnabled(on);
    } catch (failure) {
      setError(t('lock.keychain.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  return (
    <>
      <Checkbox label={t('lock.keychain.label')} description={t('lock.keychain.help')} isSelected={enabled} onChange={(on) => void toggle(on)} />
      {error && <Banner tone="error">{error}</Banner>}
    </>
  );
}
