// The shared bound controls (renderer/forms) typed to the case form's field names.
import type { FieldPath } from 'react-hook-form';
import { boundControls, useBoundField, useFieldError as useFormFieldError } from '../../forms';
import type { CaseFormValues } from './caseForm';

export type FormName = FieldPath<CaseFormValues>;

export const { FormText, FormTextArea, FormSelect, FormComboBox, FormNumber, FormDate } = boundControls<CaseFormValues>();

/** The translated error of a case form field. */
export const useFieldError = (name: FormName) => useFormFieldError<CaseFormValues>(name);

/** A case form field that re-validates as it changes while it shows an error. */
export const useCaseField = (name: FormName) => useBoundField<CaseFormValues>(name);
