import type { FeatureModule } from '../../shell';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { settingsLocales } from './locales';
import { ProfileSection } from './ProfileSection';
import { ReferenceDataSection } from './ReferenceDataSection';
import { SettingsPage } from './SettingsPage';
import { WorkspaceFileSection } from './WorkspaceFileSection';

/**
 * The Settings page and its own sections. Other features add theirs through their modules
 * (`settingsSections`); the page shows them all in `order`.
 */
export const settingsModule: FeatureModule = {
  id: 'settings',
  locales: [settingsLocales],
  routes: [{ path: '/settings', component: SettingsPage }],
  nav: { href: '/settings', labelKey: 'common.nav.settings', order: 1000 },
  commands: [{ id: 'openSettings', run: ({ navigate }) => navigate('/settings') }],
  settingsSections: [
    { id: 'language', order: 10, component: LanguageSection },
    { id: 'profile', order: 20, component: ProfileSection },
    { id: 'workspaceFile', order: 50, component: WorkspaceFileSection },
    { id: 'referenceData', order: 60, component: ReferenceDataSection },
    { id: 'about', order: 1000, component: AboutSection },
  ],
};
