import { useTranslation } from 'react-i18next';
import { Button } from '../components';
import { lockSession } from '../features/lock';
import { SearchButton } from '../features/search';
import { SyncStatus } from '../features/sync';
import { OfflineIndicator } from './OfflineIndicator';
import { LanguageSwitch } from '../profile';
import { useShellStore } from './shellStore';

/** The banner landmark: the app's name, connection and sync state, search, language, Lock and the shortcuts help. */
export function TopBar() {
  const { t } = useTranslation();
  const setShortcutsOpen = useShellStore((s) => s.setShortcutsOpen);
  return (
    <header className="top-bar">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        {t('common.appName')}
      </p>
      <OfflineIndicator />
      <SyncStatus />
      <div className="top-bar-tools">
        <SearchButton />
        <LanguageSwitch />
        <Button variant="quiet" size="small" onPress={() => lockSession()} aria-keyshortcuts="Control+Shift+L">
          {t('lock.lockNow')}
        </Button>
        <Button
          variant="quiet"
          size="small"
          className="icon-button"
          aria-label={t('common.topBar.shortcutsButton')}
          onPress={() => setShortcutsOpen(true)}
        >
          <kbd aria-hidden="true">?</kbd>
        </Button>
      </div>
    </header>
  );
}
