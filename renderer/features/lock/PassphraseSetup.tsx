import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useUiStore } from '../../app/uiStore';
import { Banner, Button, FieldGrid, FormActions, TextField } from '../../components';
import { LockCard } from './LockCard';
import { isLongEnough, type DataKey } from '../../security/keyring';
import { minimumScore, passphraseStrength, type StrengthScore } from './passphraseStrength';
import { setUpProfile, type ProfileLockOptions } from './profileLock';

type Errors = { passphrase?: string | null; confirm?: string | null; form?: string | null };

/**
 * First run: the officer chooses the passphrase that wraps the data key. The strength is shown as
 * they type and a weak one is refused (no silent default); the consequence of forgetting it is
 * said before anything is encrypted.
 */
export function PassphraseSetup({ lockOptions, onUnlocked }: { lockOptions: Omit<ProfileLockOptions, 'onProgress'>; onUnlocked: (key: DataKey) => void }) {
  const { t } = useTranslation();
  const displayName = useUiStore((s) => s.displayName);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [score, setScore] = useState<StrengthScore | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    if (passphrase === '') setScore(null);
    else void passphraseStrength(passphrase, [displayName]).then((s) => current && setScore(s));
    return () => {
      current = false;
    };
  }, [passphrase, displayName]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== null) return;
    const strength = await passphraseStrength(passphrase, [displayName]);
    const passphraseError = !isLongEnough(passphrase) ? 'lock.setup.tooShort' : strength < minimumScore ? 'lock.setup.tooWeak' : null;
    const confirmError = !passphraseError && confirm !== passphrase ? 'lock.setup.mismatch' : null;
    setErrors({ passphrase: passphraseError, confirm: confirmError });
    if (passphraseError || confirmError) return;
    setProgress(t('lock.setup.encrypting'));
    try {
      const key = await setUpProfile(passphrase, {
        ...lockOptions,
        onProgress: (done, total) => setProgress(`${t('lock.setup.encrypting')} ${done} / ${total}`),
      });
      onUnlocked(key);
    } catch (error) {
      setErrors({ form: t('lock.setup.failed', { reason: error instanceof Error ? error.message : String(error) }) });
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
          <TextField
            label={t('lock.setup.passphrase')}
            description={t('lock.setup.passphraseHelp')}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={setPassphrase}
            errorMessage={errors.passphrase ? t(errors.passphrase) : null}
            isRequired
            autoFocus
          />
          {score !== null && (
            <div className="lock-strength" data-testid="passphrase-strength" aria-live="polite">
              <span className="lock-strength-bar" data-score={score} aria-hidden="true">
                <span />
                <span />
                <span />
                <span />
              </span>
              <span>
                {t('lock.strength.label')}: {t(`lock.strength.${score}`)}
              </span>
            </div>
          )}
          <TextField
            label={t('lock.setup.confirm')}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
            errorMessage={errors.confirm ? t(errors.confirm) : null}
            isRequired
          />
        </FieldGrid>
        {errors.form && <Banner tone="error">{errors.form}</Banner>}
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
