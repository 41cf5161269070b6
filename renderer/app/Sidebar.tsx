import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useOpenConflictCount } from '../features/conflicts';

const sections = [
  { href: '/cases', labelKey: 'common.nav.cases' },
  { href: '/conflicts', labelKey: 'conflicts.nav.label' },
  { href: '/audit', labelKey: 'audit.nav.label' },
  { href: '/settings', labelKey: 'common.nav.settings' },
] as const;

/** The main navigation landmark. The current section's link carries aria-current="page". */
export function Sidebar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const openConflicts = useOpenConflictCount() ?? 0;
  return (
    <nav className="sidebar" aria-label={t('common.nav.label')}>
      <ul className="nav-list">
        {sections.map(({ href, labelKey }) => {
          const current = location === href || location.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
                {t(labelKey)}
                {href === '/conflicts' && openConflicts > 0 ? (
                  <span className="nav-count">
                    <span aria-hidden="true">{openConflicts}</span>
                    <span className="visually-hidden"> ({t('conflicts.nav.count', { count: openConflicts })})</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
