import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The first focusable element: jumps past the banner and navigation to the main content. Handled
 * in script because the app routes on the URL hash, where a plain `#main` link would navigate.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('common.skipToContent')}
    </a>
  );
}
