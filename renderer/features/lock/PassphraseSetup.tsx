import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Banner, Button, FieldGrid, FormActions } from '../../components';
import type { DataKey } from '../../security/keyring';
import { LockCard } from './LockCard';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { setUpProfile, type ProfileLockOptions } from './profileLock';

/**
 * First run: the officer chooses the passphrase that wraps the data key. The strength is shown as
 * they type and a weak one is refused (no silent default); the consequence of forgetting it is
 * said before anything is encrypted.
 */
export function PassphraseSetup({ lockOptions, onUnlocked }: { lockOptions: Omit<ProfileLockOptions, 'onProgress'>; onUnlocked: (key: DataKey) => void }) {
  const { t } = useTranslation();
  const newPassphrase = useNewPassphrase();
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== null || !(await newPassphrase.validate())) return;
    setProgress(t('lock.setup.encrypting'));
    try {
      const key = await setUpProfile(newPassphrase.passphrase, {
        ...lockOptions,
        onProgress: (done, total) => setProgress(`${t('lock.setup.encrypting')} ${done} / ${total}`),
      });
      onUnlocked(key);
    } catch (error) {
      setFormError(t('lock.setup.failed', { reason: error instanceof Error ? error.message : String(error) }));
      setProgress(null);
    }
  };

  return (
    <LockCard titleId="lock-setup-title" title={t('lock.setup.title')} testId="passphrase-setup">
      <p>{t('lock.setup.intro')}</p>
      <Banner tone="warning">
        <p>{t('lock.setup.warning')}</p>
      </Banner>
      <Form onSubmit={submit} validationBehavior="aria" className="form">
        <FieldGrid columns={1}>
          <NewPassphraseFields state={newPassphrase} label={t('lock.setup.passphrase')} autoFocus />
        </FieldGrid>
        {formError && <Banner tone="error">{formError}</Banner>}
        {progress && (
          <p role="status" className="lock-progress">
            {progress}
          </p>
        )}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={progress !== null}>
            {t('lock.setup.submit')}
          </Button>
        </FormActions>
      </Form>
    </LockCard>
  );
}
