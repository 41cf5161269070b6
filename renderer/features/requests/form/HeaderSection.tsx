import { useTranslation } from 'react-i18next';
import { FieldGrid, FormSection } from '../../../components';
import { ReplyDueFollowsInstrument } from './ReplyDueFollowsInstrument';
import { FormDate, FormSelect, FormText } from './requestFormControls';
import type { RequestOptions } from './useRequestOptions';

/** What is asked, of whom, under which instrument and article, how it travels and by when it is due. */
export function HeaderSection({ options }: { options: RequestOptions }) {
  const { t } = useTranslation();
  const f = (name: string) => t(`requestForm.fields.${name}`);
  return (
    <FormSection title={t('requestForm.sections.header')}>
      <FieldGrid columns={1}>
        <FormText name="subject" label={f('subject')} isRequired />
      </FieldGrid>
      <FieldGrid columns={3}>
        <FormSelect name="direction" label={f('direction')} options={options.directions} isRequired />
        <FormText name="ourReference" label={f('ourReference')} />
        <FormText name="theirReference" label={f('theirReference')} />
        <FormSelect name="requestType" label={f('requestType')} options={options.requestTypes} isRequired />
        <FormSelect name="verificationMethod" label={f('verificationMethod')} options={options.methods} isRequired />
        <FormSelect name="urgency" label={f('urgency')} options={options.urgencies} isRequired />
        <FormSelect name="legalInstrument" label={f('legalInstrument')} options={options.instruments} isRequired />
        <FormText name="legalArticle" label={f('legalArticle')} description={f('legalArticleHelp')} />
        <FormDate name="replyDueOn" label={f('replyDueOn')} description={f('replyDueOnHelp')} />
        <ReplyDueFollowsInstrument />
        <FormSelect name="language" label={f('language')} options={options.languages} isRequired />
        <FormSelect name="confidentiality" label={f('confidentiality')} options={options.confidentiality} isRequired />
        <FormSelect name="transmissionChannel" label={f('transmissionChannel')} options={options.channels} isRequired />
      </FieldGrid>
    </FormSection>
  );
}
