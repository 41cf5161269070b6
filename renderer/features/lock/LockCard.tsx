import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../profile';

/**
 * The frame of the setup and unlock screens: the app's name and the language switch (the officer
 * may not read the language the system chose), a heading that takes focus so screen readers start
 * there, and the form.
 */
export function LockCard({ titleId, title, testId, children }: { titleId: string; title: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="card-page">
      <section className="page-card lock-card" aria-labelledby={titleId} data-testid={testId}>
        <div className="lock-brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          <span>{t('common.appName')}</span>
          <span className="lock-brand-tools">
            <LanguageSwitch />
          </span>
        </div>
        <h1 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </main>
  );
}
