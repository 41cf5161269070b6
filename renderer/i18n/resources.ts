import type { Resource } from 'i18next';
import { mergeBundles, type Bundle } from './bundles';
import type { Language } from './languages';

/** One bundle's strings in each language; each bundle owns its top-level keys (`common`, `cases`…). */
export type LocaleBundle = Record<Language, Bundle>;

/**
 * The i18next resources: one `translation` namespace per language, all bundles merged. The
 * bundles come from the composition root (every feature module's `locales`): i18n knows no feature.
 */
export function buildResources(bundles: readonly LocaleBundle[]): Resource {
  return {
    en: { translation: mergeBundles(...bundles.map((b) => b.en)) },
    vi: { translation: mergeBundles(...bundles.map((b) => b.vi)) },
  };
}
