import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link, useLocation } from 'wouter';
import { Badge, StatusBadge } from '../../components';
import { useFormat } from '../../i18n';
import type { CaseListRow, CaseSort, CaseSortKey } from './caseFilters';
import { todayIso } from './dates';

/**
 * A cell of plain text: cut with an ellipsis when its column is narrow (the columns share the
 * window's width, so all of them stay in view at 1024 px), the whole text in its tooltip.
 */
function TextCell({ text }: { text: string }) {
  return (
    <div role="gridcell" className="case-grid-cell case-grid-text" title={text || undefined}>
      {text}
    </div>
  );
}

const columns: CaseSortKey[] = ['reference', 'title', 'status', 'type', 'partnerCountry', 'assignee', 'nextDue'];
const rowHeight = 44;

export interface CaseGridProps {
  rows: readonly CaseListRow[];
  sort: CaseSort;
  onSort: (key: CaseSortKey) => void;
  label: string;
}

/**
 * The case list as an ARIA grid: only the rows in view are in the DOM (tens of thousands of
 * cases stay smooth), `aria-rowcount`/`aria-rowindex` tell assistive technology the full size.
 * One row is in the tab order; arrow keys, Page Up/Down, Home and End move between rows and
 * Enter opens the case. Column headers sort (aria-sort says how).
 */
export function CaseGrid({ rows, sort, onSort, label }: CaseGridProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const statusText = (row: CaseListRow) =>
    [t(`cases.status.${row.status}`), row.archived ? t('cases.list.archived') : ''].filter(Boolean).join(' · ');
  const [, navigate] = useLocation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusRequested, setFocusRequested] = useState(false);
  const today = todayIso();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!focusRequested) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (el) {
      el.focus();
      setFocusRequested(false);
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    setFocusRequested(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      navigate(`/cases/${id}`);
    }
  };

  return (
    <div role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} className="case-grid">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="case-grid-row case-grid-head">
          {columns.map((key) => {
            const sorted = sort.key === key ? sort.direction : undefined;
            return (
              <div key={key} role="columnheader" aria-sort={sorted ?? 'none'} className="case-grid-cell">
                <button type="button" className="case-grid-sort" onClick={() => onSort(key)}>
                  {t(`cases.list.columns.${key}`)}
                  <span aria-hidden="true" className="case-grid-sort-mark">
                    {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="case-grid-body">
        <div className="case-grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const overdue = row.nextDue !== null && row.nextDue < today && row.status !== 'closed';
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className="case-grid-row case-grid-item"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onKeyDown={(e) => onKeyDown(e, item.index, row.id)}
                onFocus={() => setActive(item.index)}
                onClick={(e) => {
                  if (!(e.target instanceof HTMLAnchorElement)) navigate(`/cases/${row.id}`);
                }}
              >
                <div role="gridcell" className="case-grid-cell case-ref">
                  <Link href={`/cases/${row.id}`} tabIndex={-1}>
                    {row.reference}
                  </Link>
                </div>
                <TextCell text={row.title} />
                <div role="gridcell" className="case-grid-cell" title={statusText(row)}>
                  <StatusBadge status={row.status} label={t(`cases.status.${row.status}`)} />
                  {row.archived ? <Badge>{t('cases.list.archived')}</Badge> : null}
                </div>
                <TextCell text={t(`cases.type.${row.type}`)} />
                <TextCell text={fmt.countryName(row.partnerCountry)} />
                <TextCell text={row.assignee} />
                <div role="gridcell" className={overdue ? 'case-grid-cell case-grid-date case-overdue' : 'case-grid-cell case-grid-date'}>
                  {fmt.date(row.nextDue)}
                  {overdue ? <span className="visually-hidden"> ({t('cases.detail.overdue')})</span> : null}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
