import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components';

export interface DiscardChangesDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Discards the draft and leaves the form. */
  onDiscard: () => void | Promise<void>;
}

/**
 * Asked when an officer cancels a form holding unsaved changes: Cancel is a deliberate "throw
 * this away", so it discards the draft, but never silently; keeping on editing is the default.
 * (Leaving the form any other way keeps the draft, to be restored on return.)
 */
export function DiscardChangesDialog({ isOpen, onOpenChange, onDiscard }: DiscardChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('common.drafts.leaveTitle')}
      confirmLabel={t('common.drafts.leaveConfirm')}
      cancelLabel={t('common.drafts.keepEditing')}
      tone="danger"
      onConfirm={onDiscard}
    >
      <p>{t('common.drafts.leaveBody')}</p>
    </ConfirmDialog>
  );
}
