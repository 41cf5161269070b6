import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../profile';
import { Banner, Button, ConfirmDialog } from '../../components';
import { useDatabase } from '../../db/DatabaseProvider';
import { useFormat } from '../../i18n';
import { usePlatform } from '../../platform';
import { disconnectDevice } from './disconnectDevice';
import { syncErrorKey } from './syncMessages';
import type { EnrollmentSummary } from './syncStore';
import { useSyncStore } from './syncStore';
import { deleteWorkspaceDb } from './workspaceSwitch';

type Refusal = { kind: 'pending'; count: number } | { kind: 'failed' };

/**
 * This device's enrollment: workspace, member, role, server and device id, the last sync, "Sync
 * now", and "Disconnect this device" (confirmed; refused while changes are waiting to be sent).
 */
export function EnrolledDevicePanel({ enrollment }: { enrollment: EnrollmentSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { db } = useDatabase();
  const platform = usePlatform();
  const setWorkspaceId = usePreferences((s) => s.setWorkspaceId);
  const lastSyncAt = useSyncStore((s) => s.lastSyncAt);
  const syncNow = useSyncStore((s) => s.syncNow);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const workspace = enrollment.workspace.name;

  const disconnect = async () => {
    setRefusal(null);
    try {
      const result = await disconnectDevice(db, { leave: () => setWorkspaceId('local'), deleteDb: deleteWorkspaceDb });
      if (!result.disconnected) setRefusal({ kind: 'pending', count: result.pending });
      // The device uses no server any more: the desktop host reloads the page under a policy that lets it enroll anew.
      else void platform.setSyncServer(null).catch((error: unknown) => console.error('clearing the sync server failed', error));
    } catch (error) {
      console.error('disconnect failed', error);
      setRefusal({ kind: 'failed' });
    }
  };

  return (
    <div data-testid="sync-enrolled">
      <dl className="detail-list">
        <div>
          <dt>{t('sync.settings.workspace')}</dt>
          <dd data-testid="sync-workspace-name">{workspace}</dd>
        </div>
        <div>
          <dt>{t('sync.settings.member')}</dt>
          <dd data-testid="sync-member-name">{enrollment.member.name}</dd>
        </div>
        <div>
          <dt>{t('sync.settings.role')}</dt>
          <dd data-testid="sync-member-role" data-role={enrollment.member.role}>
            {t(`sync.settings.roles.${enrollment.member.role}`)}
          </dd>
        </div>
        <div>
          <dt>{t('sync.settings.server')}</dt>
          <dd>{enrollment.serverUrl}</dd>
        </div>
        <div>
          <dt>{t('sync.settings.deviceId')}</dt>
          <dd>
            <code data-testid="sync-device-id">{enrollment.deviceId}</code>
          </dd>
        </div>
        <div>
          <dt>{t('sync.status.label')}</dt>
          <dd>
            {lastSyncAt
              ? t('sync.status.lastSync', { time: format.dateTime(new Date(lastSyncAt).toISOString()) })
              : t('sync.status.neverSynced')}
          </dd>
        </div>
      </dl>
      {refusal ? (
        <Banner tone="error">
          {refusal.kind === 'pending'
            ? t('sync.settings.disconnectRefused', { count: refusal.count })
            : t('sync.settings.disconnectFailed', { reason: t(syncErrorKey(undefined)) })}
        </Banner>
      ) : null}
      <div className="sync-actions">
        <Button variant="primary" onPress={() => syncNow()} data-testid="settings-sync-now">
          {t('sync.settings.syncNow')}
        </Button>
        <Button variant="danger" onPress={() => setConfirming(true)} data-testid="sync-disconnect">
          {t('sync.settings.disconnect')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('sync.settings.disconnectTitle')}
        confirmLabel={t('sync.settings.disconnectConfirm')}
        tone="danger"
        onConfirm={disconnect}
      >
        <p>{t('sync.settings.disconnectBody', { workspace })}</p>
      </ConfirmDialog>
    </div>
  );
}
