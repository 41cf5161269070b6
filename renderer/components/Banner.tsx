import type { ReactNode } from 'react';

export interface BannerProps {
  tone: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
  /** An action the banner offers, e.g. a Retry button. */
  action?: ReactNode;
}

/**
 * A message about a whole view. Errors are announced at once (role=alert); other tones politely
 * (role=status) so they do not interrupt what the user is reading.
 */
export function Banner({ tone, title, children, action }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="banner-text">
        {title ? <p className="banner-title">{title}</p> : null}
        {children ? <div className="banner-body">{children}</div> : null}
      </div>
      {action ? <div className="banner-action">{action}</div> : null}
    </div>
  );
}
