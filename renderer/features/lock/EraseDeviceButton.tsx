import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, Checkbox, ConfirmDialog } from '../../components';
import { usePlatform } from '../../platform';
import { profileKeyringStore } from '../../security/keyringStore';
import { eraseDevice } from './eraseDevice';

/**
 * "Erase this computer": in Settings, and on the lock screen for an officer who forgot the
 * passphrase (otherwise the only way out would be to find and delete the browser profile). Asks
 * first, with a box to tick, because it cannot be undone; then destroys the keys and the data
 * (eraseDevice.ts) and starts the app afresh.
 */
export function EraseDeviceButton() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const erase = async () => {
    setError(null);
    setProgress(t('lock.erase.erasing'));
    try {
      await eraseDevice({ store: profileKeyringStore(), onProgress: (done, total) => setProgress(`${t('lock.erase.erasing')} ${done} / ${total}`) });
    } catch (failure) {
      // The keys go first, so even a failure here leaves nothing readable; say what happened.
      setProgress(null);
      setError(t('lock.erase.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
      return;
    }
    // The desktop host reloads when the setting changes; the reload below covers the web host.
    await platform.setSyncServer(null).catch((failure: unknown) => console.error('clearing the sync server failed', failure));
    window.location.reload();
  };

  return (
    <>
      <Button variant="danger" onPress={() => setOpen(true)} data-testid="erase-device">
        {t('lock.erase.button')}
      </Button>
      {error && <Banner tone="error">{error}</Banner>}
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(next) => {
          if (progress !== null) return; // erasing: the dialog stays until the page reloads
          setOpen(next);
          setUnderstood(false);
        }}
        title={t('lock.erase.title')}
        tone="danger"
        confirmLabel={t('lock.erase.confirm')}
        isConfirmDisabled={!understood || progress !== null}
        onConfirm={erase}
      >
        <p>{t('lock.erase.body')}</p>
        <p>{t('lock.erase.synced')}</p>
        <Checkbox label={t('lock.erase.understood')} isSelected={understood} onChange={setUnderstood} />
        {progress && (
          <p role="status" className="lock-progress">
            {progress}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
