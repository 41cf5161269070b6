/** The user's preferences on this device (language, name, workspace, idle lock) and the language switch. */
export { lockAfterChoices, usePreferences, type Preferences } from './preferences';
export { LanguageSwitch } from './LanguageSwitch';
