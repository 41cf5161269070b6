export { AttacheDb, openWorkspaceDb, workspaceDbName, type AttacheDbOptions } from './AttacheDb';
export type { StampedChanges } from './recordSealing';
export { latestSchemaVersion, schemaVersions, type SchemaVersion } from './schemaVersions';
export { commitChanges, presealMinChanges, type Change, type CommitContext, type PutChange } from './commitChanges';
export {
  RecordMissingError,
  RecordValidationError,
  ServerAuthoredWriteError,
  StatusTransitionError,
  type RecordIssue,
} from './errors';
export { newId, ensureDeviceId } from './ids';
export { allocateActionItemReference, allocateCaseReference } from './caseReference';
export {
  DatabaseProvider,
  StaticDatabaseProvider,
  useDatabase,
  type DatabaseContextValue,
  type DatabaseProviderProps,
} from './DatabaseProvider';
export { dbLocales } from './dbLocales';
export { clocksOf, withClocks, type StoredClockGroup } from './rowClocks';
export type {
  ChangeLogEntry,
  ChangeLogOp,
  LocalRow,
  SyncedRecordKey,
  FormDraft,
  HsCodeRow,
  MetaEntry,
  OutboxEntry,
  StoredBlob,
  BlobUpload,
  SyncedEntityTable,
  ViewLogEntry,
} from './types';
export { liveRecords, toRecord } from './domainRecord';
