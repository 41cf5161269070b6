import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatHsCode, type PartyIdentifier } from '../../../../shared/domain';
import { useFormat, type Formatter } from '../../../i18n';
import type { RequestDiffEntry } from './requestDiff';

export interface RequestDiffViewProps {
  entries: readonly RequestDiffEntry[];
  /** Names of the contacts and attachments the values point at, by id (ids are never shown). */
  contactNames?: ReadonlyMap<string, string>;
  attachmentNames?: ReadonlyMap<string, string>;
}

interface Namers {
  t: TFunction;
  fmt: Formatter;
  contactNames: ReadonlyMap<string, string>;
  attachmentNames: ReadonlyMap<string, string>;
}

/** A diff value in words: enumerations by their labels, dates and numbers as the UI shows them, ids by name. */
function valueText(entry: RequestDiffEntry, value: unknown, n: Namers): string {
  const { t, fmt } = n;
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('records.values.empty');
  const kind = entry.kind;
  if (typeof kind === 'object') {
    const label = (v: unknown) => t(`records.values.${kind.enum}.${String(v)}`);
    return Array.isArray(value) ? value.map(label).join(', ') : label(value);
  }
  switch (kind) {
    case 'date':
      return fmt.date(String(value));
    case 'number':
      return fmt.number(Number(value));
    case 'hsCode':
      return formatHsCode(String(value));
    case 'contact':
      return n.contactNames.get(String(value)) ?? t('requestForm.diff.unknownContact');
    case 'attachments':
      return (value as string[]).map((id) => n.attachmentNames.get(id) ?? t('requestForm.diff.unknownAttachment')).join(', ');
    case 'identifiers':
      return (value as PartyIdentifier[])
        .map((i) => t('records.values.identifier', { scheme: t(`records.values.identifierScheme.${i.scheme}`), value: i.value }))
        .join('; ');
    case 'list':
      return (value as unknown[]).map(String).join('; ');
    default:
      return String(value);
  }
}

/**
 * The visible diff of an amendment: each changed field with its section, what was sent and what
 * the amendment says, in the form's words. Shows that nothing changed when nothing did.
 */
export function RequestDiffView({ entries, contactNames = new Map(), attachmentNames = new Map() }: RequestDiffViewProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const namers: Namers = { t, fmt, contactNames, attachmentNames };
  return (
    <section className="request-diff" aria-labelledby="request-diff-title">
      <h2 id="request-diff-title" className="form-section-title">
        {t('requestForm.diff.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="request-none">{t('requestForm.diff.none')}</p>
      ) : (
        <table className="request-diff-table">
          <thead>
            <tr>
              <th scope="col">{t('requestForm.diff.field')}</th>
              <th scope="col">{t('requestForm.diff.before')}</th>
              <th scope="col">{t('requestForm.diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.path}>
                <th scope="row">
                  {t(entry.group.key, entry.group.params ?? {})}: {t(entry.label.key, entry.label.params ?? {})}
                </th>
                <td className="request-diff-before">{valueText(entry, entry.before, namers)}</td>
                <td className="request-diff-after">{valueText(entry, entry.after, namers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
