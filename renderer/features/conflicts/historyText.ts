import type { TFunction } from 'i18next';
import type { Formatter } from '../../i18n';
import { recordName } from '../../records';
import { recordKey, type HistoryItem, type RecordHistory } from './recordHistory';
import { authorName, fieldLabel, formatFieldValue, hlcToIso } from './valueDisplay';

/** A history line in words: who and when, which record (a case's child), what changed. */
export interface HistoryLine {
  meta: string;
  /** The child the line is about ("Importer of 2026-RHT7-0001: …"); null for the record itself. */
  subject: string | null;
  text: string;
  /** What a new child was given: "Role: Importer", one per filled-in field. */
  details: string[];
}

/** How one line of `history` reads on the page of `table`/`recordId`. */
export function historyLine(item: HistoryItem, history: RecordHistory, own: { table: string; recordId: string }, t: TFunction, fmt: Formatter): HistoryLine {
  const value = (field: string, v: unknown) => formatFieldValue(t, fmt, item.table, field, v, { refs: history.refs });
  const field = (name: string) => fieldLabel(t, item.table, name);
  const isOwn = item.table === own.table && item.recordId === own.recordId;
  const named = history.records.get(recordKey(item.table, item.recordId));
  const subject = isOwn ? null : recordName(t, named ?? { table: item.table, row: undefined, caseRef: null });
  const line = (meta: string, text: string, details: string[] = []): HistoryLine => ({ meta, subject, text, details });

  if (item.kind === 'replaced') {
    return line(
      t('conflicts.history.replacedMeta', { when: fmt.dateTime(item.at) }),
      t('conflicts.history.replaced', {
        field: field(item.field),
        value: value(item.field, item.value),
        author: authorName(t, item.author),
        when: fmt.dateTime(hlcToIso(item.hlc) ?? item.at),
      }),
    );
  }
  const meta = t('conflicts.history.meta', { author: authorName(t, item.author), when: fmt.dateTime(item.at) });
  switch (item.kind) {
    case 'created':
      return isOwn
        ? line(meta, t('conflicts.history.created'))
        : line(
            meta,
            t('conflicts.history.added'),
            item.fields.map((f) => t('conflicts.history.field', { field: field(f.field), value: value(f.field, f.value) })),
          );
    case 'deleted':
      return line(meta, t(isOwn ? 'conflicts.history.deleted' : 'conflicts.history.removed'));
    case 'changed':
      return line(meta, t('conflicts.history.change', { field: field(item.field), old: value(item.field, item.old), new: value(item.field, item.new) }));
  }
}
