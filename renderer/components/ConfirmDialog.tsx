import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  /** Label of the confirming button; defaults to "Confirm". Say what happens ("Archive case"). */
  confirmLabel?: string;
  /** Label of the safe button that closes the dialog; defaults to "Cancel". */
  cancelLabel?: string;
  onConfirm: () => void | Promise<void>;
  tone?: 'primary' | 'danger';
  /** Disables the confirm button, e.g. while the dialog's own fields are invalid. */
  isConfirmDisabled?: boolean;
}

/** Asks before an action that changes a case's course (close, archive). Cancel is the safe default. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  tone = 'primary',
  isConfirmDisabled,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const confirm = async () => {
    await onConfirm();
    onOpenChange(false);
  };
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      role="alertdialog"
      footer={
        <>
          <Button variant="secondary" onPress={() => onOpenChange(false)} autoFocus>
            {cancelLabel ?? t('common.actions.cancel')}
          </Button>
          <Button variant={tone} onPress={confirm} isDisabled={isConfirmDisabled}>
            {confirmLabel ?? t('common.actions.confirm')}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
