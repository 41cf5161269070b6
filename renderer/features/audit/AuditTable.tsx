import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link, useLocation } from 'wouter';
import { ExpandableText } from '../../components';
import { useDatabase } from '../../db';
import { useFormat } from '../../i18n';
import { fieldLabel, formatFieldValue } from '../../records';
import type { AuditLine } from './auditLines';
import { deviceLabel, recordLabel } from './auditText';

const columns = ['time', 'person', 'device', 'record', 'action', 'field', 'oldValue', 'newValue'] as const;
/** The height of a one-line row; rows with wrapped names or values are measured as they show. */
const rowHeight = 36;
/** Longer values show their start and a "Show all" button (and are whole in the export). */
const valueMaxLength = 160;

export interface AuditTableProps {
  lines: readonly AuditLine[];
  label: string;
}

/**
 * The audit log as a dense ARIA grid, one row per changed field: only the rows in view are in the
 * DOM, so a log of years stays smooth; `aria-rowcount`/`aria-rowindex` give the full size. One
 * row is in the tab order; arrows, Page Up/Down, Home and End move, Enter opens the record's case.
 * Every record, field and value reads in words (`renderer/records`), never as an id, and nothing
 * is cut: text wraps, and a long value has a "Show all" button.
 */
export function AuditTable({ lines, label }: AuditTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { deviceId: thisDevice } = useDatabase();
  const [, navigate] = useLocation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusRequested, setFocusRequested] = useState(false);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 16,
  });
  const activeIndex = Math.min(active, Math.max(lines.length - 1, 0));

  useEffect(() => {
    if (!focusRequested) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (el) {
      el.focus();
      setFocusRequested(false);
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(lines.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    setFocusRequested(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, caseId: string | null) => {
    // Keys pressed on a cell's "Show all" button are the button's.
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: lines.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && caseId) {
      event.preventDefault();
      navigate(`/cases/${caseId}`);
    }
  };

  return (
    <div role="grid" aria-label={label} aria-rowcount={lines.length + 1} aria-colcount={columns.length} className="audit-grid">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="audit-grid-row audit-grid-head">
          {columns.map((column) => (
            <div key={column} role="columnheader" className="audit-grid-cell">
              {t(`audit.columns.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="audit-grid-body" style={{ height: `min(${lines.length * rowHeight + 2}px, 60vh)` }}>
        <div className="audit-grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index]!;
            const { event, record } = line.row;
            const value = (v: unknown) => (line.field === null ? '' : formatFieldValue(t, fmt, event.table, line.field, v, { refs: line.row.refs }));
            const cells = {
              old: event.action === 'create' ? '' : value(line.old),
              new: value(line.new),
            };
            const recordText = recordLabel(t, event.table, record);
            return (
              <div
                key={line.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-action={event.action}
                tabIndex={item.index === activeIndex ? 0 : -1}
                ref={virtualizer.measureElement}
                className="audit-grid-row audit-grid-item"
                style={{ transform: `translateY(${item.start}px)`, minHeight: rowHeight }}
                onKeyDown={(e) => onKeyDown(e, item.index, record.caseId)}
                onFocus={() => setActive(item.index)}
              >
                <div role="gridcell" className="audit-grid-cell" title={event.at}>
                  {fmt.dateTime(event.at)}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  {event.actor}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  {deviceLabel(t, event.deviceId, thisDevice)}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  {record.caseId ? (
                    <Link href={`/cases/${record.caseId}`} tabIndex={-1}>
                      {recordText}
                    </Link>
                  ) : (
                    recordText
                  )}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  {t(`audit.actions.${event.action}`)}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  {line.field === null ? '' : fieldLabel(t, event.table, line.field)}
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  <ExpandableText text={cells.old} maxLength={valueMaxLength} />
                </div>
                <div role="gridcell" className="audit-grid-cell">
                  <ExpandableText text={cells.new} maxLength={valueMaxLength} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
