import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Case } from '../../../../shared/domain';
import { Button, ComboBox, Dialog } from '../../../components';

export interface CasePickerDialogProps {
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  cases: readonly Pick<Case, 'id' | 'reference' | 'title' | 'archivedAt'>[];
}

/** "New request" from the register: a request belongs to a case, so it asks which (or to create one first). */
export function CasePickerDialog({ isOpen, onOpenChange, cases }: CasePickerDialogProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [caseId, setCaseId] = useState<string | null>(null);
  const options = cases
    .filter((c) => c.archivedAt === null)
    .map((c) => ({ id: c.id, label: `${c.reference} — ${c.title}` }))
    .sort((a, b) => b.label.localeCompare(a.label));
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('requests.register.pickCaseTitle')}
      footer={
        <>
          <Button onPress={() => onOpenChange(false)}>{t('common.actions.cancel')}</Button>
          <Button
            variant="primary"
            isDisabled={caseId === null}
            onPress={() => {
              onOpenChange(false);
              navigate(`/requests/new?caseId=${encodeURIComponent(caseId!)}`);
            }}
          >
            {t('requests.register.continue')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('requests.register.pickCaseBody')}</p>
      <ComboBox
        label={t('requests.register.pickCase')}
        placeholder={t('requests.register.pickCasePlaceholder')}
        options={options}
        value={caseId}
        onChange={setCaseId}
        autoFocus
      />
      <p>
        <Link href="/cases/new">{t('requests.register.createCase')}</Link>
      </p>
    </Dialog>
  );
}
