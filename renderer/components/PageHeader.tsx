import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The view's one <h1>. */
  title: string;
  /** A line under the title (a case's reference, a count). */
  subtitle?: ReactNode;
  /** The view's main actions, right-aligned. */
  actions?: ReactNode;
  /** Shown above the title, e.g. a back link. */
  before?: ReactNode;
}

export function PageHeader({ title, subtitle, actions, before }: PageHeaderProps) {
  return (
    <header className="page-header">
      {before ? <div className="page-header-before">{before}</div> : null}
      <div className="page-header-row">
        <div className="page-header-titles">
          <h1 className="page-title">{title}</h1>
          {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </header>
  );
}
