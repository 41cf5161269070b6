import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../platform';

/**
 * Says so when the device is offline. The live region stays in the page while online (empty) so
 * screen readers announce the message the moment it appears.
 */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <div role="status" className="offline-region">
      {online ? null : (
        <span className="badge-warning status-pill">
          <span className="offline-dot" aria-hidden="true" />
          {t('common.offline.indicator')}
        </span>
      )}
    </div>
  );
}
