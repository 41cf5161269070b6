import { useTranslation } from 'react-i18next';
import { Dialog } from '../components';
import type { Shortcut } from '../shell';
import { featureModules } from './features';
import { useShellStore } from './shellStore';

/** Escape is every dialog's and menu's own key, listed so nobody has to guess it. */
const closeDialog: Pick<Shortcut, 'keys' | 'labelKey' | 'labelValues'> = {
  keys: ['common.shortcuts.keyEscape'],
  labelKey: 'common.shortcuts.closeDialog',
};
const shortcuts = [...featureModules.flatMap((m) => m.commands ?? []).flatMap((c) => (c.shortcut ? [c.shortcut] : [])), closeDialog];

/** Lists the keyboard shortcuts every feature declares (opened with `?`, the top bar's button or the Help menu). */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const isOpen = useShellStore((s) => s.shortcutsOpen);
  const setOpen = useShellStore((s) => s.setShortcutsOpen);
  return (
    <Dialog isOpen={isOpen} onOpenChange={setOpen} title={t('common.shortcuts.title')}>
      <p className="muted">{t('common.shortcuts.intro')}</p>
      <dl className="shortcut-list">
        {shortcuts.map(({ keys, labelKey, labelValues }) => (
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
