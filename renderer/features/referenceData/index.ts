export { HsImportPanel } from './HsImportPanel';
export { HsCodeComboBox } from './HsCodeComboBox';
export { HsCodeLookup } from './HsCodeLookup';
export {
  HsImportError,
  importHsNomenclature,
  type HsImportProgress,
  type HsImportResult,
  type HsRejectedRow,
} from './importHsNomenclature';
export { hsRejectReasons, type HsRejectReason } from './hsRowCheck';
export { findHsMatch, findHsSuggestions, hsPrefixes } from './hsLookup';
export { useHsDescription, useHsMatch, useHsSuggestions } from './useHsLookup';
export { referenceDataLocales } from './referenceDataLocales';
export { referenceDataModule } from './module';
