// Shared form machinery below the features: controls bound to react-hook-form (generic over a
// form's values), the translated error with what the schema knows (limits, date ranges), live
// error counting and focus on the first invalid field; the schema-bound form itself, a record's
// Delete asked first, and the country choices. Every form gets these the same way.
export { boundControls, FormComboBox, FormDate, FormNumber, FormSelect, FormText, FormTextArea, type BoundProps } from './boundControls';
export { countryChoices } from './countryChoices';
export { countFieldErrors, focusFirstInvalid, FormErrorSummary } from './errorSummary';
export { fieldMessage } from './fieldMessage';
export { formsLocales } from './locales';
export { SchemaFormProvider } from './SchemaFormProvider';
export { fieldRules, schemaAt, type FieldRules } from './schemaRules';
export { TextCounter } from './TextCounter';
export { useBoundField } from './useBoundField';
export { useFieldError, useFieldRules } from './useFieldError';
export { FormIssuesError, useFormSave, type FormIssue, type SaveProblem } from './useFormSave';
export { useDeleteAction } from './useDeleteAction';
export { useSchemaForm } from './useSchemaForm';
