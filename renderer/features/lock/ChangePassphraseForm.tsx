import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Button, FieldGrid, FormActions, TextField } from '../../components';
import { KeyringError } from '../../security/keyring';
import { profileKeyringStore } from '../../security/keyringStore';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { changePassphrase } from './profileLock';
import { afterFailure, loadThrottle, noFailures, saveThrottle, waitBeforeAttempt } from './unlockThrottle';

/**
 * Settings > Security: a new passphrase for the same data key. The current passphrase is asked
 * for (someone at an unlocked, unattended laptop must not take the data over), and wrong answers
 * count against the same throttle as the lock screen's.
 */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const newPassphrase = useNewPassphrase();

  const close = () => {
    setEditing(false);
    setCurrent('');
    setCurrentError(null);
    newPassphrase.reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const wait = waitBeforeAttempt(loadThrottle(), Date.now());
    if (wait > 0) {
      setCurrentError(t('lock.unlock.throttled', { seconds: Math.ceil(wait / 1000) }));
      return;
    }
    if (!(await newPassphrase.validate())) return;
    setBusy(true);
    setCurrentError(null);
    try {
      await changePassphrase(profileKeyringStore(), current, newPassphrase.passphrase);
      saveThrottle(noFailures);
      close();
      setDone(true);
    } catch (failure) {
      if (failure instanceof KeyringError && failure.code === 'wrong_passphrase') {
        saveThrottle(afterFailure(loadThrottle(), Date.now()));
        setCurrentError(t('lock.change.wrongCurrent'));
      } else {
        setCurrentError(t('lock.change.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
      }
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <div className="lock-change">
        {done && (
          <p role="status" className="lock-change-done">
            {t('lock.change.done')}
          </p>
        )}
        <Button
          variant="secondary"
          onPress={() => {
            setDone(false);
            setEditing(true);
          }}
        >
          {t('lock.change.open')}
        </Button>
      </div>
    );
  }

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form lock-change" aria-label={t('lock.change.title')} data-testid="change-passphrase">
      <p>{t('lock.change.intro')}</p>
      <FieldGrid columns={1}>
        <TextField
          label={t('lock.change.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          errorMessage={currentError}
          isRequired
          autoFocus
        />
        <NewPassphraseFields state={newPassphrase} label={t('lock.change.next')} />
      </FieldGrid>
      {busy && (
        <p role="status" className="lock-progress">
          {t('lock.change.saving')}
        </p>
      )}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {t('lock.change.submit')}
        </Button>
        <Button variant="secondary" onPress={close} isDisabled={busy}>
          {t('common.actions.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
