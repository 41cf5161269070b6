import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../profile';
import { TextField } from '../../components';
import { isLongEnough } from '../../security/keyring';
import { minimumScore, passphraseStrength, type StrengthScore } from './passphraseStrength';

type Errors = { passphrase?: string | null; confirm?: string | null };

/** A new passphrase typed twice, its strength as typed, and the check that refuses a weak one. */
export function useNewPassphrase() {
  const displayName = usePreferences((s) => s.displayName);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [score, setScore] = useState<StrengthScore | null>(null);
  const [errors, setErrors] = useState<Errors>({});

  useEffect(() => {
    let current = true;
    if (passphrase === '') setScore(null);
    else void passphraseStrength(passphrase, [displayName]).then((s) => current && setScore(s));
    return () => {
      current = false;
    };
  }, [passphrase, displayName]);

  /** Shows what is wrong (too short, too weak, not the same twice); true when it may be used. */
  const validate = async (): Promise<boolean> => {
    const strength = await passphraseStrength(passphrase, [displayName]);
    const passphraseError = !isLongEnough(passphrase) ? 'lock.setup.tooShort' : strength < minimumScore ? 'lock.setup.tooWeak' : null;
    const confirmError = !passphraseError && confirm !== passphrase ? 'lock.setup.mismatch' : null;
    setErrors({ passphrase: passphraseError, confirm: confirmError });
    return !passphraseError && !confirmError;
  };

  const reset = () => {
    setPassphrase('');
    setConfirm('');
    setErrors({});
  };

  return { passphrase, setPassphrase, confirm, setConfirm, score, errors, validate, reset };
}

export type NewPassphrase = ReturnType<typeof useNewPassphrase>;

/** The two fields and the strength meter between them. */
export function NewPassphraseFields({ state, label, autoFocus }: { state: NewPassphrase; label: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { passphrase, setPassphrase, confirm, setConfirm, score, errors } = state;
  return (
    <>
      <TextField
        label={label}
        description={t('lock.setup.passphraseHelp')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
        errorMessage={errors.passphrase ? t(errors.passphrase) : null}
        isRequired
        autoFocus={autoFocus}
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
    </>
  );
}
