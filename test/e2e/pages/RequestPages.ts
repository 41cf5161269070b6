// Page objects for a verification request's page (its workflow dialogs) and the register.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Types a day-first date (`05012026`) into a react-aria date field found by its label. */
export async function typeDate(page: Page, scope: Locator, label: string, digits: string): Promise<void> {
  const field = scope.getByRole('group', { name: label, exact: true });
  // Typing into a focused segment replaces what it held (today's date by default) and moves on.
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

export class RequestPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The page's header badges: status, direction, outcome. */
  badge(text: string): Locator {
    return this.main.locator('header').getByText(text, { exact: true });
  }

  get id(): string {
    return /#\/requests\/([0-9a-f-]{36})/.exec(this.page.url())![1]!;
  }

  /** Presses a workflow button and returns its dialog (titled as the button). */
  async startEvent(name: string | RegExp): Promise<Locator> {
    await this.main.getByRole('button', { name, exact: typeof name === 'string' }).click();
    const dialog = this.page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Confirms a workflow dialog with its primary button (named as the event). */
  async confirm(dialog: Locator, name: string | RegExp): Promise<void> {
    await dialog.getByRole('button', { name, exact: typeof name === 'string' }).click();
    await expect(dialog).toBeHidden();
  }

  section(name: string): Locator {
    return this.main.locator('section').filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }
}

export class RegisterPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/#/requests');
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Requests|Yêu cầu)$/ })).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('main').getByRole('grid');
  }

  row(text: string | RegExp): Locator {
    return this.grid.getByRole('row').filter({ hasText: text });
  }

  /** The rows shown, saved as CSV (the web host downloads the file). */
  async exportCsv(): Promise<Download> {
    const main = this.page.getByRole('main');
    const [download] = await Promise.all([this.page.waitForEvent('download'), main.getByRole('button', { name: /^(Export CSV|Xuất CSV)$/ }).click()]);
    return download;
  }
}
