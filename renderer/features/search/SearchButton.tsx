import { useTranslation } from 'react-i18next';
import { Button } from '../../components';
import { useSearchStore } from './searchStore';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The top bar's way into global search, showing its shortcut. */
export function SearchButton() {
  const { t } = useTranslation();
  const setOpen = useSearchStore((s) => s.setDialogOpen);
  return (
    <Button variant="secondary" size="small" className="search-trigger" onPress={() => setOpen(true)} aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
      <span>{t('search.open')}</span>
      <kbd aria-hidden="true">{isMac ? '⌘K' : `${t('common.shortcuts.keyCtrl')}+K`}</kbd>
    </Button>
  );
}
