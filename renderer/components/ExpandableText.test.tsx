import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en';
import { vi } from '../i18n/locales/vi';
import { ExpandableText } from './ExpandableText';

function render(language: 'en' | 'vi', text: string): string {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: { en: { translation: en }, vi: { translation: vi } }, lng: language, initAsync: false });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ExpandableText text={text} maxLength={20} />
    </I18nextProvider>,
  );
}

describe('ExpandableText', () => {
  it('shows short text as it is, with nothing to press', () => {
    expect(render('en', 'Nguyễn Văn An')).toBe('<span>Nguyễn Văn An</span>');
  });

  it('shortens long text behind a collapsed "Show all" button, the whole text as its tooltip', () => {
    const text = 'Aluminium profiles declared as Vietnamese origin';
    const html = render('en', text);
    expect(html).toContain('Aluminium profiles…');
    expect(html).toContain(`title="${text}"`);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Show all<\/button>/);
    expect(render('vi', text)).toContain('>Xem toàn bộ</button>');
  });
});
