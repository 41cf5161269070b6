import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hashHref } from './dashboardLinks';

/**
 * A link to a route, its query kept in the hash (see `hashHref`). A plain anchor: the browser
 * changes the hash, the router follows, and Ctrl+click or a middle click open it apart.
 */
export function TileLink({ to, children, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a href={hashHref(to)} {...rest}>
      {children}
    </a>
  );
}

export interface TileProps {
  /** Unique on the page: the heading's id and the tile's test id (`dashboard-<id>`). */
  id: string;
  title: string;
  /** The list the tile summarises, filtered as the tile counts: its heading links there. */
  to: string;
  /** `undefined` while the tile's query runs: the frame shows at once, the content when it comes. */
  children: ReactNode | undefined;
  className?: string;
}

/** One tile: a framed section whose heading is a link to its list. */
export function Tile({ id, title, to, children, className }: TileProps) {
  const { t } = useTranslation();
  const headingId = `dashboard-${id}-title`;
  return (
    <section className={`dashboard-tile${className ? ` ${className}` : ''}`} aria-labelledby={headingId} aria-busy={children === undefined} data-testid={`dashboard-${id}`}>
      <h2 id={headingId} className="dashboard-tile-title">
        <TileLink to={to}>{title}</TileLink>
      </h2>
      {children === undefined ? <p className="muted dashboard-loading">{t('dashboard.loading')}</p> : children}
    </section>
  );
}

/** The big figure of a tile, and what it counts. */
export function TileCount({ value, label, tone }: { value: string; label: string; tone?: 'danger' | 'warning' }) {
  return (
    <p className="dashboard-count">
      <span className={`dashboard-count-value${tone && value !== '0' ? ` dashboard-count-${tone}` : ''}`}>{value}</span>
      <span className="dashboard-count-label">{label}</span>
    </p>
  );
}

/** The first items of a tile, each a link; says how many more the list holds. */
export function TileList<T extends { id: string }>({ items, total, empty, render }: { items: readonly T[]; total: number; empty: string; render: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted dashboard-empty">{empty}</p>;
  return (
    <>
      <ul className="dashboard-list">
        {items.map((item) => (
          <li key={item.id}>{render(item)}</li>
        ))}
      </ul>
      {total > items.length ? <p className="muted dashboard-more">{t('dashboard.more', { count: total - items.length })}</p> : null}
    </>
  );
}
