import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog as RacDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

export interface DialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  /** Buttons for the dialog's actions; a Close button is shown when none are given. */
  footer?: ReactNode;
  /** `alertdialog` for confirmations that interrupt the user's work. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog: focus moves in and is trapped, Escape and a click outside close it (except an
 * alert dialog, which needs an answer), focus returns to the opener when it closes.
 */
export function Dialog({ isOpen, onOpenChange, title, children, footer, role = 'dialog' }: DialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={role === 'dialog'}
      className="modal-overlay"
    >
      <Modal className="modal">
        <RacDialog role={role} className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog-title">
                {title}
              </Heading>
              <div className="dialog-body">{children}</div>
              <div className="dialog-footer">
                {footer ?? (
                  <Button variant="primary" onPress={close}>
                    {t('common.actions.close')}
                  </Button>
                )}
              </div>
            </>
          )}
        </RacDialog>
      </Modal>
    </ModalOverlay>
  );
}
