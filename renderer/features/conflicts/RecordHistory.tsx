import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTable } from '../../../shared/domain';
import { Button, ExpandableText, FormSection } from '../../components';
import { useFormat } from '../../i18n';
import { historyLine } from './historyText';
import { useRecordHistory } from './hooks';
import './conflicts.css';

/** Lines shown before "Show all": enough for recent work, short enough to keep the page calm. */
export const historyCollapsedCount = 20;
/** Long texts (a summary) show their start and a button that shows them whole. */
const valueMaxLength = 240;

export interface RecordHistoryProps {
  table: RecordTable;
  recordId: string;
}

/**
 * A record's change history, newest first: this device's audit ("who · when · field: old → new")
 * merged with the values of ordinary fields that lost to a concurrent edit elsewhere, so nothing
 * typed on any device is silently gone. On a case, its children's changes too, each named
 * ("Importer of 2026-RHT7-0001"). Shows the latest 20 lines until "Show all" is pressed.
 */
export function RecordHistory({ table, recordId }: RecordHistoryProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useRecordHistory(table, recordId);
  const [expanded, setExpanded] = useState(false);

  let body;
  if (history === undefined) body = <p role="status">{t('conflicts.history.loading')}</p>;
  else if (history.items.length === 0) body = <p className="record-history-empty">{t('conflicts.history.empty')}</p>;
  else {
    const { items } = history;
    const shown = expanded ? items : items.slice(0, historyCollapsedCount);
    body = (
      <>
        <ol className="record-history" aria-label={t('conflicts.history.listLabel')}>
          {shown.map((item) => {
            const { meta, subject, text, details } = historyLine(item, history, { table, recordId }, t, fmt);
            return (
              <li key={item.key} className="record-history-entry" data-kind={item.kind}>
                <div className="record-history-meta">{meta}</div>
                {subject ? <p className="record-history-subject">{subject}</p> : null}
                <p className="record-history-text">
                  <ExpandableText text={text} maxLength={valueMaxLength} />
                </p>
                {details.length > 0 ? (
                  <ul className="record-history-details">
                    {details.map((detail, i) => (
                      <li key={i}>
                        <ExpandableText text={detail} maxLength={valueMaxLength} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
        {items.length > historyCollapsedCount ? (
          <Button size="small" aria-expanded={expanded} onPress={() => setExpanded(!expanded)}>
            {expanded ? t('conflicts.history.showFewer') : t('conflicts.history.showAll', { count: items.length })}
          </Button>
        ) : null}
      </>
    );
  }
  return <FormSection title={t('conflicts.history.heading')}>{body}</FormSection>;
}
