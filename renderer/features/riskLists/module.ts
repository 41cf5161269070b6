import { altKey, focusWhenRendered, type FeatureModule } from '../../shell';
import { ChangesPage } from './diff/ChangesPage';
import { RiskListFetcher } from './data/RiskListFetcher';
import { ImportPage } from './import/ImportPage';
import { riskListsLocales } from './locales';
import { RiskListPage } from './browse/RiskListPage';
import { RiskListsPage } from './browse/RiskListsPage';
import { screeningLocales } from './screening/locales';
import { quickScreenNameId } from './screening/QuickScreen';
import { ScreeningEngine } from './screening/ScreeningEngine';
import { ScreeningReportPage } from './screening/ScreeningReportPage';

import './riskLists.css';

/**
 * Risk lists and screening: the lists in force and their versions, the import, a version's
 * entries and its changes, the fetcher that brings other devices' lists, and the screening
 * engine (a worker) that screens cases and re-screens them against each new version. Literal paths precede
 * `/risk-lists/:id` so "import" is never an id.
 */
export const riskListsModule: FeatureModule = {
  id: 'riskLists',
  locales: [riskListsLocales, screeningLocales],
  routes: [
    { path: '/risk-lists', component: RiskListsPage },
    { path: '/risk-lists/import', component: ImportPage },
    { path: '/risk-lists/:id/changes', component: ChangesPage },
    { path: '/risk-lists/:id', component: RiskListPage },
    { path: '/cases/:id/screening-report', component: ScreeningReportPage },
  ],
  nav: { href: '/risk-lists', labelKey: 'riskLists.nav.label', order: 30 },
  commands: [
    {
      id: 'quickScreen',
      run: ({ location, navigate }) => {
        if (location !== '/risk-lists') navigate('/risk-lists');
        focusWhenRendered(quickScreenNameId);
      },
      // A chord, so it works mid-sentence: a name heard on the phone is screened at once.
      shortcut: { keys: ['common.shortcuts.keyAlt', 'Q'], labelKey: 'screening.quick.shortcut', matches: altKey('Q'), whileTyping: true },
    },
  ],
  overlays: [RiskListFetcher, ScreeningEngine],
};
