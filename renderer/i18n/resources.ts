import type { Resource } from 'i18next';
import { validationMessages } from '../../shared/domain';
import { dbLocales } from '../db';
import { auditLocales } from '../features/audit';
import { casesLocales } from '../features/cases';
import { conflictsLocales } from '../features/conflicts';
import { lockLocales } from '../features/lock';
import { referenceDataLocales } from '../features/referenceData';
import { searchLocales } from '../features/search';
import { settingsLocales } from '../features/settings';
import { syncLocales } from '../features/sync';
import { formsLocales } from '../forms/locales';
import { recordsLocales } from '../records/locales';
import { mergeBundles, type Bundle } from './bundles';
import type { Language } from './languages';
import { en } from './locales/en';
import { vi } from './locales/vi';

const common: Record<Language, Bundle> = { en, vi };

/**
 * Every bundle's `{ en, vi }` pair; each owns one top-level key (`common`, `validation`, `db`, `cases`…).
 * A function, read when resources are built: features import the shell, which imports i18n, so
 * at this module's evaluation a feature's bundle may not be initialised yet (an import cycle).
 */
const bundles = (): ReadonlyArray<Record<Language, Bundle>> => [
  common,
  validationMessages,
  formsLocales,
  dbLocales,
  recordsLocales,
  auditLocales,
  casesLocales,
  conflictsLocales,
  lockLocales,
  referenceDataLocales,
  searchLocales,
  settingsLocales,
  syncLocales,
];

/** The i18next resources: one `translation` namespace per language, all bundles merged. */
export function buildResources(): Resource {
  return {
    en: { translation: mergeBundles(...bundles().map((b) => b.en)) },
    vi: { translation: mergeBundles(...bundles().map((b) => b.vi)) },
  };
}
