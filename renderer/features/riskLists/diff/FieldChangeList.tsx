import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../shared/riskLists/diffRiskLists';
import { useFormat } from '../../../i18n';
import { entryFieldText } from '../browse/entryFieldText';

/** Each changed field of an entry: its name, what the previous version said, what this one says. */
export function FieldChangeList({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <table className="field-changes">
      <thead>
        <tr>
          <th scope="col">{t('riskLists.changes.field')}</th>
          <th scope="col">{t('riskLists.changes.before')}</th>
          <th scope="col">{t('riskLists.changes.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes
          .filter((c) => c.field !== 'hsLevel')
          .map((c) => (
            <tr key={c.field}>
              <th scope="row">{t(`riskLists.entry.${c.field}`)}</th>
              <td><del>{entryFieldText(c.field, c.before, t, fmt) || t('riskLists.changes.empty')}</del></td>
              <td><ins>{entryFieldText(c.field, c.after, t, fmt) || t('riskLists.changes.empty')}</ins></td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
