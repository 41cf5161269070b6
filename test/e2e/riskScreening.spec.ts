// Screening a case against the lists in force (issue 13): a listed company shows on the case with
// its score and the reasons it matched; dismissed as "not a match", it stays dismissed after a reload.
import { expect, test } from './support/lock';
import { createRequestCase } from './support/requestCase';

const list = [
  'source_ref,subject_type,name,name_latin,identifiers,country,risk_categories,risk_level',
  '17,company,Hoa Binh Wood Co. Ltd,,,VN,transshipment,high',
].join('\r\n');

test('a listed company shows on its case with the reasons; dismissed as not a match, it stays dismissed after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const caseId = await createRequestCase(page);
  await page.goto('/#/risk-lists/import');
  await page.getByRole('textbox', { name: 'List name' }).fill('Plywood transshipment list');
  await page.getByRole('textbox', { name: 'Issuing authority' }).fill('U.S. Customs and Border Protection');
  await page.getByLabel('List file').setInputFiles({ name: 'plywood.csv', mimeType: 'text/csv', buffer: Buffer.from(list, 'utf8') });
  await page.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plywood transshipment list' })).toBeVisible();

  await page.goto(`/#/cases/${caseId}`);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Screening against risk lists' }) });
  const hit = section.getByRole('article', { name: 'Exporter: Công ty TNHH Gỗ Hoà Bình on the list as Hoa Binh Wood Co. Ltd' });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Plywood transshipment list, ref. 17');
  await expect(hit).toContainText('Same goods word (wood)');
  await expect(hit).toContainText(/Name “Công ty TNHH Gỗ Hoà Bình” matches the listed name “Hoa Binh Wood Co. Ltd”/);

  await hit.getByRole('button', { name: 'Not a match' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Note (why)' }).fill('Same tax code reused after a merger; different company since 2024.');
  await dialog.getByRole('button', { name: 'Not a match' }).click();
  await expect(section.getByText('Dismissed as not a match (1)')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Not a match' })).toHaveCount(0);

  await page.reload();
  await expect(section.getByText('Dismissed as not a match (1)')).toBeVisible();
  await expect(section.getByRole('status')).toContainText('0 hits');
});
