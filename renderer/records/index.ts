/**
 * Records in words, below the features: the label of every table, field and value of a synced
 * record (the case form's words), how a record is named ("Importer of 2026-RHT7-0001"), and what
 * values holding ids read as. The audit log, the change history and the conflicts screen all show
 * records through this one mechanism; a feature adding a table adds its kinds and labels here.
 */
export { caseTableKinds, caseTables, fieldKind, isListedField, recordEnums, type CaseTable, type FieldKind, type RecordEnum } from './fieldKinds';
export { enumLabel, fieldLabel, tableLabel } from './recordLabels';
export { formatFieldValue, hsCodeText, mediaTypeText, type CaseRef, type RecordRefs, type ValueOptions } from './recordValues';
export { recordName, type NamedRecord } from './recordName';
export { caseIdsIn, loadCaseFamily, loadCaseRefs, loadRequestFamily, recordRefs, type FamilyRecord } from './recordRefs';
export { recordsLocales, type RecordsLocale } from './locales';
