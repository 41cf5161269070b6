import type { FeatureModule } from '../../shell';
import { AuditPage } from './AuditPage';
import { auditLocales } from './locales';

/** The audit log page. */
export const auditModule: FeatureModule = {
  id: 'audit',
  locales: [auditLocales],
  routes: [{ path: '/audit', component: AuditPage }],
  nav: { href: '/audit', labelKey: 'audit.nav.label', order: 90 },
};
