import type { FeatureModule } from '../../shell';
import { DashboardPage } from './DashboardPage';
import { dashboardLocales } from './locales';

import './dashboard.css';

/**
 * The home screen at `/`: what is due, what is overdue, recent work and the charts for
 * headquarters, each tile linking to its list filtered as it counts.
 */
export const dashboardModule: FeatureModule = {
  id: 'dashboard',
  locales: [dashboardLocales],
  routes: [{ path: '/', component: DashboardPage }],
  nav: { href: '/', labelKey: 'dashboard.nav.label', order: 5 },
};
