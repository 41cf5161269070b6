import type { FeatureModule } from '../../shell';
import { useOverdueCount } from './data/useOverdueCount';
import { RequestDetailPage } from './detail/RequestDetailPage';
import { RequestEditPage } from './form/RequestEditPage';
import { requestFormLocales } from './form/locales';
import { requestLetterLocales } from './letter/locales';
import { requestsLocales } from './locales';
import { RequestRegisterPage } from './register/RequestRegisterPage';
import { requestStatisticsLocales } from './statistics/locales';

/**
 * Origin verification requests: the register, the form, a request's page with its workflow, its
 * letter and the statistics. Literal paths precede `/requests/:id` so "new" is never an id.
 */
export const requestsModule: FeatureModule = {
  id: 'requests',
  locales: [requestsLocales, requestFormLocales, requestLetterLocales, requestStatisticsLocales],
  routes: [
    { path: '/requests', component: RequestRegisterPage },
    { path: '/requests/new', component: RequestEditPage },
    { path: '/requests/:id/edit', component: RequestEditPage },
    { path: '/requests/:id', component: RequestDetailPage },
  ],
  nav: { href: '/requests', labelKey: 'requests.nav.label', order: 20, useCount: useOverdueCount, countLabelKey: 'requests.nav.overdue' },
};
