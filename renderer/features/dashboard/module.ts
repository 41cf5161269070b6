import type { FeatureModule } from '../../shell';

/** The home screen: what is due, what is overdue, recent work and the charts for headquarters. */
export const dashboardModule: FeatureModule = {
  id: 'dashboard',
};
