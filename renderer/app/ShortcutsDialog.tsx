import { useTranslation } from 'react-i18next';
import { Dialog } from '../components';
import { shortcutList } from './shortcuts';
import { useUiStore } from './uiStore';

/** Lists the keyboard shortcuts (opened with `?`, the top bar's button or the Help menu). */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const isOpen = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  return (
    <Dialog isOpen={isOpen} onOpenChange={setOpen} title={t('common.shortcuts.title')}>
      <p className="muted">{t('common.shortcuts.intro')}</p>
      <dl className="shortcut-list">
        {shortcutList.map(({ keys, labelKey, labelValues }) => (
          <div key={labelKey} className="shortcut-row">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' + ' : null}
                  <kbd>{key.startsWith('common.') ? t(key) : key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{labelValues ? t(labelKey, labelValues(t)) : t(labelKey)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
