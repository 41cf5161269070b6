// Attachments on a case page in Chromium: a file chosen with the button is listed, a saved copy
// has the same bytes, removing asks first; what is stored is sealed (canary.spec.ts scans the disk).
import { readFile } from 'node:fs/promises';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { expect, test } from './support/lock';

test('attaches a file to a case, saves a copy with the same bytes, and removes it after asking', async ({ page }) => {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Aluminium extrusions, C/O verification');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText('Aluminium extrusions, C/O verification');

  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Attachments' }) });
  await expect(section.getByText('No files attached yet.')).toBeVisible();
  const contents = Buffer.from('%PDF-1.7\nCertificate of origin form B 00123, Hải Phòng\n');
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles({ name: 'C-O form B 00123.pdf', mimeType: 'application/pdf', buffer: contents });
  const row = page.getByTestId('case-attachments').getByRole('row').filter({ hasText: 'C-O form B 00123.pdf' });
  // The type and size in the words officers read, not a MIME type.
  await expect(row).toContainText('PDF document');
  await expect(row).toContainText(`${contents.length} B`);

  // Still there after a reload (it was written to the sealed store, not kept in memory).
  await page.reload();
  await expect(row).toBeVisible();

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Save a copy of C-O form B 00123.pdf' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('C-O form B 00123.pdf');
  expect(await readFile((await saved.path())!)).toEqual(contents);

  await row.getByRole('button', { name: 'Remove C-O form B 00123.pdf' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove this attachment?' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No files attached yet.')).toBeVisible();
});
