// The shared bound controls (renderer/forms) typed to the request form's field names.
import type { FieldPath } from 'react-hook-form';
import { boundControls, useBoundField } from '../../../forms';
import type { RequestFormValues } from './requestForm';

export type RequestFieldName = FieldPath<RequestFormValues>;

export const { FormText, FormTextArea, FormSelect, FormComboBox, FormNumber, FormDate } = boundControls<RequestFormValues>();

/** A request form field that re-validates as it changes while it shows an error. */
export const useRequestField = (name: RequestFieldName) => useBoundField<RequestFormValues>(name);
