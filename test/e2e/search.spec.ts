// Global search end to end: Ctrl+K opens it anywhere, Vietnamese typed without diacritics and with
// a typo finds cases and parties, results are grouped by type, the keyboard opens the case, and
// the search page lists everything. The index is built at unlock and follows every save.
import { expect, test, type Page } from './support/lock';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';

async function createCase(page: Page, { title, assignee, party }: { title: string; assignee?: string; party: string }): Promise<string> {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill(title);
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  if (assignee) await form.main.getByRole('textbox', { name: 'Assignee' }).fill(assignee);
  await form.addParty({ name: party });
  await form.save();
  await expect(new CaseDetailPage(page).heading).toHaveText(title);
  return page.url();
}

class SearchDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Search' });
  }

  get input() {
    return this.dialog.getByRole('textbox', { name: 'Search everything' });
  }

  get results() {
    return this.dialog.getByRole('listbox', { name: 'Search results' });
  }

  group(name: string) {
    return this.results.getByRole('group', { name });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  /** Types like a person, one key at a time, after clearing what was there. */
  async type(query: string): Promise<void> {
    await this.input.clear();
    await this.input.pressSequentially(query);
  }
}

test('Ctrl+K finds Vietnamese names typed without diacritics or with a typo, grouped by type, and the keyboard opens the case', async ({ page }) => {
  const plywoodUrl = await createCase(page, { title: 'Plywood declared Vietnamese origin', assignee: 'Nguyễn Văn Cẩn', party: 'Công ty TNHH Gỗ Hoà Bình' });
  await createCase(page, { title: 'Mật ong Đồng Tháp', party: 'Công ty Cổ phần Thực phẩm Sen Vàng' });
  const search = new SearchDialog(page);

  // From a text field too: Ctrl+K is not typing.
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.focus();
  await search.open();

  await search.type('nguyen van can');
  await expect(search.group('Cases').getByRole('option')).toHaveCount(1);
  await expect(search.group('Cases').getByRole('option')).toContainText('Plywood declared Vietnamese origin');
  await expect(search.group('Parties')).toHaveCount(0);

  await search.type('cong ty tnhh');
  await expect(search.group('Parties').getByRole('option')).toHaveCount(1);
  const party = search.group('Parties').getByRole('option', { name: /Công ty TNHH Gỗ Hoà Bình/ });
  await expect(party).toContainText(/Case \d{4}-[A-Z2-9]{4}-0001/);
  await expect(party.locator('mark')).toHaveText(['Công', 'ty', 'TNHH']);

  // Both companies are "Công ty": one group, two rows, and the case of each.
  await search.type('cong ty');
  await expect(search.group('Parties').getByRole('option')).toHaveCount(2);

  await search.type('plywod');
  await expect(search.group('Cases').getByRole('option', { name: /Plywood declared Vietnamese origin/ })).toBeVisible();

  await search.type('mat ong dong thap');
  await expect(search.group('Cases').getByRole('option', { name: /Mật ong Đồng Tháp/ })).toBeVisible();
  await search.type('zzqx');
  await expect(search.dialog.getByText('Nothing matches “zzqx”.')).toBeVisible();

  // Arrow down onto the party of the plywood case, Enter: its case opens and the dialog closes.
  await search.type('hoa binh');
  await expect(search.group('Parties').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(search.input).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(plywoodUrl);
  await expect(new CaseDetailPage(page).heading).toHaveText('Plywood declared Vietnamese origin');

  // Escape closes without going anywhere (the README's picture first).
  await search.open();
  await search.type('cong ty');
  await expect(search.group('Parties').getByRole('option')).toHaveCount(2);
  await page.screenshot({ path: 'docs/screenshots/search.png' });
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  expect(page.url()).toBe(plywoodUrl);
});

test('the search page lists every result by type, is built again after a reload, and follows edits', async ({ page }) => {
  const url = await createCase(page, { title: 'Solar cells transshipped via Cambodia', party: 'Công ty TNHH Năng lượng Ánh Dương' });
  await createCase(page, { title: 'Steel wire under AD order', party: 'Công ty TNHH Thép Việt' });
  // After a reload and the unlock, the index is built from the sealed database.
  await page.reload();
  const search = new SearchDialog(page);
  await search.open();
  await search.type('cong ty tnhh');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=cong%20ty%20tnhh#\/search$/);
  const main = page.getByRole('main');
  const results = main.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('group', { name: 'Parties' }).getByRole('option')).toHaveCount(2);

  // Typing on the page searches again; the keyboard moves through the list and opens a case.
  const field = main.getByRole('textbox', { name: 'Search everything' });
  await field.fill('anh duong');
  await expect(results.getByRole('option')).toHaveCount(1);
  await results.getByRole('option').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url().replace(/\?.*#/, '#')).toBe(url);

  // An edit is found at once, and the old title no longer is.
  const detail = new CaseDetailPage(page);
  const form = await detail.edit();
  await form.title.fill('Pin mặt trời quá cảnh Campuchia');
  await form.save();
  await search.open();
  await search.type('pin mat troi');
  await expect(search.group('Cases').getByRole('option', { name: /Pin mặt trời quá cảnh Campuchia/ })).toBeVisible();
  await search.type('solar cells');
  await expect(search.dialog.getByText('Nothing matches “solar cells”.')).toBeVisible();
});
