// Page object for the verification request form (new from a case, or edit). Found by role and
// accessible name, English UI unless a test switches.
import { expect, type Locator, type Page } from '@playwright/test';

export class RequestFormPage {
  constructor(readonly page: Page) {}

  /**
   * Opens a new request for a case at the address the case's "New request" link leads to (the
   * hash router keeps the query in the page's search: `/?caseId=…#/requests/new`).
   */
  async openNew(caseId: string): Promise<void> {
    await this.page.goto(`/?caseId=${caseId}#/requests/new`);
    await expect(this.heading).toHaveText(/^(New verification request|Yêu cầu xác minh mới)$/);
  }

  /** Follows the case page's "New request" link. */
  async openFromCase(): Promise<void> {
    await this.main.getByRole('link', { name: 'New request', exact: true }).first().click();
    await expect(this.heading).toHaveText('New verification request');
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  section(name: string): Locator {
    return this.main.locator('section').filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  group(name: string): Locator {
    return this.main.getByRole('group', { name, exact: true });
  }

  textbox(name: string, scope: Locator = this.main): Locator {
    return scope.getByRole('textbox', { name, exact: true });
  }

  /** Picks an option of a select by its label (the button reads its value, then its label). */
  async choose(label: string | RegExp, option: string, scope: Locator = this.main): Promise<void> {
    await scope.getByRole('button', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /**
   * Ticks a checkbox by its label text, as a pointer user does. Clicked again only if the first
   * click did not take: twice in some thirty CI runs, a click right after typing into another
   * field (whose blur validates the form) left the box unticked; not reproduced locally.
   */
  async tick(label: string, scope: Locator = this.main): Promise<void> {
    const box = scope.getByRole('checkbox', { name: label });
    await expect(async () => {
      if (!(await box.isChecked())) await scope.getByText(label, { exact: true }).click();
      await expect(box).toBeChecked({ timeout: 2_000 });
    }).toPass({ timeout: 10_000 });
  }

  /** Ticks "Include <file>" in the request's documents list, by keyboard (the box has no visible label of its own); see `tick`. */
  async include(fileName: string): Promise<void> {
    const box = this.main.getByRole('checkbox', { name: `Include ${fileName}` });
    await expect(async () => {
      if (!(await box.isChecked())) {
        await box.focus();
        await this.page.keyboard.press('Space');
      }
      await expect(box).toBeChecked({ timeout: 2_000 });
    }).toPass({ timeout: 10_000 });
  }

  async addQuestion(text: string, documents: readonly string[]): Promise<Locator> {
    await this.main.getByRole('button', { name: 'Add question' }).click();
    const question = this.main.getByRole('group', { name: /^Question \d+$/ }).last();
    await question.getByRole('textbox', { name: 'Question', exact: true }).fill(text);
    for (const [i, name] of documents.entries()) {
      await question.getByRole('button', { name: 'Add document' }).click();
      await question.getByRole('textbox', { name: `Document ${i + 1}`, exact: true }).fill(name);
    }
    return question;
  }

  async save(): Promise<void> {
    await this.main.getByRole('button', { name: /^(Save request|Lưu yêu cầu)$/ }).click();
  }
}
