// Draft keeping for every form (issue 11): what an officer types is kept, sealed, until saved.
export { DraftKeeper, draftDelayMs, type DraftFocus, type DraftKeeperOptions } from './DraftKeeper';
export { DraftNotice, type DraftNoticeProps } from './DraftNotice';
export { DiscardChangesDialog, type DiscardChangesDialogProps } from './DiscardChangesDialog';
export { draftKey, loadFormDraft, newRecord } from './formDrafts';
export { useFormDraft, useStoredDraft, type FormDraftControl, type UseFormDraftOptions } from './useFormDraft';
