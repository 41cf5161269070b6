import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button, ComboBox, type Option } from '../../components';
import type { ActionItemFormValues } from './actionItemForm';

export interface LinkListFieldProps {
  name: 'caseIds' | 'requestIds';
  label: string;
  addLabel: string;
  /** Every record that may be linked: id, the label shown (reference — title), and where it opens. */
  options: readonly Option[];
  hrefOf(id: string): string;
}

/**
 * The cases (or requests) an action item is linked to: each one a link with its Remove button,
 * and a combobox to add one more by typing its reference or title.
 */
export function LinkListField({ name, label, addLabel, options, hrefOf }: LinkListFieldProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActionItemFormValues>();
  const { field } = useController({ control, name });
  const ids = field.value;
  const labelOf = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  return (
    <div className="field" role="group" aria-label={label}>
      <span className="field-label" aria-hidden="true">
        {label}
      </span>
      {ids.length === 0 ? (
        <p className="muted">{t('actionItems.form.noLinks')}</p>
      ) : (
        <ul className="action-link-list">
          {ids.map((id) => (
            <li key={id}>
              <Link href={hrefOf(id)}>{labelOf(id)}</Link>
              <Button size="small" variant="quiet" onPress={() => field.onChange(ids.filter((x) => x !== id))}>
                {t('actionItems.form.remove', { name: labelOf(id) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ComboBox
        label={addLabel}
        placeholder={t('actionItems.form.pickPlaceholder')}
        options={options.filter((o) => !ids.includes(o.id))}
        value={null}
        onChange={(id) => {
          if (id !== null && !ids.includes(id)) field.onChange([...ids, id]);
        }}
      />
    </div>
  );
}
