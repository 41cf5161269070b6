import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { ConflictView } from './conflictList';
import { recordName } from './recordName';
import { authorName, fieldLabel, formatFieldValue } from './valueDisplay';

/**
 * Resolved conflicts in a collapsed disclosure (native <details>, so keyboard and screen readers
 * get it for free): what was kept, who resolved it and when, and both original values.
 */
export function ResolvedConflicts({ views }: { views: ConflictView[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (views.length === 0) return null;
  return (
    <details className="conflicts-resolved">
      <summary>{t('conflicts.page.resolvedSummary', { count: views.length })}</summary>
      <ol className="conflicts-resolved-list" aria-label={t('conflicts.page.resolvedList')}>
        {views.map(({ conflict, record }) => {
          const format = (value: unknown) => formatFieldValue(t, fmt, conflict.recordTable, conflict.field, value);
          const title = t('conflicts.conflict.title', {
            field: fieldLabel(t, conflict.recordTable, conflict.field),
            record: recordName(t, conflict, record),
          });
          return (
            <li key={conflict.id} className="conflicts-resolved-item">
              <p className="conflicts-resolved-title">{title}</p>
              <p>{t('conflicts.conflict.resolvedValue', { value: format(conflict.resolvedValue) })}</p>
              <p className="conflicts-resolved-meta">
                {t('conflicts.conflict.resolvedBy', {
                  author: authorName(t, conflict.resolvedBy),
                  when: fmt.dateTime(conflict.resolvedAt),
                })}
              </p>
              <p className="conflicts-resolved-meta">
                {t('conflicts.conflict.valueBy', { author: authorName(t, conflict.serverAuthor) })}: {format(conflict.serverValue)}
                {' · '}
                {t('conflicts.conflict.valueBy', { author: authorName(t, conflict.clientAuthor) })}: {format(conflict.clientValue)}
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
