// Global search end to end: Ctrl+K opens it anywhere, Vietnamese typed without diacritics and with
// a typo finds cases and parties, HS codes and document numbers find what the case holds, results
// are grouped by type, the keyboard opens the case, and the search page lists everything. The
// index is built at unlock and follows every save.
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';
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
  // The answer to these words, not one still showing for the letters typed before them.
  await expect(search.group('Parties').getByRole('option')).toHaveCount(1);
  await expect(search.group('Parties').getByRole('option', { name: /Công ty TNHH Gỗ Hoà Bình/ })).toBeVisible();
  await expect(search.group('Cases')).toHaveCount(0);
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

test('finds a case by HS code with or without dots, C/O and B/L numbers, container, issuing body and swapped letters, in English and Vietnamese', async ({ page }) => {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Aluminium profiles declared Vietnamese origin');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.main.getByRole('textbox', { name: 'Assignee' }).fill('Đinh Hùng');
  await form.addGoodsLine({ hsCode: '7604.29', description: 'Aluminium alloy profiles' });
  await form.addShipment({ billOfLading: 'HLCUSGN2609123', containers: 'MSKU1234565' });
  await form.addProofOfOrigin({ number: 'B-2026-VN-0047812', issuingBody: 'VCCI' });
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText('Aluminium profiles declared Vietnamese origin');
  const caseUrl = page.url();

  const search = new SearchDialog(page);
  await search.open();
  // Says what it searches, and only what opens a screen.
  const hint = search.dialog.getByText(/^Search cases, parties, goods lines, shipments, and proofs of origin by names/);
  await expect(hint).toBeVisible();
  await expect(hint).not.toContainText('meetings');
  const inCase = /Case \d{4}-[A-Z2-9]{4}-\d{4}/;
  const expectFound = async (query: string, group: string, row: RegExp) => {
    await search.type(query);
    const option = search.group(group).getByRole('option', { name: row });
    await expect(option, query).toHaveCount(1);
    await expect(option, query).toContainText(inCase);
  };
  await expectFound('7604.29', 'Goods lines', /Aluminium alloy profiles/);
  await expect(search.group('Goods lines').getByRole('option')).toContainText('7604.29');
  await expectFound('760429', 'Goods lines', /Aluminium alloy profiles/);
  await expectFound('7604', 'Goods lines', /Aluminium alloy profiles/);
  await expectFound('B-2026-VN-0047812', 'Proofs of origin', /B-2026-VN-0047812/);
  await expectFound('B2026VN0047812', 'Proofs of origin', /B-2026-VN-0047812/);
  await expectFound('VCCI', 'Proofs of origin', /B-2026-VN-0047812/);
  await expectFound('HLCUSGN2609123', 'Shipments', /HLCUSGN2609123/);
  await expectFound('MSKU1234565', 'Shipments', /HLCUSGN2609123/);
  await search.type('Dinh Hnug');
  await expect(search.group('Cases').getByRole('option', { name: /Aluminium profiles declared Vietnamese origin/ })).toBeVisible();

  // A goods line opens its case.
  await search.type('760429');
  await expect(search.group('Goods lines').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(caseUrl);

  // The shortcuts name the same kinds.
  const shell = new AppShell(page);
  await page.keyboard.press('?');
  await expect(shell.shortcutsDialog).toContainText('Search cases, parties, goods lines, shipments, and proofs of origin');
  await page.keyboard.press('Escape');

  await shell.switchLanguage('vi');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Tìm kiếm' });
  const input = dialog.getByRole('textbox', { name: 'Tìm trong toàn bộ dữ liệu' });
  await expect(input).toBeFocused();
  await expect(dialog.getByText(/^Tìm vụ việc, bên liên quan, dòng hàng, lô hàng và chứng từ xuất xứ theo tên/)).toBeVisible();
  const group = (name: string) => dialog.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('group', { name });
  await input.pressSequentially('7604.29');
  await expect(group('Dòng hàng').getByRole('option')).toContainText(/Vụ việc \d{4}-[A-Z2-9]{4}-\d{4}/);
  await input.clear();
  await input.pressSequentially('Dinh Hugn');
  await expect(group('Vụ việc').getByRole('option', { name: /Aluminium profiles declared Vietnamese origin/ })).toBeVisible();
  await input.clear();
  await input.pressSequentially('vcci');
  await expect(group('Chứng từ xuất xứ').getByRole('option', { name: /B-2026-VN-0047812/ })).toBeVisible();
});
