// Shared UI primitives. Features import from here, never from react-aria-components directly,
// so every field has the same label, help and error slots and the same look.
export { Badge, StatusBadge, statusTones, type BadgeTone } from './Badge';
export { Banner, type BannerProps } from './Banner';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { ComboBox, type ComboBoxProps } from './ComboBox';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { DataGrid, type DataGridColumn, type DataGridProps, type DataGridSort } from './DataGrid';
export { DateField, useDatePlaceholders, type DateFieldProps } from './DateField';
export { datePattern, formatDateAsField, type DatePlaceholders } from './datePattern';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState } from './EmptyState';
export { ExpandableText, type ExpandableTextProps } from './ExpandableText';
export { FieldError } from './FieldError';
export { FieldGrid, FormActions, FormSection } from './Form';
export { NumberField, type NumberFieldProps } from './NumberField';
export type { Option } from './options';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { RadioGroup, type RadioGroupProps } from './RadioGroup';
export { Select, type SelectProps } from './Select';
export { Tab, TabList, TabPanel, Tabs } from './Tabs';
export { TextArea, type TextAreaProps } from './TextArea';
export { TextField, type TextFieldProps } from './TextField';
