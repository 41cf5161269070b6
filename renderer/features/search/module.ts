import { ctrlKey, type FeatureModule } from '../../shell';
import { searchLocales } from './locales';
import { SearchDialog } from './SearchDialog';
import { SearchPage } from './SearchPage';
import { searchScopeValues } from './searchScope';
import { useSearchStore } from './searchStore';

/** Global search: the `/search` page, the Ctrl+K dialog and its shortcut. */
export const searchModule: FeatureModule = {
  id: 'search',
  locales: [searchLocales],
  routes: [{ path: '/search', component: SearchPage }],
  commands: [
    {
      id: 'openSearch',
      run: () => useSearchStore.getState().setDialogOpen(true),
      shortcut: {
        keys: ['common.shortcuts.keyCtrl', 'K'],
        labelKey: 'search.shortcut',
        labelValues: searchScopeValues,
        matches: ctrlKey('K'),
        whileTyping: true,
      },
    },
  ],
  overlays: [SearchDialog],
};
