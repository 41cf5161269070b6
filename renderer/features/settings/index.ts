export { settingsModule } from './module';
export { SettingsPage } from './SettingsPage';
export { settingsLocales } from './locales';
export { checkDisplayName } from './displayName';
