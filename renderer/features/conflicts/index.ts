/**
 * Public entry of the conflicts feature: the conflicts screen, a record's change history, the live
 * count of open conflicts (for the navigation), the marker a case's page shows while it has one,
 * and the feature's translations. Records, fields and values are named by `renderer/records`,
 * which the audit uses too.
 */
export { conflictsLocales, conflictsModule } from './module';
export { ConflictsPage } from './ConflictsPage';
export { RecordHistory, type RecordHistoryProps } from './RecordHistory';
export { useOpenConflictCount } from './hooks';
export { ConflictMarker } from './ConflictMarker';
