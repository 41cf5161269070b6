import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { leafKeys, type Bundle } from '../i18n';
import { en as commonEn } from '../i18n/locales/en';
import { vi as commonVi } from '../i18n/locales/vi';
import { remindersLocales } from './locales';
import { ReminderSettingsSection } from './ReminderSettingsSection';
import { useReminderStore } from './reminderStore';

function render(language: 'en' | 'vi'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: { ...(language === 'en' ? commonEn : commonVi), ...remindersLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReminderSettingsSection />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('Settings > Deadline reminders', () => {
  it('shows the device’s choice of days ahead (three until changed), in English and Vietnamese', () => {
    // A server render shows the store's initial state: three days ahead.
    expect(render('en')).toContain('Deadline reminders Remind me 3 days before');
    expect(render('vi')).toContain('Nhắc hạn Nhắc trước Trước 3 ngày');
  });

  it('keeps only the offered choices, 0 turning reminders off', () => {
    useReminderStore.getState().setDaysAhead(0);
    expect(useReminderStore.getState().daysAhead).toBe(0);
    useReminderStore.getState().setDaysAhead(3);
    useReminderStore.getState().setDaysAhead(5);
    expect(useReminderStore.getState().daysAhead).toBe(3);
  });

  it('has the same keys in both languages', () => {
    expect(leafKeys(remindersLocales.vi as Bundle)).toEqual(leafKeys(remindersLocales.en as Bundle));
  });
});
