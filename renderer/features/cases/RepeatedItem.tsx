import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components';

/** One entry of a repeated group (a party, a goods line…): a numbered heading and its Remove button. */
export function RepeatedItem({ heading, removeLabel, onRemove, children }: {
  heading: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="case-form-item" role="group" aria-label={heading}>
      <div className="case-form-item-header">
        <h3 className="case-form-item-title">{heading}</h3>
        <Button variant="quiet" size="small" onPress={onRemove} aria-label={removeLabel}>
          {t('common.actions.remove')}
        </Button>
      </div>
      {children}
    </div>
  );
}
