import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/domain';
import { Checkbox, FormSection } from '../../../components';
import { useDatabase } from '../../../db';
import { ListError } from './ListError';
import { useRequestField } from './requestFormControls';

/** The case's attachments, by file name. */
function useCaseAttachments(caseId: string): Attachment[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = (await db.attachments.where('caseId').equals(caseId).toArray()) as (Attachment & { deleted: number })[];
    return rows.filter((a) => a.deleted === 0).sort((a, b) => a.fileName.localeCompare(b.fileName));
  }, [db, caseId]);
}

/**
 * Which of the case's attachments go with the request (the copy of the proof of origin among them
 * under an FTA): one checkbox per file. A stand-in the attachments room's list can replace: it
 * only reads and writes the form's `attachmentIds`.
 */
export function CaseAttachmentPicker({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const attachments = useCaseAttachments(caseId);
  const { field } = useRequestField('attachmentIds');
  const chosen = new Set(Array.isArray(field.value) ? (field.value as string[]) : []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // In the case's order, so the letter lists them the same way every time.
    field.onChange((attachments ?? []).map((a) => a.id).filter((x) => next.has(x)));
  };
  return (
    <FormSection title={t('requestForm.sections.attachments')}>
      <fieldset className="request-checkboxes" aria-describedby="request-attachments-error">
        <legend className="field-label">{t('requestForm.fields.attachmentIds')}</legend>
        {attachments?.length === 0 ? <p className="request-none">{t('requestForm.none.attachments')}</p> : null}
        <div className="request-checkbox-grid">
          {(attachments ?? []).map((a) => (
            <Checkbox key={a.id} label={a.fileName} isSelected={chosen.has(a.id)} onChange={(on) => toggle(a.id, on)} onBlur={field.onBlur} />
          ))}
        </div>
        <ListError name="attachmentIds" id="request-attachments-error" />
      </fieldset>
    </FormSection>
  );
}
