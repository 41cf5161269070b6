import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Banner, Button, FieldGrid, FormActions, TextField } from '../../components';
import { EraseDeviceButton } from './EraseDeviceButton';
import { LockCard } from './LockCard';
import { KeyringError, type DataKey, type KeyringRecord } from '../../security/keyring';
import { unlockProfile, unlockWithKeychain, type ProfileLockOptions } from './profileLock';
import { useKeychainStatus } from './useKeychainStatus';
import { usePlatform } from '../../platform';
import { afterFailure, loadThrottle, noFailures, saveThrottle, waitBeforeAttempt } from './unlockThrottle';

/**
 * The lock screen: the passphrase opens the data key. A wrong one says so and opens nothing;
 * after three, attempts are spaced out (unlockThrottle.ts). Nothing of the data is on screen.
 */
export function UnlockScreen({ keyring, lockOptions, onUnlocked }: { keyring: KeyringRecord; lockOptions: ProfileLockOptions; onUnlocked: (key: DataKey) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const platform = usePlatform();
  const keychain = useKeychainStatus();
  const wait = waitBeforeAttempt(loadThrottle(), now);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [wait, now]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waitBeforeAttempt(loadThrottle(), Date.now()) > 0) return;
    setBusy(true);
    setError(null);
    performance.mark('attache:unlock-start'); // read by the bench (bench/layerBench.ts)
    try {
      const key = await unlockProfile(keyring, passphrase, lockOptions);
      saveThrottle(noFailures);
      onUnlocked(key);
    } catch (failure) {
      if (failure instanceof KeyringError && failure.code === 'wrong_passphrase') {
        saveThrottle(afterFailure(loadThrottle(), Date.now()));
        setError(t('lock.unlock.wrong'));
        setPassphrase('');
      } else {
        setError(t('lock.unlock.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
      }
      setNow(Date.now());
      setBusy(false);
    }
  };

  // Opted in (KeychainUnlockSetting): the computer account opens the key; no throttle applies,
  // the OS decides who may read its keychain.
  const withKeychain = async () => {
    setBusy(true);
    setError(null);
    performance.mark('attache:unlock-start');
    try {
      onUnlocked(await unlockWithKeychain(keyring, { seal: (b) => platform.keychainSeal(b), open: (b) => platform.keychainOpen(b) }, lockOptions));
    } catch {
      setError(t('lock.keychain.unlockFailed'));
      setBusy(false);
    }
  };

  return (
    <LockCard titleId="unlock-title" title={t('lock.unlock.title')} testId="unlock-screen">
      <p>{t('lock.unlock.intro')}</p>
      <Form onSubmit={submit} validationBehavior="aria" className="form">
        <FieldGrid columns={1}>
          <TextField
            label={t('lock.unlock.passphrase')}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
            errorMessage={error}
            isRequired
            autoFocus
          />
        </FieldGrid>
        {wait > 0 && <Banner tone="warning">{t('lock.unlock.throttled', { seconds: Math.ceil(wait / 1000) })}</Banner>}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={busy || wait > 0}>
            {busy ? t('lock.unlock.unlocking') : t('lock.unlock.submit')}
          </Button>
          {keyring.keychainWrap && keychain === 'available' && (
            <Button variant="secondary" onPress={() => void withKeychain()} isDisabled={busy}>
              {t('lock.keychain.unlock')}
            </Button>
          )}
        </FormActions>
      </Form>
      <div className="lock-forgotten">
        <p>{t('lock.unlock.forgotten')}</p>
        <EraseDeviceButton />
      </div>
    </LockCard>
  );
}
