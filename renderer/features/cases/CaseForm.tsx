import { useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Banner, Button, FormActions } from '../../components';
import { useDatabase } from '../../db';
import { caseFormSchema, type CaseBundle, type CaseFormOutput, type CaseFormValues } from './caseForm';
import { DeadlinesSection } from './DeadlinesSection';
import { countFieldErrors, focusFirstInvalid } from './formErrors';
import { GoodsSection } from './GoodsSection';
import { PartiesSection } from './PartiesSection';
import { ProofsSection } from './ProofsSection';
import { CaseFormIssuesError, saveCase } from './saveCase';
import { ShipmentsSection } from './ShipmentsSection';
import { SummarySection } from './SummarySection';
import { useCaseOptions } from './useCaseOptions';

export interface CaseFormProps {
  /** The stored case when editing (snapshot taken when the form opened); null for a new case. */
  before: CaseBundle | null;
  caseId: string;
  defaultValues: CaseFormValues;
  onSaved: (caseId: string) => void;
  onCancel: () => void;
}

type Problem = { kind: 'invalid'; count: number } | { kind: 'failed' } | null;

/**
 * The case form. Fields validate with the shared schemas as the officer leaves them; on submit
 * every error shows at its field, a summary banner says how many, focus goes to the first one
 * and nothing is saved. A valid form is saved in one transaction (`saveCase`).
 */
export function CaseForm({ before, caseId, defaultValues, onSaved, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const { db, deviceId, actor } = useDatabase();
  const options = useCaseOptions();
  const formRef = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const methods = useForm<CaseFormValues, unknown, CaseFormOutput>({
    resolver: zodResolver(caseFormSchema),
    defaultValues,
    // onBlur, not onTouched: with onTouched react-hook-form validates a field array as soon as a
    // row is added, so a new party would show "required" before the officer typed anything.
    mode: 'onBlur',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });

  const onInvalid = (errors: FieldErrors<CaseFormValues>) => {
    setProblem({ kind: 'invalid', count: Math.max(1, countFieldErrors(errors)) });
    focusFirstInvalid(formRef.current);
  };

  const onValid = async (values: CaseFormOutput) => {
    setProblem(null);
    try {
      await saveCase(db, { before, caseId, values, actor: actor || deviceId, deviceId });
      onSaved(caseId);
    } catch (error) {
      if (error instanceof CaseFormIssuesError) {
        const named = error.issues.filter((i) => i.name !== '');
        for (const issue of named) methods.setError(issue.name as Parameters<typeof methods.setError>[0], { type: 'record', message: issue.message });
        if (named.length > 0) {
          setProblem({ kind: 'invalid', count: named.length });
          focusFirstInvalid(formRef.current);
          return;
        }
      }
      setProblem({ kind: 'failed' });
    }
  };

  return (
    <FormProvider {...methods}>
      <form ref={formRef} className="case-form" noValidate onSubmit={methods.handleSubmit(onValid, onInvalid)}>
        {problem?.kind === 'invalid' ? (
          <Banner tone="error" title={t('cases.form.invalidSummary', { count: problem.count })} />
        ) : problem?.kind === 'failed' ? (
          <Banner tone="error" title={t('cases.form.saveFailed')} />
        ) : null}
        <SummarySection caseId={caseId} options={options} />
        <PartiesSection caseId={caseId} options={options} />
        <GoodsSection caseId={caseId} options={options} />
        <ShipmentsSection caseId={caseId} />
        <ProofsSection caseId={caseId} options={options} />
        <DeadlinesSection caseId={caseId} />
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={methods.formState.isSubmitting}>
            {methods.formState.isSubmitting ? t('cases.form.saving') : t('cases.form.save')}
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            {t('cases.form.cancel')}
          </Button>
        </FormActions>
      </form>
    </FormProvider>
  );
}
