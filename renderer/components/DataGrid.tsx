import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface DataGridColumn<Row> {
  key: string;
  label: string;
  /** A CSS grid track, e.g. `8rem` or `minmax(6rem, 2fr)`. */
  width: string;
  sortable?: boolean;
  /** The cell's content; plain text cuts with an ellipsis and shows whole in its tooltip. */
  render(row: Row): ReactNode;
  /** The cell's tooltip / full text, when `render` gives more than text. */
  title?(row: Row): string;
  className?: string;
}

export interface DataGridSort {
  key: string;
  direction: 'ascending' | 'descending';
}

export interface DataGridProps<Row extends { id: string }> {
  rows: readonly Row[];
  columns: readonly DataGridColumn<Row>[];
  label: string;
  sort?: DataGridSort;
  onSort?(key: string): void;
  /** Opens a row (Enter or click). */
  onOpen(row: Row): void;
  rowClassName?(row: Row): string | undefined;
  rowHeight?: number;
}

/**
 * A list as an ARIA grid for registers an officer scans all day: only the rows in view are in the
 * DOM (thousands stay smooth), `aria-rowcount`/`aria-rowindex` tell assistive technology the full
 * size; one row is in the tab order, arrows, Page Up/Down, Home and End move, Enter opens, and
 * sortable column headers say how they sort (`aria-sort`).
 */
export function DataGrid<Row extends { id: string }>({ rows, columns, label, sort, onSort, onOpen, rowClassName, rowHeight = 44 }: DataGridProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusRequested, setFocusRequested] = useState(false);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const template = columns.map((c) => c.width).join(' ');

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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row);
    }
  };

  return (
    <div role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} className="data-grid">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="data-grid-row data-grid-head" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const sorted = sort?.key === column.key ? sort.direction : undefined;
            return (
              <div key={column.key} role="columnheader" aria-sort={column.sortable ? (sorted ?? 'none') : undefined} className="data-grid-cell">
                {column.sortable && onSort ? (
                  <button type="button" className="data-grid-sort" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="data-grid-sort-mark">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  <span className="data-grid-heading">{column.label}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="data-grid-body">
        <div className="data-grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === activeIndex ? 0 : -1}
                className={['data-grid-row data-grid-item', rowClassName?.(row)].filter(Boolean).join(' ')}
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight, gridTemplateColumns: template }}
                onKeyDown={(e) => onKeyDown(e, item.index, row)}
                onFocus={() => setActive(item.index)}
                onClick={(e) => {
                  if (!(e.target instanceof HTMLAnchorElement)) onOpen(row);
                }}
              >
                {columns.map((column) => (
                  <div key={column.key} role="gridcell" className={['data-grid-cell', column.className].filter(Boolean).join(' ')} title={column.title?.(row) || undefined}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
