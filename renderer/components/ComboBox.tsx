import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as RacButton,
  ComboBox as RacComboBox,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type ComboBoxProps as RacComboBoxProps,
} from 'react-aria-components';
import { FieldHelp, FieldLabel, isInvalid, type FieldSlots } from './fieldParts';
import type { Option } from './options';

export interface ComboBoxProps
  extends Omit<RacComboBoxProps<Option>, 'children' | 'className' | 'value' | 'defaultValue' | 'onChange' | 'items'>,
    FieldSlots {
  options: readonly Option[];
  /** The selected option's id, `null` for none. Free-text fields use `inputValue` instead. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Type to narrow a long list (countries, HS codes). With `allowsCustomValue` and a controlled
 * `inputValue` it is an autocompleting text field; the caller supplies the matching `options`.
 */
export function ComboBox({ label, description, errorMessage, options, value, onChange, placeholder, inputRef, ...props }: ComboBoxProps) {
  const { t } = useTranslation();
  return (
    <RacComboBox
      validationBehavior="aria"
      {...props}
      {...(value === undefined ? {} : { value })}
      onChange={(key) => onChange?.(key === null ? null : String(key))}
      defaultItems={props.inputValue === undefined ? options : undefined}
      items={props.inputValue === undefined ? undefined : options}
      isInvalid={isInvalid(errorMessage, props.isInvalid)}
      className="field"
    >
      <FieldLabel label={label} isRequired={props.isRequired} />
      <div className="input-group combobox-group">
        <Input ref={inputRef} className="input" placeholder={placeholder} />
        <RacButton className="combobox-button" aria-label={t('common.components.showSuggestions')}>
          <span className="chevron" aria-hidden="true" />
        </RacButton>
      </div>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        <ListBox className="listbox">
          {(option: Option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              <Text slot="label">{option.label}</Text>
              {option.detail ? (
                <Text slot="description" className="listbox-detail">
                  {option.detail}
                </Text>
              ) : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RacComboBox>
  );
}
