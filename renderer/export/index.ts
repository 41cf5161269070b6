/**
 * Exports below the features: one CSV machinery (formula guard, UTF-8 BOM for Excel, CRLF, saved
 * through the Platform) for the audit log, the requests register and its statistics alike.
 */
export { csvMediaType, csvSafe, datedCsvName, saveCsv, toCsv, type CsvCell } from './csv';
export { useCsvSave, type CsvSaveState } from './useCsvSave';
