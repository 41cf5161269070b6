import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import { usePlatform } from '../../platform';
import './sync.css';
import { useSyncStore } from './syncStore';

/**
 * Shown instead of the app after the server refused this device as revoked: says in plain words
 * that an administrator removed the device from the workspace and that its copy of the
 * workspace's data is gone from this device (the engine erased it before this shows), and what to
 * do next. Announced at once (role=alert); "Continue" opens the app in its local workspace and
 * tells the host this device uses no sync server any more.
 */
export function RevokedNotice() {
  const { t } = useTranslation();
  const workspace = useSyncStore((s) => s.revokedWorkspace);
  const dismiss = useSyncStore((s) => s.dismissRevoked);
  const platform = usePlatform();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (workspace === null) return null;
  return (
    <main className="card-page">
      <section className="page-card revoked-notice" role="alert" aria-labelledby="revoked-title" data-testid="revoked-notice">
        <h1 id="revoked-title" ref={heading} tabIndex={-1}>
          {t('sync.revoked.title', { workspace })}
        </h1>
        <p>{t('sync.revoked.body', { workspace })}</p>
        <p>{t('sync.revoked.next')}</p>
        <Button
          variant="primary"
          onPress={() => {
            dismiss();
            // Only now, not when revoked: the desktop host reloads the page, which would lose this notice.
            void platform.setSyncServer(null).catch((error: unknown) => console.error('clearing the sync server failed', error));
          }}
          data-testid="revoked-continue"
        >
          {t('sync.revoked.continue')}
        </Button>
      </section>
    </main>
  );
}
