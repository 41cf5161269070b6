import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RecordTable } from '../../../shared/domain';
import { Button, ExpandableText, FormSection } from '../../components';
import { useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { fieldLabel, formatFieldValue } from '../../records';
import { useAuditStore } from './auditStore';
import { deviceLabel, recordLabel } from './auditText';
import { useRecordAudit } from './hooks';
import './audit.css';

/** Which record the section's words speak of: a case (the default words) or a request. */
const activityContext = (table: RecordTable) => (table === 'verificationRequests' ? 'request' : undefined);

/** Events shown before "Show all". */
export const activityCollapsedCount = 10;
/** Long changes (a summary) show their start and a "Show all" button. */
const valueMaxLength = 240;

export interface RecordActivityProps {
  table: RecordTable;
  recordId: string;
  /** The record's reference: "See in the audit log" filters the log by it. */
  reference: string;
}

/**
 * A record's audit trail on this device, newest first: when, who, from which device, and what —
 * opened, created, deleted, or edited with each field's old → new value; on a case, its
 * children's too, each named ("Importer of 2026-RHT7-0001"). (The change history beside it also
 * shows values that lost to a concurrent edit elsewhere; this is the audit.)
 */
export function RecordActivity({ table, recordId, reference }: RecordActivityProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { deviceId: thisDevice } = useDatabase();
  const rows = useRecordAudit(table, recordId);
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
  if (rows === undefined) body = <p role="status">{t('audit.activity.loading')}</p>;
  else if (rows.length === 0) body = <p className="audit-activity-empty">{t('audit.activity.empty')}</p>;
  else {
    const shown = expanded ? rows : rows.slice(0, activityCollapsedCount);
    body = (
      <>
        <table className="audit-activity" aria-label={t('audit.activity.tableLabel', { context: activityContext(table) })}>
          <thead>
            <tr>
              <th scope="col">{t('audit.columns.time')}</th>
              <th scope="col">{t('audit.columns.person')}</th>
              <th scope="col">{t('audit.columns.device')}</th>
              <th scope="col">{t('audit.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ event, record, refs }) => {
              const value = (field: string, v: unknown) => formatFieldValue(t, fmt, event.table, field, v, { refs });
              const ofChild = event.table !== table || event.recordId !== recordId;
              const listed = event.action === 'update' || (ofChild && event.action === 'create');
              return (
                <tr key={event.key} data-action={event.action}>
                  <td title={event.at}>{fmt.dateTime(event.at)}</td>
                  <td>{event.actor}</td>
                  <td>{deviceLabel(t, event.deviceId, thisDevice)}</td>
                  <td>
                    <span className="audit-activity-action">{t(`audit.actions.${event.action}`)}</span>
                    {ofChild ? <span className="audit-activity-record"> · {recordLabel(t, event.table, record)}</span> : null}
                    {listed && event.changes.length > 0 ? (
                      <ul className="audit-activity-changes">
                        {event.changes.map((change) => (
                          <li key={change.field}>
                            <ExpandableText
                              maxLength={valueMaxLength}
                              text={
                                event.action === 'create'
                                  ? t('audit.activity.value', { field: fieldLabel(t, event.table, change.field), value: value(change.field, change.new) })
                                  : t('audit.activity.change', {
                                      field: fieldLabel(t, event.table, change.field),
                                      old: value(change.field, change.old),
                                      new: value(change.field, change.new),
                                    })
                              }
                            />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length > activityCollapsedCount ? (
          <Button size="small" aria-expanded={expanded} onPress={() => setExpanded(!expanded)}>
            {expanded ? t('audit.activity.showFewer', { count: activityCollapsedCount }) : t('audit.activity.showAll', { count: rows.length })}
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <FormSection title={t('audit.activity.heading')} description={t('audit.activity.intro', { context: activityContext(table) })} actions={openLog}>
      {body}
    </FormSection>
  );
}
