/**
 * Public entry of the risk-list parsers: pure functions from a file's bytes or text to checked
 * entry drafts and row-level errors, used by the import worker and by any tool that reads lists.
 * Formats: our CSV (`riskListCsvColumns`), the OpenSanctions simple CSV, our JSON form.
 */
export { riskListCsvColumns, type RiskListCsvColumn } from './csvColumns';
export { decodeRiskListFile } from './decodeRiskListFile';
export { parseRiskListCsv, type ParsedRiskList } from './parseRiskListCsv';
export { parseRiskListJson, riskListJsonMetadataSchema, type RiskListJsonMetadata } from './parseRiskListJson';
export { toRiskEntry, type RiskEntryDraft } from './riskEntryDraft';
export type { RowError } from './rowError';
// Each error's problem apart from its English sentence, so the import page can tell it in the UI language.
export { fileProblemText, rowErrorIn, type DetailedRowError, type FileProblem, type FileProblemCode, type FileProblemLanguage } from './fileProblems';
// Writers of the same formats (read back by the parsers above) and the diff of two versions.
export { riskListCsvTemplate, writeRiskListCsv } from './writeRiskListCsv';
export { writeRiskListJson } from './writeRiskListJson';
export { diffRiskLists, riskEntryMatchKey, type FieldChange, type RiskEntryChange, type RiskEntryField, type RiskListDiff } from './diffRiskLists';
