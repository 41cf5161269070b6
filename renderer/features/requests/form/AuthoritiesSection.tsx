import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatContactName, type Contact } from '../../../../shared/domain';
import { FieldGrid, FormSection, type Option } from '../../../components';
import { useDatabase } from '../../../db';
import { NullableComboBox } from './NullableChoice';
import { FormText } from './requestFormControls';

/** The workspace's contacts as choices ("Nguyễn Văn Cẩn", with title and organisation), by name. */
function useContactOptions(): Option[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = (await db.contacts.toArray()) as (Contact & { deleted: number })[];
    return rows
      .filter((c) => c.deleted === 0)
      .map((c) => ({ id: c.id, label: formatContactName(c), detail: [c.title, c.organisation].filter((x) => x !== '').join(', ') }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [db]);
}

/** Both administrations and the contact point on each side, picked from the workspace's contacts. */
export function AuthoritiesSection() {
  const { t } = useTranslation();
  const contacts = useContactOptions();
  const f = (name: string) => t(`requestForm.fields.${name}`);
  const noContacts = contacts !== undefined && contacts.length === 0;
  return (
    <FormSection title={t('requestForm.sections.authorities')}>
      <FieldGrid columns={2}>
        <FormText name="requestingAuthority" label={f('requestingAuthority')} isRequired />
        <FormText name="requestedAuthority" label={f('requestedAuthority')} isRequired />
        <NullableComboBox name="ourContactId" label={f('ourContactId')} options={contacts ?? []} description={noContacts ? t('requestForm.none.contacts') : undefined} />
        <NullableComboBox name="theirContactId" label={f('theirContactId')} options={contacts ?? []} description={noContacts ? t('requestForm.none.contacts') : undefined} />
      </FieldGrid>
    </FormSection>
  );
}
