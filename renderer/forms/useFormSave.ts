import { useState, type RefObject } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { focusFirstInvalid } from './errorSummary';

/** A problem a save found in a field the form edits. */
export interface FormIssue {
  /** react-hook-form field name, e.g. `goodsLines.0.hsCode`; '' when the form does not edit it. */
  name: string;
  /** An i18n message key. */
  message: string;
}

/** The records would not pass the shared rules; `issues` name the form fields to mark. Nothing was written. */
export class FormIssuesError extends Error {
  constructor(
    readonly issues: FormIssue[],
    what: string,
  ) {
    super(`${what} has ${issues.length} invalid field(s)`);
    this.name = 'FormIssuesError';
  }
}

/** Why the last submit did not save: fields to fix, or a save that failed; null when none. */
export type SaveProblem = 'invalid' | 'failed' | null;

/**
 * A form's submit, the same for every form: with invalid fields, focus goes to the first; a save
 * that the shared rules refuse (`FormIssuesError`) marks the fields it names; any other failure
 * is a "not saved" banner. `save` writes, then finishes the draft and leaves.
 */
export function useFormSave<T extends FieldValues, Output>(options: {
  methods: UseFormReturn<T, unknown, Output>;
  formRef: RefObject<HTMLFormElement | null>;
  save: (values: Output) => Promise<void>;
}) {
  const { methods, formRef, save } = options;
  const [problem, setProblem] = useState<SaveProblem>(null);
  const showInvalid = () => {
    setProblem('invalid');
    focusFirstInvalid(formRef.current);
  };
  const onValid = async (values: Output) => {
    setProblem(null);
    try {
      await save(values);
    } catch (error) {
      const named = error instanceof FormIssuesError ? error.issues.filter((i) => i.name !== '') : [];
      for (const issue of named) methods.setError(issue.name as Path<T>, { type: 'record', message: issue.message });
      if (named.length > 0) showInvalid();
      else setProblem('failed');
    }
  };
  return { problem, onSubmit: methods.handleSubmit(onValid, showInvalid) };
}
