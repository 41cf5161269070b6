// Page object for the application shell: banner, navigation, language, offline state, shortcuts.
// Finds everything by role and accessible name, in either UI language.
import { expect, type Locator, type Page } from '@playwright/test';

export type UiLanguage = 'en' | 'vi';

/** The language switch names each language in itself, so these do not change with the UI. */
const languageButtonNames: Record<UiLanguage, string> = { en: 'English', vi: 'Tiếng Việt' };

export class AppShell {
  constructor(readonly page: Page) {}

  /** Opens a hash route (e.g. `/settings`) and waits for the shell to be up (the database open). */
  async goto(path = '/cases'): Promise<void> {
    await this.page.goto(`/#${path}`);
    await expect(this.banner).toBeVisible();
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: /^(Main navigation|Điều hướng chính)$/ });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The current page's title (its one h1). */
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** Follows a main-navigation link by its visible name in the current language. */
  async navigateTo(name: string): Promise<void> {
    await this.navLink(name).click();
  }

  async switchLanguage(language: UiLanguage): Promise<void> {
    await this.banner.getByRole('button', { name: languageButtonNames[language], exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  /** "Offline — changes are saved on this device" (or its Vietnamese), shown only while offline. */
  get offlineIndicator(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Offline —|Ngoại tuyến —/ });
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: /^(Skip to main content|Chuyển đến nội dung chính)$/ });
  }

  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Keyboard shortcuts|Phím tắt)$/ });
  }

  /** The hash route currently shown, e.g. `/cases/new`. */
  async route(): Promise<string> {
    return new URL(this.page.url()).hash.replace(/^#/, '');
  }
}
