// Page objects for the case screens: list, form (new/edit) and a case's page. Everything is
// found by role and accessible name (English UI, the default of a fresh profile).
import { expect, type Locator, type Page } from '@playwright/test';

export class CaseListPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/#/cases');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get search(): Locator {
    return this.main.getByRole('searchbox', { name: 'Search cases' });
  }

  get grid(): Locator {
    return this.main.getByRole('grid');
  }

  /** "3 cases", "1 case": the count of cases the filters let through. */
  get count(): Locator {
    return this.main.getByRole('status').filter({ hasText: /\bcases?$/ });
  }

  get emptyState(): Locator {
    return this.main.getByText('No cases yet');
  }

  row(text: string | RegExp): Locator {
    return this.grid.getByRole('row').filter({ hasText: text });
  }

  get showArchived(): Locator {
    return this.main.getByRole('checkbox', { name: 'Show archived cases' });
  }

  /** Ticks "Show archived cases" by its label, as a pointer user does. */
  async includeArchived(): Promise<void> {
    await this.main.getByText('Show archived cases', { exact: true }).click();
    await expect(this.showArchived).toBeChecked();
  }

  /** Creates a case with `title` and the United States as partner country; the app then shows it. */
  async createCase(title: string): Promise<CaseDetailPage> {
    await this.goto();
    const form = await this.newCase();
    await form.title.fill(title);
    await form.chooseCountry('Partner country', 'United States', /^United States/);
    await form.save();
    const detail = new CaseDetailPage(this.page);
    await expect(detail.heading).toHaveText(title);
    return detail;
  }

  async newCase(): Promise<CaseFormPage> {
    await this.main.getByRole('link', { name: 'New case' }).first().click();
    const form = new CaseFormPage(this.page);
    await expect(form.heading).toHaveText('New case');
    return form;
  }
}

export interface PartyInput {
  name: string;
  taxCode?: string;
}

export interface GoodsInput {
  hsCode: string;
  description: string;
}

export class CaseFormPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get title(): Locator {
    return this.main.getByRole('textbox', { name: 'Title' });
  }

  /** The summary banner shown when a save is refused. */
  get errorSummary(): Locator {
    return this.main.getByRole('alert').filter({ hasText: 'The case was not saved' });
  }

  async chooseCountry(label: string, typed: string, option: RegExp, scope: Locator = this.main): Promise<void> {
    await scope.getByRole('combobox', { name: label }).fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  party(n: number): Locator {
    return this.main.getByRole('group', { name: `Party ${n}`, exact: true });
  }

  goodsLine(n: number): Locator {
    return this.main.getByRole('group', { name: `Goods line ${n}`, exact: true });
  }

  async addParty({ name, taxCode }: PartyInput): Promise<Locator> {
    await this.main.getByRole('button', { name: 'Add party' }).click();
    const party = this.party(await this.main.getByRole('group', { name: /^Party \d+$/ }).count());
    await party.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    if (taxCode !== undefined) {
      await party.getByRole('button', { name: 'Add identifier' }).click();
      // The scheme starts as the Vietnamese tax code (MST).
      const value = party.getByRole('textbox', { name: 'Identifier', exact: true }).last();
      await value.fill(taxCode);
      // Leave the field first, as an officer would: its check runs on blur and may show an error
      // that moves the buttons below it.
      await value.blur();
    }
    return party;
  }

  async addGoodsLine({ hsCode, description }: GoodsInput): Promise<Locator> {
    await this.main.getByRole('button', { name: 'Add goods line' }).click();
    const line = this.goodsLine(await this.main.getByRole('group', { name: /^Goods line \d+$/ }).count());
    await line.getByRole('combobox', { name: 'HS code' }).fill(hsCode);
    const text = line.getByRole('textbox', { name: 'Description of goods' });
    await text.fill(description);
    await text.blur();
    return line;
  }

  /** Adds a shipment with its bill of lading and containers (comma-separated). */
  async addShipment({ billOfLading, containers }: { billOfLading: string; containers: string }): Promise<Locator> {
    await this.main.getByRole('button', { name: 'Add shipment' }).click();
    const shipment = this.main.getByRole('group', { name: /^Shipment \d+$/ }).last();
    await shipment.getByRole('textbox', { name: 'Bill of lading' }).fill(billOfLading);
    await shipment.getByRole('textbox', { name: 'Containers' }).fill(containers);
    return shipment;
  }

  /** Adds a proof of origin (of the default kind) with its number and issuing body. */
  async addProofOfOrigin({ number, issuingBody }: { number: string; issuingBody: string }): Promise<Locator> {
    await this.main.getByRole('button', { name: 'Add proof of origin' }).click();
    const proof = this.main.getByRole('group', { name: /^Proof of origin \d+$/ }).last();
    await proof.getByRole('textbox', { name: 'Number' }).fill(number);
    await proof.getByRole('textbox', { name: 'Issuing body' }).fill(issuingBody);
    return proof;
  }

  /** The chips of the cases linked in the form. */
  get linkedCases(): Locator {
    return this.main.getByRole('list', { name: 'Linked cases' });
  }

  /** Types into "Linked cases" and picks the matching case; its chip then shows. */
  get linkSearch(): Locator {
    return this.main.getByRole('combobox', { name: 'Linked cases' });
  }

  /**
   * Types into "Linked cases" and picks the matching case, with the pointer or the keyboard
   * (arrow down to the first match, Enter); its chip then shows and the box is empty again.
   */
  async linkCase(typed: string, option: RegExp, using: 'pointer' | 'keyboard' = 'pointer'): Promise<void> {
    await this.linkSearch.fill(typed);
    if (using === 'pointer') await this.page.getByRole('option', { name: option }).click();
    else {
      await expect(this.page.getByRole('option', { name: option })).toBeVisible();
      await this.linkSearch.press('ArrowDown');
      await this.linkSearch.press('Enter');
    }
    await expect(this.linkedCases.getByRole('listitem').filter({ hasText: option })).toBeVisible();
    await expect(this.linkSearch).toHaveValue('');
  }

  async save(): Promise<void> {
    await this.main.getByRole('button', { name: 'Save case' }).click();
  }
}

export class CaseDetailPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /** The status badge in the page header. */
  status(label: string): Locator {
    return this.main.locator('header').getByText(label, { exact: true });
  }

  get timeline(): Locator {
    return this.main.getByRole('list', { name: 'Timeline' });
  }

  /** The cases this one links to. */
  get linkedCases(): Locator {
    return this.main.getByRole('list', { name: 'Linked cases' });
  }

  /** The cases that link to this one. */
  get linkedFrom(): Locator {
    return this.main.getByRole('list', { name: 'Linked from' });
  }

  async edit(): Promise<CaseFormPage> {
    await this.main.getByRole('link', { name: 'Edit', exact: true }).click();
    const form = new CaseFormPage(this.page);
    await expect(form.heading).toHaveText(/^Edit /);
    return form;
  }

  async move(buttonName: string): Promise<void> {
    await this.main.getByRole('button', { name: buttonName, exact: true }).click();
  }

  async close(outcome: string, closingNote?: string): Promise<void> {
    await this.move('Close case…');
    const dialog = this.page.getByRole('alertdialog', { name: 'Close the case' });
    await expect(dialog.getByRole('button', { name: 'Close case', exact: true })).toBeDisabled();
    await dialog.getByRole('button', { name: /Outcome/ }).click();
    await this.page.getByRole('option', { name: outcome, exact: true }).click();
    if (closingNote !== undefined) await dialog.getByRole('textbox', { name: 'Closing note' }).fill(closingNote);
    await dialog.getByRole('button', { name: 'Close case', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async addNote(text: string): Promise<void> {
    await this.main.getByRole('textbox', { name: 'Note' }).fill(text);
    await this.main.getByRole('button', { name: 'Add a note' }).click();
  }

  async archive(): Promise<void> {
    await this.main.getByRole('button', { name: 'Archive', exact: true }).click();
    await this.page.getByRole('alertdialog', { name: 'Archive this case?' }).getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(this.main.getByText('This case is archived')).toBeVisible();
  }
}
