import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DatabaseProvider } from './DatabaseProvider';
import { dbLocales } from './dbLocales';

function renderOpening(language: 'en' | 'vi'): string {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { [language]: { translation: dbLocales[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider open={() => new Promise(() => undefined)}>
        <p>the app</p>
      </DatabaseProvider>
    </I18nextProvider>,
  );
}

describe('DatabaseProvider while the database opens', () => {
  it('says what is happening, in a status region, instead of showing the app', () => {
    const html = renderOpening('en');
    expect(html).toContain('role="status"');
    expect(html).toContain('Opening this workspace…');
    expect(html).toContain('first opening after an update');
    expect(html).not.toContain('the app');
  });

  it('says it in Vietnamese', () => {
    const html = renderOpening('vi');
    expect(html).toContain('Đang mở không gian làm việc…');
    expect(html).not.toContain('Opening this workspace');
  });
});
