import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, TextArea } from '../../components';

export interface MarkDoneDialogProps {
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  onConfirm(closingNote: string): Promise<void>;
}

/** "Mark done": asks how it was done; the button stays disabled until a closing note is written. */
export function MarkDoneDialog({ isOpen, onOpenChange, onConfirm }: MarkDoneDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) setNote('');
        onOpenChange(open);
      }}
      title={t('actionItems.done.title')}
      confirmLabel={t('actionItems.done.confirm')}
      isConfirmDisabled={note.trim() === ''}
      onConfirm={() => onConfirm(note)}
    >
      <p>{t('actionItems.done.body')}</p>
      <TextArea label={t('actionItems.done.note')} value={note} onChange={setNote} isRequired rows={4} />
    </ConfirmDialog>
  );
}

export interface SupersedeDialogProps {
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  reference: string;
  onConfirm(): Promise<void>;
}

/** "Supersede": says what will happen (a new item takes the work over) before doing it. */
export function SupersedeDialog({ isOpen, onOpenChange, reference, onConfirm }: SupersedeDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog isOpen={isOpen} onOpenChange={onOpenChange} title={`${t('actionItems.supersede.title')} ${reference}`} confirmLabel={t('actionItems.supersede.confirm')} onConfirm={onConfirm}>
      <p>{t('actionItems.supersede.body')}</p>
    </ConfirmDialog>
  );
}
