import { useTranslation } from 'react-i18next';
import {
  Button as RacButton,
  ListBox,
  ListBoxItem,
  Popover,
  Select as RacSelect,
  SelectValue,
  type SelectProps as RacSelectProps,
} from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';
import type { Option } from './options';

export interface SelectProps
  extends Omit<RacSelectProps<Option>, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange' | 'items'>,
    FieldSlots {
  options: readonly Option[];
  /** The selected option's id, `null` for none. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Pick one of a short, fixed list (status, type, priority). Longer lists use ComboBox. */
export function Select({ label, description, errorMessage, options, value, onChange, placeholder, ...props }: SelectProps) {
  const { t } = useTranslation();
  return (
    <RacSelect
      validationBehavior="aria"
      {...props}
      placeholder={placeholder ?? t('common.components.selectPlaceholder')}
      value={value}
      onChange={(key) => onChange(key === null ? null : String(key))}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <RacButton className="input select-trigger">
        <SelectValue className="select-value" />
        <span className="chevron" aria-hidden="true" />
      </RacButton>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RacSelect>
  );
}
