import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components';

export interface ListItemProps {
  heading: string;
  removeLabel: string;
  onRemove: () => void;
  /** Moving buttons, named for screen readers ("Move question 2 up"); absent at the ends. */
  moveUp?: { label: string; onMove: () => void };
  moveDown?: { label: string; onMove: () => void };
  children: ReactNode;
}

/**
 * One entry of an ordered list of the request (a goods line, a question): its numbered heading,
 * buttons to move it up or down (the order is the printed numbering) and to remove it.
 */
export function ListItem({ heading, removeLabel, onRemove, moveUp, moveDown, children }: ListItemProps) {
  const { t } = useTranslation();
  return (
    <div className="request-form-item" role="group" aria-label={heading}>
      <div className="request-form-item-header">
        <h3 className="request-form-item-title">{heading}</h3>
        <div className="request-form-item-actions">
          <Button variant="quiet" size="small" isDisabled={!moveUp} onPress={moveUp?.onMove} aria-label={moveUp?.label}>
            {t('requestForm.move.up')}
          </Button>
          <Button variant="quiet" size="small" isDisabled={!moveDown} onPress={moveDown?.onMove} aria-label={moveDown?.label}>
            {t('requestForm.move.down')}
          </Button>
          <Button variant="quiet" size="small" onPress={onRemove} aria-label={removeLabel}>
            {t('common.actions.remove')}
          </Button>
        </div>
      </div>
      {children}
    </div>
  );
}
