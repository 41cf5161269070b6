import { DeadlineReminders, ReminderSettingsSection, remindersLocales } from '../../reminders';
import type { FeatureModule } from '../../shell';
import { useOverdueCount } from './data/useOverdueCount';
import { RequestDetailPage } from './detail/RequestDetailPage';
import { RequestEditPage } from './form/RequestEditPage';
import { requestFormLocales } from './form/locales';
import { requestLetterLocales } from './letter/locales';
import { RequestLetterPage } from './letter/RequestLetterPage';
import { requestsLocales } from './locales';
import { RequestRegisterPage } from './register/RequestRegisterPage';
import { DeadlineRulesSection } from './settings/DeadlineRulesSection';
import { requestDeadlinesLocales } from './settings/locales';
import { requestStatisticsLocales } from './statistics/locales';
import { RequestStatisticsPage } from './statistics/RequestStatisticsPage';

/**
 * Origin verification requests: the register, the form, a request's page with its workflow, its
 * letter, the statistics, the deadline rules in Settings and the reminders. Literal paths precede
 * `/requests/:id` so "new" and "statistics" are never ids.
 */
export const requestsModule: FeatureModule = {
  id: 'requests',
  locales: [
    requestsLocales,
    requestFormLocales,
    requestLetterLocales,
    requestStatisticsLocales,
    requestDeadlinesLocales,
    remindersLocales,
  ],
  routes: [
    { path: '/requests', component: RequestRegisterPage },
    { path: '/requests/new', component: RequestEditPage },
    { path: '/requests/statistics', component: RequestStatisticsPage },
    { path: '/requests/:id/edit', component: RequestEditPage },
    { path: '/requests/:id/letter', component: RequestLetterPage },
    { path: '/requests/:id', component: RequestDetailPage },
  ],
  nav: { href: '/requests', labelKey: 'requests.nav.label', order: 20, useCount: useOverdueCount, countLabelKey: 'requests.nav.overdue' },
  settingsSections: [
    { id: 'requestDeadlines', order: 50, component: DeadlineRulesSection },
    { id: 'reminders', order: 55, component: ReminderSettingsSection },
  ],
  overlays: [DeadlineReminders],
};
