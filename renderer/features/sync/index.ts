/**
 * Public entry of the sync feature: the client sync engine (push the outbox, pull and rebase,
 * repair, revocation), the enrollment record, the one-owner-per-profile runner and their types.
 */
export { createSyncClient, type FetchLike, type SyncClient, type SyncClientOptions } from './syncClient';
export { SyncError, isRetryable, type SyncErrorCode } from './syncError';
export { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './syncEngine';
export { initialSyncState, type SyncPhase, type SyncState } from './syncState';
export {
  enrollDevice,
  loadSyncSettings,
  saveSyncSettings,
  type EnrollDeviceOptions,
  type SyncSettings,
} from './syncSettings';
export {
  requestSync,
  startSyncOwner,
  syncLockName,
  type LockManagerLike,
  type SyncOwner,
  type SyncOwnerOptions,
} from './syncOwner';
export { adoptLocalWorkspace, hasLocalRecords, type AdoptResult } from './adoptLocalWorkspace';
export { connectDevice, type ConnectDeviceInput, type ConnectDeviceResult } from './connectDevice';
export { resolveDeviceId } from './deviceIdentity';
export { disconnectDevice, type DisconnectResult } from './disconnectDevice';
export { readAttachmentBytes } from './blobSync';
export { syncModule } from './module';
export { syncLocales } from './locales';
export { RevokedNotice } from './RevokedNotice';
export { SyncProvider } from './SyncProvider';
export { SyncSettingsSection } from './SyncSettingsSection';
export { SyncStatus } from './SyncStatus';
export { useSyncStore, type EnrollmentSummary, type SyncStoreState } from './syncStore';
export { describeSyncStatus, type SyncStatusView } from './syncStatusView';
export { enrollProblemFor, syncErrorKey } from './syncMessages';
