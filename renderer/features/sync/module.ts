import type { FeatureModule } from '../../shell';
import { syncLocales } from './locales';
import { SyncSettingsSection } from './SyncSettingsSection';

/** Sync enters the shell through Settings (enrolment, the device) and its strings. */
export const syncModule: FeatureModule = {
  id: 'sync',
  locales: [syncLocales],
  settingsSections: [{ id: 'sync', order: 40, component: SyncSettingsSection }],
};
