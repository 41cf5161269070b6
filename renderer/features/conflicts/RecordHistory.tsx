import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RecordTable } from '../../../shared/domain';
import { Button, FormSection } from '../../components';
import { useFormat, type Formatter } from '../../i18n';
import { useRecordHistory } from './hooks';
import type { HistoryItem } from './recordHistory';
import { authorName, fieldLabel, formatFieldValue, hlcToIso } from './valueDisplay';
import './conflicts.css';

/** Lines shown before "Show all": enough for recent work, short enough to keep the page calm. */
export const historyCollapsedCount = 20;
/** Long texts (a summary) are cut in history lines; the record itself shows them in full. */
const valueMaxLength = 120;

export interface RecordHistoryProps {
  table: RecordTable;
  recordId: string;
}

function lineText(item: HistoryItem, table: RecordTable, t: TFunction, fmt: Formatter): { meta: string; text: string } {
  const value = (field: string, v: unknown) => formatFieldValue(t, fmt, table, field, v, valueMaxLength);
  if (item.kind === 'replaced') {
    return {
      meta: t('conflicts.history.replacedMeta', { when: fmt.dateTime(item.at) }),
      text: t('conflicts.history.replaced', {
        field: fieldLabel(t, table, item.field),
        value: value(item.field, item.value),
        author: authorName(t, item.author),
        when: fmt.dateTime(hlcToIso(item.hlc) ?? item.at),
      }),
    };
  }
  const meta = t('conflicts.history.meta', { author: authorName(t, item.author), when: fmt.dateTime(item.at) });
  if (item.kind !== 'changed') return { meta, text: t(`conflicts.history.${item.kind}`) };
  const text = t('conflicts.history.change', {
    field: fieldLabel(t, table, item.field),
    old: value(item.field, item.old),
    new: value(item.field, item.new),
  });
  return { meta, text };
}

/**
 * A record's change history, newest first: this device's audit ("who · when · field: old → new")
 * merged with the values of ordinary fields that lost to a concurrent edit elsewhere, so nothing
 * typed on any device is silently gone. Shows the latest 20 lines until "Show all" is pressed.
 */
export function RecordHistory({ table, recordId }: RecordHistoryProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items = useRecordHistory(table, recordId);
  const [expanded, setExpanded] = useState(false);

  let body;
  if (items === undefined) body = <p role="status">{t('conflicts.history.loading')}</p>;
  else if (items.length === 0) body = <p className="record-history-empty">{t('conflicts.history.empty')}</p>;
  else {
    const shown = expanded ? items : items.slice(0, historyCollapsedCount);
    body = (
      <>
        <ol className="record-history" aria-label={t('conflicts.history.listLabel')}>
          {shown.map((item) => {
            const { meta, text } = lineText(item, table, t, fmt);
            return (
              <li key={item.key} className="record-history-entry" data-kind={item.kind}>
                <div className="record-history-meta">{meta}</div>
                <p className="record-history-text">{text}</p>
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
