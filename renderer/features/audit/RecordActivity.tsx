import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RecordTable } from '../../../shared/domain';
import { Button, FormSection } from '../../components';
import { useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { fieldLabel, formatFieldValue } from '../conflicts';
import { useAuditStore } from './auditStore';
import { deviceLabel } from './auditText';
import { useRecordAudit } from './hooks';
import './audit.css';

/** Events shown before "Show all". */
export const activityCollapsedCount = 10;
/** Long values (a summary) are cut here; the audit log's export has them whole. */
const valueMaxLength = 120;

export interface RecordActivityProps {
  table: RecordTable;
  recordId: string;
  /** The record's reference: "See in the audit log" filters the log by it. */
  reference: string;
}

/**
 * A record's audit trail on this device, newest first: when, who, from which device, and what —
 * opened, created, deleted, or edited with each field's old → new value. (The change history
 * beside it also shows values that lost to a concurrent edit elsewhere; this is the audit.)
 */
export function RecordActivity({ table, recordId, reference }: RecordActivityProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { deviceId: thisDevice } = useDatabase();
  const events = useRecordAudit(table, recordId);
  const [expanded, setExpanded] = useState(false);
  const setFilter = useAuditStore((s) => s.setFilter);
  const clearFilters = useAuditStore((s) => s.clearFilters);

  const openLog = (
    <Link
      href="/audit"
      onClick={() => {
        clearFilters();
        setFilter({ text: reference });
      }}
    >
      {t('audit.activity.openLog')}
    </Link>
  );

  let body;
  if (events === undefined) body = <p role="status">{t('audit.activity.loading')}</p>;
  else if (events.length === 0) body = <p className="audit-activity-empty">{t('audit.activity.empty')}</p>;
  else {
    const shown = expanded ? events : events.slice(0, activityCollapsedCount);
    const value = (field: string, v: unknown) => formatFieldValue(t, fmt, table, field, v, valueMaxLength);
    body = (
      <>
        <table className="audit-activity" aria-label={t('audit.activity.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('audit.columns.time')}</th>
              <th scope="col">{t('audit.columns.person')}</th>
              <th scope="col">{t('audit.columns.device')}</th>
              <th scope="col">{t('audit.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((event) => (
              <tr key={event.key} data-action={event.action}>
                <td title={event.at}>{fmt.dateTime(event.at)}</td>
                <td>{event.actor}</td>
                <td title={event.deviceId}>{deviceLabel(t, event.deviceId, thisDevice)}</td>
                <td>
                  <span className="audit-activity-action">{t(`audit.actions.${event.action}`)}</span>
                  {event.action === 'update' && event.changes.length > 0 ? (
                    <ul className="audit-activity-changes">
                      {event.changes.map((change) => (
                        <li key={change.field}>
                          {t('audit.activity.change', {
                            field: fieldLabel(t, table, change.field),
                            old: value(change.field, change.old),
                            new: value(change.field, change.new),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length > activityCollapsedCount ? (
          <Button size="small" aria-expanded={expanded} onPress={() => setExpanded(!expanded)}>
            {expanded ? t('audit.activity.showFewer', { count: activityCollapsedCount }) : t('audit.activity.showAll', { count: events.length })}
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <FormSection title={t('audit.activity.heading')} description={t('audit.activity.intro')} actions={openLog}>
      {body}
    </FormSection>
  );
}
