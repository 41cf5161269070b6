/**
 * The contract between the shell and the features: what a feature hands the shell
 * (`FeatureModule`) and the small machinery both sides use to speak it. A room below the
 * features: it imports none of them and nothing of `renderer/app/`.
 */
export type {
  CommandContext,
  FeatureCommand,
  FeatureModule,
  FeatureNavEntry,
  FeatureRoute,
  KeyPress,
  SettingsSection,
  Shortcut,
} from './featureModule';
export { commandFor, focusWhenRendered, isTypingTarget, type ShortcutContext } from './commands';
export { altKey, ctrlKey, plainKey } from './keys';
export { FeatureRegistryProvider, settingsSectionsOf, useFeatureModules, useSettingsSections } from './FeatureRegistry';
