// Reference data in Settings: importing the HS 2022 nomenclature (the file an administration would
// supply) and looking codes up in it. Each test has a fresh profile, so the nomenclature starts empty.
import { resolve } from 'node:path';
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';

// UN Comtrade's HS 2022 file, kept beside the repository (the product cannot ship it).
const hs2022Csv = resolve(process.cwd(), '../shared/data/hs2022.csv');

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

test('imports the HS 2022 nomenclature and describes codes from it', async ({ page }) => {
  const shell = new AppShell(page);
  const panel = new ReferenceDataPanel(page);
  await shell.goto('/settings');
  await expect(page.getByText('Codes available: 0')).toBeVisible();

  await panel.importFile(hs2022Csv);
  await expect(panel.progress).toHaveAttribute('value', '100', { timeout: 30_000 });
  await expect(page.getByText('Codes imported: 6,939')).toBeVisible();
  await expect(page.getByText('Rows not imported: 1')).toBeVisible();
  // The only row left out is the file's aggregate line, named with its line number.
  await expect(panel.rejectedTable.getByRole('row')).toHaveCount(2);
  await expect(panel.rejectedTable).toContainText('6941');
  await expect(panel.rejectedTable).toContainText('Total row of the file, not a commodity code');
  await expect(page.getByText('Codes available: 6,939')).toBeVisible();

  await panel.codeField.fill('0101');
  await expect(page.getByText('Horses, asses, mules and hinnies; live', { exact: true })).toBeVisible();

  // A national 8-digit code is described by its HS subheading.
  await panel.codeField.fill('0101.21.00');
  await expect(page.getByText('Nearest imported code 010121: Horses; live, pure-bred breeding animals')).toBeVisible();

  // The nomenclature is stored on the device: still there after a reload, in Vietnamese too.
  await page.reload();
  await shell.switchLanguage('vi');
  await expect(page.getByText('Số mã hiện có: 6.939')).toBeVisible();
  await panel.codeField.fill('0101');
  await expect(page.getByText('Horses, asses, mules and hinnies; live', { exact: true })).toBeVisible();
});
