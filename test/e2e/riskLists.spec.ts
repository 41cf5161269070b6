// Risk lists, end to end (issue 13): a file with errors shows them row by row and imports nothing
// until the officer imports only the valid rows; a clean file imports; a second version shows what
// changed since the first, field by field.
import { expect, test, type Page } from './support/lock';

const header = 'source_ref,subject_type,name,name_latin,identifiers,country,hs_code,goods_description,risk_categories,risk_level';

const firstVersion = [
  header,
  '1,company,Công ty TNHH Thép Trường Sơn,Truong Son Steel Co. Ltd,VN_MST:0100233488,VN,,,transshipment|adCvdEvasion,high',
  '2,company,Công ty Cổ phần Gỗ Đông Á,Dong A Wood JSC,,VN,,,originFraud,medium',
  '3,goods,,,,,7213,Wire rod of iron or non-alloy steel,adCvdEvasion,very_high',
].join('\r\n');

const withErrors = [
  header,
  '1,company,Công ty TNHH Thép Trường Sơn,Truong Son Steel Co. Ltd,VN_MST:0100233489,VN,,,transshipment,high',
  '2,company,Công ty Cổ phần Gỗ Đông Á,Dong A Wood JSC,,XX,,,originFraud,medium',
  '3,goods,,,,,7213,Wire rod,adCvdEvasion,very_high',
].join('\r\n');

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('List file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

async function fillList(page: Page, name: string, edition: string) {
  await page.getByRole('textbox', { name: 'List name' }).fill(name);
  await page.getByRole('textbox', { name: 'Issuing authority' }).fill('U.S. Customs and Border Protection');
  await page.getByRole('textbox', { name: 'Edition' }).fill(edition);
}

test('a file with errors shows each with its row and column and imports nothing until only the valid rows are chosen', async ({ page }) => {
  await page.goto('/#/risk-lists');
  await page.getByRole('link', { name: 'Import a list' }).click();
  await fillList(page, 'High-risk businesses', '2026/1');
  await chooseFile(page, 'list-with-errors.csv', withErrors);

  await expect(page.getByRole('status').filter({ hasText: 'The file holds 1 valid entry and 2 errors.' })).toBeVisible();
  const errors = page.getByRole('grid', { name: '2 errors' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  await expect(errors.getByRole('row').nth(1)).toContainText('2');
  await expect(errors.getByRole('row').nth(1)).toContainText('identifiers');
  await expect(errors.getByRole('row').nth(1)).toContainText('0100233489');
  await expect(errors.getByRole('row').nth(2)).toContainText('country');
  await expect(errors.getByRole('row').nth(2)).toContainText('XX');
  await expect(page.getByRole('button', { name: 'Import 1 entry' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Import only the 1 valid row' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'High-risk businesses (2026/1)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 of 1 entry' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Entries of the list' })).toContainText('Wire rod');

  // The same page in Vietnamese: headings, filters, codes and the import in the officer's language.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Các mục' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 trên 1 mục' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Các mục của danh sách' });
  await expect(grid.getByRole('row').nth(1)).toContainText('Hàng hoá');
  await expect(grid.getByRole('row').nth(1)).toContainText('Rất cao');
  await page.getByRole('link', { name: 'Nhập phiên bản mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập phiên bản mới của High-risk businesses' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải mẫu CSV' })).toBeVisible();
  // A file's problems read in Vietnamese too; columns and values stay as the file wrote them.
  await page.getByLabel('Tệp danh sách').setInputFiles({ name: 'list-with-errors.csv', mimeType: 'text/csv', buffer: Buffer.from(withErrors, 'utf8') });
  const problems = page.getByRole('grid', { name: '2 lỗi' });
  await expect(problems.getByRole('row').nth(1)).toContainText('0100233489: chữ số kiểm tra không đúng.');
  await expect(problems.getByRole('row').nth(2)).toContainText('"XX" ở cột country không phải là mã quốc gia ISO 3166');
  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'English' }).click();
});

test('a clean list imports; its next version shows what was added, removed and changed', async ({ page }) => {
  await page.goto('/#/risk-lists/import');
  await fillList(page, 'Transshipment watch list', '2026/1');
  await chooseFile(page, 'watch-2026-1.csv', firstVersion);
  await expect(page.getByRole('status').filter({ hasText: 'The file holds 3 valid entries and no errors.' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transshipment watch list (2026/1)' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Entries of the list' });
  await expect(grid).toContainText('Công ty TNHH Thép Trường Sơn');
  await page.getByRole('textbox', { name: 'Search' }).fill('truong son');
  await expect(page.getByRole('status').filter({ hasText: '1 of 3 entries' })).toBeVisible();

  // The second version: entry 2 removed, entry 1 raised to very high, entry 4 added.
  await page.getByRole('link', { name: 'Import a new version' }).click();
  await expect(page.getByRole('textbox', { name: 'List name' })).toHaveValue('Transshipment watch list');
  await page.getByRole('textbox', { name: 'Edition' }).fill('2026/2');
  const secondVersion = [
    header,
    '1,company,Công ty TNHH Thép Trường Sơn,Truong Son Steel Co. Ltd,VN_MST:0100233488,VN,,,transshipment|adCvdEvasion,very_high',
    '3,goods,,,,,7213,Wire rod of iron or non-alloy steel,adCvdEvasion,very_high',
    '4,company,Công ty TNHH Nhôm Ánh Dương,Anh Duong Aluminium Co. Ltd,,VN,,,transshipment,high',
  ].join('\r\n');
  await chooseFile(page, 'watch-2026-2.csv', secondVersion);
  await page.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transshipment watch list (2026/2)' })).toBeVisible();

  await page.getByRole('link', { name: 'Changes since the previous version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Changes from 2026/1 to 2026/2' })).toBeVisible();
  await expect(page.getByText('1 added, 1 removed, 1 changed, 1 unchanged.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Added (1)' })).toContainText('Công ty TNHH Nhôm Ánh Dương');
  await expect(page.getByRole('region', { name: 'Removed (1)' })).toContainText('Công ty Cổ phần Gỗ Đông Á');
  const changed = page.getByRole('region', { name: 'Changed (1)' });
  await expect(changed.getByRole('row', { name: /Risk level/ })).toContainText('High');
  await expect(changed.getByRole('row', { name: /Risk level/ })).toContainText('Very high');

  // The first version is kept, read-only, and says so.
  await page.goto('/#/risk-lists');
  await expect(page.getByRole('grid', { name: 'Risk lists' }).getByRole('row')).toHaveCount(2);
});

test('a large file shows its progress and can be cancelled, leaving nothing behind', async ({ page }) => {
  const rows = Array.from({ length: 80_000 }, (_, i) => `${i + 1},company,Công ty TNHH Thương mại Số ${i + 1},,,VN,,,transshipment,high`);
  await page.goto('/#/risk-lists/import');
  await fillList(page, 'Large list', '2026/9');
  await chooseFile(page, 'large.csv', [header, ...rows].join('\r\n'));
  const progress = page.getByRole('group', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled: nothing was saved.' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await page.goto('/#/risk-lists');
  await expect(page.getByText('No risk list yet')).toBeVisible();
});
