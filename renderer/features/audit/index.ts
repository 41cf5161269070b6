/**
 * Public entry of the audit trail: the audit log page (`/audit`), a record's Activity section,
 * the hook record pages call to audit their opening, and the feature's translations. Changes are
 * logged by the data layer (`commitChanges`); openings by `useRecordView` into `viewLog`, which the
 * sync engine reports to the server.
 */
export { auditModule } from './module';
export { AuditPage } from './AuditPage';
export { RecordActivity, type RecordActivityProps } from './RecordActivity';
export { useRecordView } from './useRecordView';
export { recordExport, recordExports, recordView, type ViewContext } from './recordView';
export { auditLocales } from './locales';
