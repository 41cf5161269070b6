/**
 * Exports below the features: one CSV machinery (formula guard, UTF-8 BOM for Excel, CRLF, saved
 * through the Platform) for the audit log, the requests register and its statistics, the risk
 * lists alike, and the status line that says what an export did.
 */
export { csvMediaType, csvSafe, datedCsvName, saveCsv, toCsv, type CsvCell } from './csv';
export { SaveStatus } from './SaveStatus';
export { useCsvSave, useFileSave, type CsvSaveState } from './useCsvSave';
