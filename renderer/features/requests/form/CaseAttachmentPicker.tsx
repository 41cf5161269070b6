import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../attachments';
import { FormSection } from '../../../components';
import { ListError } from './ListError';
import { useRequestField } from './requestFormControls';

/**
 * Which of the case's files go with the request (the copy of the proof of origin among them under
 * an FTA): the attachments room's list, where a file can also be added by picker or dropped, and
 * opened in the viewer; a file added here is ticked at once. Reads and writes `attachmentIds`.
 */
export function CaseAttachmentPicker({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { field } = useRequestField('attachmentIds');
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  return (
    <FormSection title={t('requestForm.sections.attachments')}>
      <div aria-describedby="request-attachments-error">
        <AttachmentList
          caseId={caseId}
          title={t('requestForm.fields.attachmentIds')}
          headingLevel={3}
          selectable
          selectedIds={chosen}
          onSelectedChange={(ids) => {
            field.onChange(ids);
            field.onBlur();
          }}
        />
        <ListError name="attachmentIds" id="request-attachments-error" />
      </div>
    </FormSection>
  );
}
