export { leafKeys, mergeBundles, type Bundle } from './bundles';
export { createFormatter, type Formatter } from './format';
export { changeLanguage, initI18n } from './initI18n';
export { detectLanguage, isLanguage, languages, type Language } from './languages';
export { buildResources, type LocaleBundle } from './resources';
export { useFormat } from './useFormat';
export { useUiLanguage } from './useUiLanguage';
