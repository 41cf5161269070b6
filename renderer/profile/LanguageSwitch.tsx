import { useTranslation } from 'react-i18next';
import { Button } from '../components';
import { languages } from '../i18n';
import { usePreferences } from './preferences';

/**
 * The top bar's language switch: one toggle button per language, each named in its own language
 * (and marked with `lang`) so a user who cannot read the current UI still finds theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  return (
    <div role="group" aria-label={t('common.topBar.languageLabel')} className="segmented">
      {languages.map((code) => (
        <Button
          key={code}
          variant="quiet"
          size="small"
          className="segmented-item"
          aria-pressed={language === code}
          lang={code}
          onPress={() => setLanguage(code)}
        >
          {t(`common.languages.${code}`)}
        </Button>
      ))}
    </div>
  );
}
