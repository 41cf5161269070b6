import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { FeatureNavEntry } from '../shell';
import { featureModules } from './features';

const sections = featureModules.flatMap((m) => (m.nav ? [m.nav] : [])).sort((a, b) => a.order - b.order);

/** A section's live count (open conflicts…): its own component, so each count is its own hook. */
function NavCount({ entry }: { entry: Required<Pick<FeatureNavEntry, 'useCount' | 'countLabelKey'>> }) {
  const { t } = useTranslation();
  const count = entry.useCount() ?? 0;
  if (count <= 0) return null;
  return (
    <span className="nav-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden"> ({t(entry.countLabelKey, { count })})</span>
    </span>
  );
}

/** The main navigation landmark. The current section's link carries aria-current="page". */
export function Sidebar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label={t('common.nav.label')}>
      <ul className="nav-list">
        {sections.map(({ href, labelKey, useCount, countLabelKey }) => {
          const current = location === href || location.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
                {t(labelKey)}
                {useCount && countLabelKey ? <NavCount entry={{ useCount, countLabelKey }} /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
