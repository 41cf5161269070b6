import { useTranslation } from 'react-i18next';
import { riskEntryFieldsSchema, type RiskEntry } from '../../../../shared/domain';
import type { RiskEntryField } from '../../../../shared/riskLists/diffRiskLists';
import { Button, Dialog } from '../../../components';
import { useFormat } from '../../../i18n';
import { entryFieldText } from './entryFieldText';
import { entryTitle } from './entryTitle';

/** What the dialog shows, in the schema's order: every field the list gives but the ids and the derived HS level. */
const shownFields = Object.keys(riskEntryFieldsSchema.shape).filter((f) => !['id', 'listId', 'hsLevel'].includes(f)) as RiskEntryField[];

/** Every field of one entry, as the list gives it; empty fields are left out. */
export function EntryDialog({ entry, onClose }: { entry: RiskEntry; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = shownFields.map((field) => [field, entryFieldText(field, entry[field], t, fmt)] as const).filter(([, text]) => text !== '');
  return (
    <Dialog isOpen onOpenChange={(isOpen) => (isOpen ? undefined : onClose())} title={entryTitle(entry)} footer={<Button onPress={onClose}>{t('common.actions.close')}</Button>}>
      <dl className="detail-list">
        {rows.map(([field, text]) => (
          <div key={field}>
            <dt>{t(`riskLists.entry.${field}`)}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
