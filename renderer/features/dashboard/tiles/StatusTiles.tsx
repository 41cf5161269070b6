import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components';
import { useFormat } from '../../../i18n';
import { useOnlineStatus } from '../../../platform';
import { useOpenConflictCount } from '../../conflicts';
import { describeSyncStatus, useSyncStore } from '../../sync';
import { Tile, TileCount } from '../Tile';

/** Open conflicts, counted by the `status` index as the sidebar counts them. */
export function ConflictsTile() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const open = useOpenConflictCount();
  return (
    <Tile id="conflicts" title={t('dashboard.conflicts.title')} to="/conflicts">
      {open === undefined ? undefined : open === 0 ? (
        <p className="muted dashboard-empty">{t('dashboard.conflicts.none')}</p>
      ) : (
        <TileCount value={fmt.number(open)} label={t('dashboard.conflicts.open', { count: open })} tone="warning" />
      )}
    </Tile>
  );
}

/** Where sync stands, in the top bar's words; the heading leads to its settings. */
export function SyncTile() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const online = useOnlineStatus();
  const state = useSyncStore();
  const view = describeSyncStatus(state, { enrolled: state.enrollment !== null, online });
  const time = view.lastSyncAt ? fmt.dateTime(new Date(view.lastSyncAt).toISOString()) : null;
  let label = t(view.labelKey, { count: view.count });
  if (view.kind === 'upToDate' && time) label = t('sync.status.upToDateAt', { time });
  if (view.kind === 'error') label = t(view.labelKey, { reason: t(view.reasonKey ?? 'sync.errors.unknown') });
  return (
    <Tile id="sync" title={t('dashboard.sync.title')} to="/settings">
      <p className="dashboard-sync" data-sync-state={view.kind}>
        <Badge tone={view.tone}>{label}</Badge>
        {view.pending > 0 ? <span className="muted"> {t('sync.status.pending', { count: view.pending })}</span> : null}
      </p>
    </Tile>
  );
}
