import { validationMessages } from '../../shared/domain';
import { attachmentsLocales } from '../attachments';
import { dbLocales } from '../db';
import { formsLocales } from '../forms/locales';
import { printLocales } from '../print';
import { recordsLocales } from '../records/locales';
import { plainKey, type FeatureModule } from '../shell';
import { en } from '../i18n/locales/en';
import { vi } from '../i18n/locales/vi';
import { useShellStore } from './shellStore';

/**
 * The shell's own part: its strings and those of the rooms below the features (validation, the
 * database, forms, records, attachments, print), and `?`, which lists the shortcuts.
 */
export const shellModule: FeatureModule = {
  id: 'shell',
  locales: [{ en, vi }, validationMessages, formsLocales, dbLocales, recordsLocales, attachmentsLocales, printLocales],
  commands: [
    {
      id: 'showShortcuts',
      run: () => useShellStore.getState().setShortcutsOpen(true),
      shortcut: { keys: ['?'], labelKey: 'common.shortcuts.showShortcuts', matches: plainKey('?') },
    },
  ],
};
