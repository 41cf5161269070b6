export { SettingsPage } from './SettingsPage';
export { settingsLocales } from './locales';
export { checkDisplayName } from './displayName';
