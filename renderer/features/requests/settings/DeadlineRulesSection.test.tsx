import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { msg, validationMessages } from '../../../../shared/domain';
import { StaticDatabaseProvider, type AttacheDb } from '../../../db';
import { leafKeys, type Bundle } from '../../../i18n';
import { en as commonEn } from '../../../i18n/locales/en';
import { vi as commonVi } from '../../../i18n/locales/vi';
import { recordsLocales } from '../../../records';
import { DeadlineRulesView } from './DeadlineRulesSection';
import { requestDeadlinesLocales } from './locales';

function render(language: 'en' | 'vi', adminOnly: { workspace: string } | null = null): string {
  const i18n = i18next.createInstance();
  const common = language === 'en' ? commonEn : commonVi;
  void i18n.init({
    resources: { [language]: { translation: { ...common, ...recordsLocales[language], ...validationMessages[language], ...requestDeadlinesLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // On the server the live query has not answered: the section shows the built-in periods.
  const html = renderToStaticMarkup(
    <StaticDatabaseProvider value={{ db: {} as AttacheDb, deviceId: 'device-a', actor: 'Trần Thị Lan' }}>
      <I18nextProvider i18n={i18n}>
        <DeadlineRulesView adminOnly={adminOnly} />
      </I18nextProvider>
    </StaticDatabaseProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('Settings > Request deadlines', () => {
  it('lists every instrument and the acknowledgement with its built-in period, and the holidays, in English', () => {
    const text = render('en');
    expect(text).toContain('Request deadlines');
    expect(text).toContain('CMAA (mutual assistance agreement) Built-in: 120 days, Calendar days');
    expect(text).toContain('EVFTA Built-in: 10 months, Calendar days');
    expect(text).toContain('EAPA (US Enforce and Protect Act) Built-in: no treaty period');
    expect(text).toContain('Acknowledgement (every instrument) Built-in: 30 days, Calendar days');
    expect(text).toContain('No holiday entered: business days skip only weekends.');
    expect(text).toContain('Add holiday');
    expect(text).toMatch(/\bSave\b/);
    expect(text).not.toContain('Reset to default');
  });

  it('on a member\'s device shows the periods in force and says who changes them, with nothing to edit', () => {
    const text = render('en', { workspace: 'VN Customs attaché office, Washington' });
    expect(text).toContain('Only an administrator of VN Customs attaché office, Washington changes these periods and holidays; they reach this computer by sync.');
    expect(text).toContain('CMAA (mutual assistance agreement) 120 days, Calendar days');
    expect(text).toContain('EAPA (US Enforce and Protect Act) Built-in: no treaty period');
    expect(text).not.toContain('Add holiday');
    expect(text).not.toMatch(/\bSave\b/);
    expect(render('vi', { workspace: 'Văn phòng Washington' })).toContain('Chỉ quản trị viên của Văn phòng Washington mới thay đổi được');
  });

  it('reads in Vietnamese', () => {
    const text = render('vi');
    expect(text).toContain('Thời hạn của yêu cầu');
    expect(text).toContain('EVFTA Mặc định: 10 tháng, Ngày theo lịch');
    expect(text).toContain('Xác nhận đã nhận (mọi văn bản) Mặc định: 30 ngày, Ngày theo lịch');
    expect(text).toContain('Thêm ngày nghỉ lễ');
  });

  it('has the same keys in both languages, and says why a period is refused in both', () => {
    expect(leafKeys(requestDeadlinesLocales.vi as Bundle)).toEqual(leafKeys(requestDeadlinesLocales.en as Bundle));
    const [group, key] = msg.periodTooLong.split('.').slice(1) as [string, string];
    const text = (lang: 'en' | 'vi') => ((validationMessages[lang].validation as Record<string, Record<string, string>>)[group] ?? {})[key];
    expect(text('en')).toBe('A period is at most 730 days or 24 months.');
    expect(text('vi')).toBe('Thời hạn tối đa là 730 ngày hoặc 24 tháng.');
  });
});
