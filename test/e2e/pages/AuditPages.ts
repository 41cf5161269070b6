// Page objects for the audit trail: the audit log page and a case's Activity section. Found by
// role and accessible name in the English UI.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class AuditLogPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** Follows the navigation link, as an officer does. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  }

  get grid(): Locator {
    return this.main.getByRole('grid', { name: /^Audit events/ });
  }

  /** The grid's body rows (one per changed field), header excluded. */
  get rows(): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  /** "3 events". */
  get count(): Locator {
    return this.main.getByRole('status').filter({ hasText: /\bevents?$/ });
  }

  get search(): Locator {
    return this.main.getByRole('searchbox', { name: 'Record reference' });
  }

  /** Picks `option` in one of the filter selects (Record type, Action, Person). */
  async choose(filter: 'Record type' | 'Action' | 'Person', option: string): Promise<void> {
    await this.main.getByRole('button', { name: new RegExp(`\\b${filter}$`) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types a day into a date filter ("From", "To"), day first as the English UI orders it. */
  async typeDate(filter: 'From' | 'To', day: number, month: number, year: number): Promise<void> {
    const group = this.main.getByRole('group', { name: filter, exact: true });
    await group.getByRole('spinbutton').first().click();
    await this.page.keyboard.type(`${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}`);
  }

  async clearFilters(): Promise<void> {
    await this.main.getByRole('button', { name: 'Clear filters' }).click();
  }

  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.main.getByRole('button', { name: 'Export CSV' }).click()]);
    return download;
  }
}

/** A case page's Activity section. */
export class CaseActivity {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('main').getByRole('table', { name: 'Activity on this case, newest first' });
  }

  /** Body rows whose action cell reads `action` ("Opened", "Edited", "Created"). */
  rows(action: string): Locator {
    return this.table.locator('tbody').getByRole('row').filter({ hasText: action });
  }
}
