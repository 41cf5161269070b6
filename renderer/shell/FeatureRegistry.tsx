import { createContext, useContext, type ReactNode } from 'react';
import type { FeatureModule, SettingsSection } from './featureModule';

const FeatureRegistryContext = createContext<readonly FeatureModule[] | null>(null);

/** Hands the assembled feature modules to whatever below needs them (the Settings page). */
export function FeatureRegistryProvider({ modules, children }: { modules: readonly FeatureModule[]; children: ReactNode }) {
  return <FeatureRegistryContext.Provider value={modules}>{children}</FeatureRegistryContext.Provider>;
}

export function useFeatureModules(): readonly FeatureModule[] {
  const modules = useContext(FeatureRegistryContext);
  if (!modules) throw new Error('useFeatureModules needs a FeatureRegistryProvider (renderer/app)');
  return modules;
}

/** Every feature's Settings sections, in page order. */
export function settingsSectionsOf(modules: readonly FeatureModule[]): SettingsSection[] {
  return modules.flatMap((m) => m.settingsSections ?? []).sort((a, b) => a.order - b.order);
}

export function useSettingsSections(): SettingsSection[] {
  return settingsSectionsOf(useFeatureModules());
}
