import type { FeatureModule } from '../../shell';
import { ConflictsPage } from './ConflictsPage';
import { useOpenConflictCount } from './hooks';
import { en } from './locales/en';
import { vi } from './locales/vi';

/** `conflicts.*` strings in English and Vietnamese. */
export const conflictsLocales = { en, vi };

/** The conflicts screen, with the open count beside its sidebar link. */
export const conflictsModule: FeatureModule = {
  id: 'conflicts',
  locales: [conflictsLocales],
  routes: [{ path: '/conflicts', component: ConflictsPage }],
  nav: { href: '/conflicts', labelKey: 'conflicts.nav.label', order: 80, useCount: useOpenConflictCount, countLabelKey: 'conflicts.nav.count' },
};
