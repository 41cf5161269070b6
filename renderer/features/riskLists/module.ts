import type { FeatureModule } from '../../shell';
import { ChangesPage } from './diff/ChangesPage';
import { RiskListFetcher } from './data/RiskListFetcher';
import { ImportPage } from './import/ImportPage';
import { riskListsLocales } from './locales';
import { RiskListPage } from './browse/RiskListPage';
import { RiskListsPage } from './browse/RiskListsPage';

import './riskLists.css';

/**
 * Risk lists: the lists in force and their versions, the import, a version's entries and its
 * changes, and the fetcher that brings other devices' lists. Literal paths precede
 * `/risk-lists/:id` so "import" is never an id.
 */
export const riskListsModule: FeatureModule = {
  id: 'riskLists',
  locales: [riskListsLocales],
  routes: [
    { path: '/risk-lists', component: RiskListsPage },
    { path: '/risk-lists/import', component: ImportPage },
    { path: '/risk-lists/:id/changes', component: ChangesPage },
    { path: '/risk-lists/:id', component: RiskListPage },
  ],
  nav: { href: '/risk-lists', labelKey: 'riskLists.nav.label', order: 30 },
  overlays: [RiskListFetcher],
};
