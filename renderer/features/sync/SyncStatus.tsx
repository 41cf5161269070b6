import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOnlineStatus } from '../../platform';
import { Button } from '../../components';
import { useFormat } from '../../i18n';
import './sync.css';
import { useSyncStore } from './syncStore';
import { describeSyncStatus } from './syncStatusView';

/**
 * The sync state, always visible in the top bar: changes waiting while offline / syncing (with rows received on a first
 * download) / up to date with the last sync time / error with its reason, plus the number of
 * changes waiting, and a "Sync now" button. Not enrolled: a link to Settings saying the data is on
 * this device only. Only trouble (error, unreachable) is announced to screen readers, so the
 * periodic sync does not interrupt them every minute.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const online = useOnlineStatus();
  const state = useSyncStore();
  const view = describeSyncStatus(state, { enrolled: state.enrollment !== null, online });

  if (view.kind === 'notConnected') {
    return (
      <div className="sync-status" data-testid="sync-status" data-sync-state={view.kind}>
        <Link href="/settings" className={`badge-${view.tone} status-pill`} data-testid="sync-not-connected">
          {t(view.labelKey)}
        </Link>
      </div>
    );
  }

  // Without a network the shell's own indicator says "Offline" (enrolled or not); a second pill
  // saying it again would only crowd the bar, so this adds just what waits to be sent.
  if (view.kind === 'offline') {
    return (
      <div className="sync-status" data-testid="sync-status" data-sync-state={view.kind} data-pending={view.pending}>
        {view.pending > 0 ? (
          <span className="badge-neutral status-pill" data-testid="sync-pending">
            {t('sync.status.pending', { count: view.pending })}
          </span>
        ) : null}
      </div>
    );
  }

  const time = view.lastSyncAt ? format.dateTime(new Date(view.lastSyncAt).toISOString()) : null;
  let label = t(view.labelKey, { count: view.count });
  if (view.kind === 'upToDate' && time) label = t('sync.status.upToDateAt', { time });
  if (view.kind === 'error') label = t(view.labelKey, { reason: t(view.reasonKey ?? 'sync.errors.unknown') });
  const trouble = view.kind === 'error' || view.kind === 'unreachable';

  return (
    <div className="sync-status" data-testid="sync-status" data-sync-state={view.kind} data-pending={view.pending}>
      <span className={`badge-${view.tone} status-pill`} title={time ? t('sync.status.lastSync', { time }) : t('sync.status.neverSynced')}>
        <span data-testid="sync-status-label">{label}</span>
        {view.pending > 0 ? (
          <span className="sync-pending" data-testid="sync-pending">
            {'· '}
            {t('sync.status.pending', { count: view.pending })}
          </span>
        ) : null}
      </span>
      <span role="status" className="visually-hidden">
        {trouble ? label : null}
      </span>
      <Button
        variant="quiet"
        size="small"
        className="sync-now"
        data-testid="sync-now"
        isDisabled={view.kind === 'syncing'}
        onPress={() => state.syncNow()}
      >
        {t('sync.status.syncNow')}
      </Button>
    </div>
  );
}
