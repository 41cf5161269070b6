import { lockSession } from '../../security/session';
import { ctrlKey, type FeatureModule } from '../../shell';
import { LockSettingsSection } from './LockSettingsSection';
import { lockLocales } from './locales';

/** The lock: its Settings section and Ctrl+Shift+L, which works everywhere, even in a dialog. */
export const lockModule: FeatureModule = {
  id: 'lock',
  locales: [lockLocales],
  commands: [
    {
      id: 'lock',
      run: () => void lockSession(),
      shortcut: {
        keys: ['common.shortcuts.keyCtrl', 'common.shortcuts.keyShift', 'L'],
        labelKey: 'common.shortcuts.lock',
        matches: ctrlKey('L', { shift: true }),
        whileTyping: true,
        inModal: true,
      },
    },
  ],
  settingsSections: [{ id: 'lock', order: 30, component: LockSettingsSection }],
};
