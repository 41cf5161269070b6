import type { ReactNode } from 'react';

/**
 * A titled group of fields. Rendered as a <section> with a heading (not a <fieldset>) so screen
 * readers list it among the page's headings; `headingLevel` keeps the outline right inside pages.
 */
export function FormSection({
  title,
  description,
  headingLevel = 2,
  actions,
  children,
}: {
  title: string;
  description?: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="form-section">
      <div className="form-section-header">
        <div>
          <Heading className="form-section-title">{title}</Heading>
          {description ? <p className="form-section-description">{description}</p> : null}
        </div>
        {actions ? <div className="form-section-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

/** Lays fields out in up to `columns` columns, collapsing to one on narrow windows. */
export function FieldGrid({ columns = 2, children }: { columns?: 1 | 2 | 3 | 4; children: ReactNode }) {
  return <div className={`field-grid field-grid-${columns}`}>{children}</div>;
}

/** The row of buttons at the end of a form (Save, Cancel). */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}
