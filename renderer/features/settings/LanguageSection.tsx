import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../profile';
import { FormSection, RadioGroup, type Option } from '../../components';
import { isLanguage, languages } from '../../i18n';

/** The language choice; the same preference as the top bar's switch. */
export function LanguageSection() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const options: Option[] = languages.map((code) => ({ id: code, label: t(`common.languages.${code}`), lang: code }));
  return (
    <FormSection title={t('settings.language.title')}>
      <RadioGroup
        label={t('settings.language.label')}
        description={t('settings.language.description')}
        options={options}
        value={language}
        onChange={(value) => {
          if (isLanguage(value)) setLanguage(value);
        }}
      />
    </FormSection>
  );
}
