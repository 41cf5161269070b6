// Reference data: HS 2022 is built in, so a fresh profile checks and describes HS codes without any
// import; a national tariff imported in Settings extends it. Each test has a fresh profile.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';
import { CaseListPage } from './pages/CasePages';

/** The nomenclature controls of the Settings page, by label and role. */
class ReferenceDataPanel {
  constructor(readonly page: Page) {}

  get fileInput() {
    return this.page.getByLabel(/^(Nomenclature file \(CSV\)|Tệp danh mục \(CSV\))$/);
  }

  get progress() {
    return this.page.getByRole('progressbar', { name: /^(Import progress|Tiến độ nhập)$/ });
  }

  get rejectedTable() {
    return this.page.getByRole('table', { name: /^(Rows not imported|Các dòng không được nhập)$/ });
  }

  get codeField() {
    return this.page.getByRole('textbox', { name: /^(HS code|Mã HS)$/ });
  }

  async importFile(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }
}

test('a fresh install describes HS codes from the built-in HS 2022, in the case form and in Settings', async ({ page }) => {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  const goods = await form.addGoodsLine({ hsCode: '7604.29', description: 'Aluminium profiles' });
  await expect(goods.getByText('Aluminium; alloys, bars, rods and profiles, other than hollow', { exact: true })).toBeVisible();
  await goods.getByRole('combobox', { name: 'HS code' }).fill('7799');
  await expect(goods.getByText('This code is not in the HS 2022 nomenclature or the imported tariff.')).toBeVisible();

  const shell = new AppShell(page);
  const panel = new ReferenceDataPanel(page);
  await shell.goto('/settings');
  await expect(page.getByText('HS 2022 is built in: 6,939 codes, checked and described without any import.')).toBeVisible();
  await expect(page.getByText('Codes added by import: 0')).toBeVisible();
  await panel.codeField.fill('7604.29.10');
  await expect(page.getByText('Nearest broader code 7604.29: Aluminium; alloys, bars, rods and profiles, other than hollow')).toBeVisible();
  await panel.codeField.fill('7799');
  await expect(page.getByText('Not in the HS 2022 nomenclature or the imported tariff.')).toBeVisible();

  await shell.switchLanguage('vi');
  await expect(page.getByText('HS 2022 có sẵn: 6.939 mã, được kiểm tra và mô tả mà không cần nhập.')).toBeVisible();
  await panel.codeField.fill('7604.29.10');
  await expect(page.getByText('Mã cấp trên gần nhất 7604.29: Aluminium; alloys, bars, rods and profiles, other than hollow')).toBeVisible();
  await panel.codeField.fill('7799');
  await expect(page.getByText('Không có trong danh mục HS 2022 hoặc biểu thuế đã nhập.')).toBeVisible();
});

test('an imported national tariff extends HS 2022 and keeps its own descriptions', async ({ page }, testInfo) => {
  const tariff = testInfo.outputPath('national-tariff.csv');
  await writeFile(
    tariff,
    ['section,hscode,description,parent,level', 'XV,76042910,"Aluminium alloy bars, national line",760429,8', 'XV,TOTAL,Total,TOTAL,5'].join('\n'),
  );
  const shell = new AppShell(page);
  const panel = new ReferenceDataPanel(page);
  await shell.goto('/settings');

  await panel.importFile(tariff);
  await expect(panel.progress).toHaveAttribute('value', '100');
  await expect(page.getByText('Codes imported: 1')).toBeVisible();
  await expect(page.getByText('Rows not imported: 1')).toBeVisible();
  // The row left out is named with its line number and reason.
  await expect(panel.rejectedTable.getByRole('row')).toHaveCount(2);
  await expect(panel.rejectedTable).toContainText('3');
  await expect(panel.rejectedTable).toContainText('Total row of the file, not a commodity code');
  await expect(page.getByText('Codes added by import: 1')).toBeVisible();

  await panel.codeField.fill('7604.29.10');
  await expect(page.getByText('Aluminium alloy bars, national line', { exact: true })).toBeVisible();
  await panel.codeField.fill('0101');
  await expect(page.getByText('Horses, asses, mules and hinnies; live', { exact: true })).toBeVisible();

  // The tariff is stored on the device: still there after a reload, in Vietnamese too.
  await page.reload();
  await shell.switchLanguage('vi');
  await expect(page.getByText('Số mã đã thêm qua nhập tệp: 1')).toBeVisible();
  await panel.codeField.fill('7604.29.10');
  await expect(page.getByText('Aluminium alloy bars, national line', { exact: true })).toBeVisible();
});
